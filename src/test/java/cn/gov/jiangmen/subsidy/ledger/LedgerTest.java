package cn.gov.jiangmen.subsidy.ledger;

import static cn.gov.jiangmen.subsidy.ledger.Requests.aeo;
import static cn.gov.jiangmen.subsidy.ledger.Requests.insurance;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import cn.gov.jiangmen.subsidy.policy.Assessment;
import cn.gov.jiangmen.subsidy.policy.ExhibitionProject;
import cn.gov.jiangmen.subsidy.policy.ExportCreditInsurance;
import cn.gov.jiangmen.subsidy.policy.ItemType;
import cn.gov.jiangmen.subsidy.policy.Policy;
import cn.gov.jiangmen.subsidy.policy.PriorAwards;
import cn.gov.jiangmen.subsidy.policy.ReasonCode;

@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({ Ledger.class, LedgerRepository.class, EnterpriseLock.class, PolicyConfiguration.class, LedgerClock.class })
class LedgerTest {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		LedgerDatabase.register(registry, "ledger");
	}

	@Autowired
	Ledger ledger;

	@Autowired
	LedgerRepository entries;

	@Autowired
	EnterpriseLock locks;

	@Autowired
	Policy policy;

	@Test
	void a_quote_stores_nothing() {
		Assessment quote = ledger.quote(Requests.of(insurance("2000000")));

		assertThat(quote.total()).isEqualTo("100000.00");
		assertThat(ledger.entriesOfEnterprise(Requests.CREDIT_CODE)).isEmpty();
	}

	@Test
	void an_assessed_application_reserves_its_eligible_items_with_their_shares_and_articles() {
		ledger.assessAndReserve("JM-2025-000001",
				Requests.of(insurance("12345.67"), insurance("0.00"), aeo()));

		assertThat(ledger.entriesOfApplication("JM-2025-000001")).satisfiesExactly(first -> {
			assertThat(first.itemIndex()).isZero();
			assertThat(first.itemType()).isEqualTo(ItemType.EXPORT_CREDIT_INSURANCE);
			assertThat(first.year()).isEqualTo(2025);
			assertThat(first.amount()).isEqualTo("617.28");
			assertThat(first.cityAmount()).isEqualTo("617.28");
			assertThat(first.districtAmount()).isEqualTo("0.00");
			assertThat(first.articles()).contains("第十条第（一）项");
			assertThat(first.status()).isEqualTo(EntryStatus.RESERVED);
			assertThat(first.policyId()).isEqualTo("jiangmen-2025");
			assertThat(first.createdAt()).isNotNull();
		}, aeoEntry -> {
			assertThat(aeoEntry.itemIndex()).isEqualTo(2);
			assertThat(aeoEntry.amount()).isEqualTo("50000.00");
		});
	}

	@Test
	void a_later_application_counts_what_earlier_ones_reserved() {
		ledger.assessAndReserve("JM-2025-000001", Requests.of(insurance("9000000")));

		Assessment second = ledger.assessAndReserve("JM-2025-000002", Requests.of(insurance("2000000"), aeo()));
		Assessment third = ledger.assessAndReserve("JM-2025-000003", Requests.of(insurance("2000000"), aeo()));

		assertThat(second.items().get(0).amount()).isEqualTo("50000.00");
		assertThat(third.items().get(0).reasons()).containsExactly(ReasonCode.ANNUAL_CAP_REACHED);
		assertThat(third.items().get(1).reasons()).containsExactly(ReasonCode.AEO_ALREADY_SUPPORTED);
		assertThat(ledger.quote(Requests.of(insurance("1000"))).items().get(0).reasons())
			.containsExactly(ReasonCode.ANNUAL_CAP_REACHED);
	}

	@Test
	void an_application_assessed_again_replaces_its_own_reservations() {
		ledger.assessAndReserve("JM-2025-000001", Requests.of(insurance("10000000")));

		Assessment again = ledger.assessAndReserve("JM-2025-000001", Requests.of(insurance("4000000")));

		assertThat(again.total()).isEqualTo("200000.00");
		assertThat(ledger.entriesOfApplication("JM-2025-000001")).singleElement()
			.satisfies(e -> assertThat(e.amount()).isEqualTo("200000.00"));
	}

	@Test
	void a_released_application_no_longer_counts() {
		ledger.assessAndReserve("JM-2025-000001", Requests.of(insurance("10000000")));

		ledger.release("JM-2025-000001");

		assertThat(ledger.entriesOfApplication("JM-2025-000001")).extracting(LedgerEntry::status)
			.containsExactly(EntryStatus.RELEASED);
		assertThat(ledger.quote(Requests.of(insurance("10000000"))).total()).isEqualTo("500000.00");
	}

	@Test
	void a_paid_application_keeps_counting_and_records_its_payment() {
		ledger.assessAndReserve("JM-2025-000001", Requests.of(insurance("10000000")));

		ledger.markPaid("JM-2025-000001", "JMCZ-2026-0042", LocalDate.of(2026, 3, 2));

		assertThat(ledger.entriesOfApplication("JM-2025-000001")).singleElement().satisfies(e -> {
			assertThat(e.status()).isEqualTo(EntryStatus.PAID);
			assertThat(e.paymentReference()).isEqualTo("JMCZ-2026-0042");
			assertThat(e.paidOn()).isEqualTo("2026-03-02");
		});
		assertThat(ledger.quote(Requests.of(insurance("1000"))).total()).isEqualTo("0.00");
		assertThatThrownBy(() -> ledger.release("JM-2025-000001")).isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> ledger.assessAndReserve("JM-2025-000001", Requests.of(insurance("1000"))))
			.isInstanceOf(IllegalStateException.class);
	}

	@Test
	void a_clawed_back_award_is_shown_with_its_reason_and_no_longer_counts() {
		ledger.assessAndReserve("JM-2025-000001", Requests.of(insurance("10000000")));
		ledger.markPaid("JM-2025-000001", "JMCZ-2026-0042", LocalDate.of(2026, 3, 2));

		ledger.clawBack("JM-2025-000001", "第十五条：虚报保费");

		assertThat(ledger.entriesOfEnterprise(Requests.CREDIT_CODE)).singleElement().satisfies(e -> {
			assertThat(e.status()).isEqualTo(EntryStatus.CLAWED_BACK);
			assertThat(e.clawbackReason()).isEqualTo("第十五条：虚报保费");
			assertThat(e.paymentReference()).isEqualTo("JMCZ-2026-0042");
		});
		assertThat(ledger.quote(Requests.of(insurance("10000000"))).total()).isEqualTo("500000.00");
	}

	@Test
	void nothing_unpaid_can_be_clawed_back() {
		ledger.assessAndReserve("JM-2025-000001", Requests.of(insurance("1000000")));

		assertThatThrownBy(() -> ledger.clawBack("JM-2025-000001", "第十五条")).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void a_released_application_cannot_be_paid() {
		ledger.assessAndReserve("JM-2025-000001", Requests.of(insurance("1000000")));
		ledger.release("JM-2025-000001");

		assertThatThrownBy(() -> ledger.markPaid("JM-2025-000001", "X", LocalDate.of(2026, 3, 2)))
			.isInstanceOf(IllegalStateException.class);
	}

	@Test
	void enterprises_do_not_share_caps() {
		ledger.assessAndReserve("JM-2025-000001", Requests.of(insurance("10000000")));

		Assessment other = ledger.assessAndReserve("JM-2025-000002",
				Requests.of("91440704MA4UOTHER1", insurance("2000000")));

		assertThat(other.items().get(0).reasons()).doesNotContain(ReasonCode.ANNUAL_CAP_REACHED);
	}

	@Test
	void prior_awards_count_the_granted_items_of_a_kind_and_year_leaving_out_the_application_itself() {
		ledger.assessAndReserve("JM-2025-000001", Requests.of(insurance("1000"), insurance("2000"), insurance("0.00")));
		ledger.assessAndReserve("JM-2025-000002", Requests.of(insurance("3000")));

		PriorAwards held = entries.priorAwards(Requests.CREDIT_CODE, "JM-2025-000002");

		assertThat(held.countInYear(ItemType.EXPORT_CREDIT_INSURANCE, 2025)).isEqualTo(2);
		assertThat(held.awardedInYear(ItemType.EXPORT_CREDIT_INSURANCE, 2025)).isEqualByComparingTo("150.00");
		assertThat(held.countInYear(ItemType.EXPORT_CREDIT_INSURANCE, 2024)).isZero();
		assertThat(held.countInYear(ItemType.AEO_CERTIFICATION, 2025)).isZero();
	}

	@Test
	void an_exhibition_s_booths_are_reserved_with_its_amount_and_count_against_a_later_application() {
		ledger.assessAndReserve("JM-2025-000001", Requests.of(Requests.hannover("Hannover Messe", 1)));

		Assessment second = ledger.assessAndReserve("JM-2025-000002",
				Requests.of(Requests.hannover("HANNOVER MESSE", 2)));
		Assessment third = ledger.assessAndReserve("JM-2025-000003", Requests.of(Requests.hannover(null, 2)));

		assertThat(ledger.entriesOfApplication("JM-2025-000001")).singleElement().satisfies(e -> {
			assertThat(e.booths().booths()).isEqualTo(1);
			assertThat(e.booths().project()).isEqualTo(new ExhibitionProject("Hannover Messe", "DE", LocalDate.of(2025, 5, 10)));
		});
		assertThat(second.items().get(0).amount()).isEqualTo("10000.00");
		assertThat(second.items().get(0).trace()).contains("申报 JM-2025-000001 第1项 1 个");
		assertThat(third.items().get(0).reasons()).containsExactly(ReasonCode.EXHIBITION_BOOTHS_USED);
		assertThat(third.items().get(0).trace()).contains("申报 JM-2025-000001 第1项 1 个", "申报 JM-2025-000002 第1项 1 个");
		assertThat(ledger.quote(Requests.of(Requests.hannover("hannover messe", 1))).items().get(0).reasons())
			.containsExactly(ReasonCode.EXHIBITION_BOOTHS_USED);
	}

	@Test
	void a_released_application_frees_its_booths_and_a_paid_one_keeps_them() {
		ledger.assessAndReserve("JM-2025-000001", Requests.of(Requests.hannover("Hannover Messe", 2)));
		ledger.release("JM-2025-000001");

		assertThat(ledger.quote(Requests.of(Requests.hannover("Hannover Messe", 2))).total()).isEqualTo("20000.00");

		ledger.assessAndReserve("JM-2025-000002", Requests.of(Requests.hannover("Hannover Messe", 2)));
		ledger.markPaid("JM-2025-000002", "JMCZ-2026-0001", LocalDate.of(2026, 3, 2));

		assertThat(ledger.quote(Requests.of(Requests.hannover("Hannover Messe", 2))).items().get(0).reasons())
			.containsExactly(ReasonCode.EXHIBITION_BOOTHS_USED);
	}

	@Test
	void an_application_assessed_again_does_not_count_its_own_booths() {
		ledger.assessAndReserve("JM-2025-000001", Requests.of(Requests.hannover("Hannover Messe", 2)));

		Assessment again = ledger.assessAndReserve("JM-2025-000001", Requests.of(Requests.hannover("Hannover Messe", 2)));

		assertThat(again.total()).isEqualTo("20000.00");
		assertThat(ledger.entriesOfApplication("JM-2025-000001")).singleElement()
			.satisfies(e -> assertThat(e.booths().booths()).isEqualTo(2));
	}

	@Test
	void today_is_the_day_in_china_whatever_the_server_s_zone() {
		// 16:30 UTC on 30 June is half past midnight on 1 July in Jiangmen.
		Clock earlyMorningInChina = Clock.fixed(Instant.parse("2026-06-30T16:30:00Z"), ZoneOffset.UTC);
		Ledger onThatDay = new Ledger(policy, entries, locks, earlyMorningInChina);

		Assessment quote = onThatDay.quote(Requests.of(
				new ExportCreditInsurance(LocalDate.of(2026, 7, 1), new BigDecimal("1000"), false, null, null),
				new ExportCreditInsurance(LocalDate.of(2026, 7, 2), new BigDecimal("1000"), false, null, null)));

		assertThat(quote.items().get(0).reasons()).isEmpty();
		assertThat(quote.items().get(1).reasons()).containsExactly(ReasonCode.NOT_YET_PAID);
		assertThat(quote.items().get(1).trace()).contains("晚于今天 2026-07-01（北京时间）");
	}
}
