package cn.gov.jiangmen.subsidy.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** 第十三条: a call covers the expenses of its period; an item outside it is refused and takes nothing from a cap. */
class CallPeriodTest {

	static final Policy POLICY = Claims.POLICY;
	static final Enterprise PENGJIANG = new Enterprise("91440703MA4U000013", "江门示范外贸有限公司", District.PENGJIANG, true);
	static final CallPeriod YEAR_2025 = new CallPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));

	static ClaimItem creditService(String paid, String fees) {
		return new CreditService(LocalDate.parse(paid), new BigDecimal(fees), BigDecimal.ZERO, null);
	}

	@Test
	void an_item_dated_outside_the_call_s_period_is_refused_with_outside_call_period() {
		Assessment assessment = YEAR_2025.assess(POLICY, PENGJIANG,
				List.of(creditService("2024-06-01", "8000.00"), creditService("2025-06-01", "8000.00")), PriorAwards.NONE, Claims.TODAY);
		ItemAssessment outside = assessment.items().get(0);
		assertThat(outside.index()).isZero();
		assertThat(outside.eligible()).isFalse();
		assertThat(outside.reasons()).containsExactly(ReasonCode.OUTSIDE_CALL_PERIOD);
		assertThat(outside.amount()).isEqualByComparingTo("0");
		assertThat(outside.articles()).containsExactly("第十三条");
		assertThat(outside.trace()).contains("2024-06-01", "2025-01-01 至 2025-12-31");
		ItemAssessment inside = assessment.items().get(1);
		assertThat(inside.index()).isEqualTo(1);
		assertThat(inside.eligible()).isTrue();
		assertThat(assessment.total()).isEqualByComparingTo(inside.amount());
	}

	@Test
	void a_refused_item_takes_nothing_from_the_annual_cap_of_the_items_after_it() {
		// Credit services: 50 %, at most 10,000 a year. The 2024 item would use the cap of 2024 only,
		// so put both in 2025 and refuse the first by a period that starts after it.
		CallPeriod fromJuly = new CallPeriod(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 12, 31));
		Assessment assessment = fromJuly.assess(POLICY, PENGJIANG,
				List.of(creditService("2025-06-01", "20000.00"), creditService("2025-08-01", "20000.00")), PriorAwards.NONE, Claims.TODAY);
		assertThat(assessment.items().get(0).reasons()).containsExactly(ReasonCode.OUTSIDE_CALL_PERIOD);
		assertThat(assessment.items().get(1).amount()).isEqualByComparingTo("10000.00");
	}

	@Test
	void with_every_item_inside_the_period_the_assessment_is_the_policy_s_own() {
		List<ClaimItem> items = List.of(creditService("2025-06-01", "8000.00"));
		assertThat(YEAR_2025.assess(POLICY, PENGJIANG, items, PriorAwards.NONE, Claims.TODAY))
			.isEqualTo(POLICY.assess(PENGJIANG, items, PriorAwards.NONE, Claims.TODAY));
	}

}
