package cn.gov.jiangmen.subsidy.policy;

import static cn.gov.jiangmen.subsidy.policy.Claims.booths;
import static cn.gov.jiangmen.subsidy.policy.Claims.enterprise;
import static cn.gov.jiangmen.subsidy.policy.Claims.yuan;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * 第九条 "每家企业每个项目获得支持的非特装展位不超过2个；特装展位…每家企业最多获得支持4个展位" and
 * "每家企业每个项目获得支持的展位不超过4个": the limits hold per enterprise per exhibition, whatever the
 * number of items or applications it is entered in (POLICY-NOTES round 2). The first item takes
 * its booths; a later one gets what is left, then nothing.
 */
class ExhibitionProjectTest {

	private static final LocalDate MAY_10 = LocalDate.of(2025, 5, 10);

	private static OverseasExhibition abroad(String name, String country, LocalDate start, String booths) {
		return new OverseasExhibition(country, start, true, booths(booths), yuan("100000"), null, false, false, null,
				name);
	}

	private static HkmtExhibition hkmt(String name, String booths) {
		return new HkmtExhibition("HK", MAY_10, true, booths(booths), yuan("100000"), null, false, false, null, name);
	}

	private static DomesticExhibition domestic(String name, int booths) {
		return new DomesticExhibition(MAY_10, true, false, booths, yuan("100000"), null, null, name);
	}

	private static List<ItemAssessment> assessAll(ClaimItem... items) {
		return Claims.POLICY.assess(enterprise(), List.of(items), PriorAwards.NONE, Claims.TODAY).items();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			# rule                                                                     | first              | second             | amounts          | second's reasons
			the same fair entered twice in one request is paid once (the audit's case) | 2                  | 2                  | 20000.00 0.00    | EXHIBITION_BOOTHS_USED
			what the first item leaves of the 2 standard booths goes to the second     | 1                  | 2                  | 10000.00 10000.00 |
			a special booth of 4 counted booths leaves no standard booth               | 36 m²              | 1                  | 40000.00 0.00    | EXHIBITION_BOOTHS_USED
			2 standard booths leave 2 of the 4 a special booth may count               | 2                  | 36 m²              | 20000.00 20000.00 |
			a special booth of 2 counted booths leaves 2 standard booths               | 18 m²              | 3                  | 20000.00 20000.00 |
			two special booths share the 4                                             | 27 m²              | 27 m²              | 30000.00 10000.00 |
			a special booth under 9 m² takes nothing and leaves everything             | 8 m²               | 2                  | 0.00 20000.00    |
			""")
	void booths_of_one_exhibition_abroad_are_limited_once_per_enterprise(String rule, String first, String second,
			String amounts, String reasons) {
		List<ItemAssessment> items = assessAll(abroad("汉诺威工业博览会", "DE", MAY_10, first),
				abroad("汉诺威工业博览会", "DE", MAY_10, second));

		assertThat(items).extracting(ItemAssessment::amount)
			.as(rule)
			.containsExactlyElementsOf(Arrays.stream(amounts.split(" ")).map(BigDecimal::new).toList());
		assertThat(items.get(1).reasons()).map(Enum::name)
			.as(rule)
			.isEqualTo(reasons == null ? List.of() : List.of(reasons));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			# rule                                                                   | first name           | second name          | second host | second start | same project
			full-width, case and spaces are folded: one name                         | ＨＡＮＮＯＶＥＲ ＭＥＳＳＥ | hannover messe       | DE          | 2025-05-10   | true
			a name without its spaces is the same name                               | Hannover Messe       | HannoverMesse        | DE          | 2025-05-10   | true
			an invisible character does not make another fair                        | Hannover Messe       | Hannover​Messe       | DE          | 2025-05-10   | true
			an unnamed item cannot be told apart from a named fair of that host and day |                   | Hannover Messe       | DE          | 2025-05-10   | true
			two unnamed items of one host and day are one fair                       |                      |                      | DE          | 2025-05-10   | true
			another name is another fair, even on the same host and day              | Hannover Messe       | Automechanika        | DE          | 2025-05-10   | false
			another first day is another fair                                        | Hannover Messe       | Hannover Messe       | DE          | 2025-05-11   | false
			another host is another fair                                             | Hannover Messe       | Hannover Messe       | FR          | 2025-05-10   | false
			""")
	void an_exhibition_is_known_by_its_name_its_host_and_its_first_day(String rule, String firstName,
			String secondName, String host, LocalDate start, boolean sameProject) {
		List<ItemAssessment> items = assessAll(abroad(firstName, "DE", MAY_10, "2"),
				abroad(secondName, host, start, "2"));

		assertThat(items.get(1).reasons()).as(rule)
			.isEqualTo(sameProject ? List.of(ReasonCode.EXHIBITION_BOOTHS_USED) : List.of());
	}

	@Test
	void the_trace_names_the_earlier_item_that_took_the_booths() {
		List<ItemAssessment> items = assessAll(abroad("广交会", "DE", MAY_10, "2"), abroad("广交会", "DE", MAY_10, "2"));

		assertThat(items.get(1).trace()).contains("展会项目 「广交会」（DE，2025-05-10） 已获支持 2 个展位：本申报第1项 2 个",
				"标准展位 min(2, 2 − 2, 4 − 2) = 0 个",
				"不予支持：本企业在同一展会项目的支持展位数已用完（第九条第（一）项第1目）");
		assertThat(items.get(1).articles()).contains("第九条第（一）项第1目");
		assertThat(items.get(1).boothUse()).isNull();
		assertThat(items.get(0).boothUse())
			.isEqualTo(new BoothUse(new ExhibitionProject("广交会", "DE", MAY_10), BoothKind.STANDARD, 2));
	}

	@Test
	void booths_held_by_an_earlier_application_count_and_the_trace_names_that_application() {
		PriorAwards held = holding(new HeldBooths("JM-2026-000007", 0,
				new BoothUse(new ExhibitionProject("Hannover Messe", "DE", MAY_10), BoothKind.STANDARD, 1)));

		ItemAssessment result = Claims.assess(Claims.POLICY, enterprise(), abroad("HANNOVER MESSE", "DE", MAY_10, "2"),
				held);

		assertThat(result.amount()).isEqualTo("10000.00");
		assertThat(result.trace()).contains("申报 JM-2026-000007 第1项 1 个", "标准展位 min(2, 2 − 1, 4 − 1) = 1 个");
		assertThat(result.boothUse().booths()).isEqualTo(1);
	}

	@Test
	void a_fair_of_the_same_host_and_day_under_another_name_is_counted_apart_and_shown_for_checking() {
		List<ItemAssessment> items = assessAll(abroad("Hannover Messe", "DE", MAY_10, "2"),
				abroad("Automechanika", "DE", MAY_10, "2"));

		assertThat(items.get(1).amount()).isEqualTo("20000.00");
		assertThat(items.get(1).trace()).contains("请核实：同一举办地、同一开幕日另有展会 「Hannover Messe」（DE，2025-05-10）（本申报第1项 2 个展位）");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			# rule                                                                  | first | second | amounts           | second's reasons
			第九条(一)2: Hong Kong, the same fair twice, booth fee paid once        | 2     | 2      | 20000.00 0.00     | EXHIBITION_BOOTHS_USED
			第九条(一)2: Hong Kong, 1 then 3 booths: 1 of the 2 is left             | 1     | 3      | 10000.00 10000.00 |
			""")
	void booths_in_hong_kong_macao_and_taiwan_are_limited_per_exhibition(String rule, String first, String second,
			String amounts, String reasons) {
		List<ItemAssessment> items = assessAll(hkmt("香港礼品展", first), hkmt("香港礼品展", second));

		assertThat(items).extracting(ItemAssessment::amount)
			.containsExactlyElementsOf(Arrays.stream(amounts.split(" ")).map(BigDecimal::new).toList());
		assertThat(items.get(1).reasons()).map(Enum::name).isEqualTo(reasons == null ? List.of() : List.of(reasons));
		assertThat(items.get(1).articles()).contains("第九条第（一）项第2目");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			# rule                                                                  | first | second | amounts          | second's reasons
			第九条(二): 3 then 3 booths at one fair at home: 4 in all                | 3     | 3      | 9000.00 3000.00  |
			第九条(二): 4 booths leave none for the same fair                        | 4     | 1      | 12000.00 0.00    | EXHIBITION_BOOTHS_USED
			""")
	void booths_at_a_fair_at_home_are_limited_to_four_per_exhibition(String rule, int first, int second,
			String amounts, String reasons) {
		List<ItemAssessment> items = assessAll(domestic("中国（江门）国际智能家电展", first),
				domestic("中国（江门）国际智能家电展", second));

		assertThat(items).extracting(ItemAssessment::amount)
			.containsExactlyElementsOf(Arrays.stream(amounts.split(" ")).map(BigDecimal::new).toList());
		assertThat(items.get(1).reasons()).map(Enum::name).isEqualTo(reasons == null ? List.of() : List.of(reasons));
		assertThat(items.get(1).trace()).contains("展位 min(" + second + ", 4 − " + first + ")");
	}

	@Test
	void a_fair_at_home_and_one_abroad_on_the_same_day_are_two_projects() {
		List<ItemAssessment> items = assessAll(domestic("Canton Fair", 4), abroad("Canton Fair", "DE", MAY_10, "2"));

		assertThat(items).extracting(ItemAssessment::eligible).containsExactly(true, true);
	}

	@Test
	void a_refused_item_takes_no_booths() {
		OverseasExhibition outsidePlan = new OverseasExhibition("DE", MAY_10, false, Booths.standard(2), yuan("50000"),
				null, false, false, null, "Hannover Messe");

		List<ItemAssessment> items = assessAll(outsidePlan, abroad("Hannover Messe", "DE", MAY_10, "2"));

		assertThat(items.get(0).reasons()).containsExactly(ReasonCode.NOT_IN_KEY_EXHIBITION_PLAN);
		assertThat(items.get(1).amount()).isEqualTo("20000.00");
	}

	@Test
	void an_item_paid_nothing_because_it_asked_for_nothing_takes_no_booths() {
		OverseasExhibition askingNothing = new OverseasExhibition("DE", MAY_10, true, Booths.standard(2), yuan("50000"),
				null, false, false, yuan("0"), "Hannover Messe");

		List<ItemAssessment> items = assessAll(askingNothing, abroad("Hannover Messe", "DE", MAY_10, "2"));

		assertThat(items).extracting(ItemAssessment::amount).containsExactly(yuan("0.00"), yuan("20000.00"));
	}

	private static PriorAwards holding(HeldBooths... held) {
		List<HeldBooths> booths = new ArrayList<>(List.of(held));
		return new PriorAwards() {
			@Override
			public BigDecimal awardedInYear(ItemKind kind, int year) {
				return BigDecimal.ZERO;
			}

			@Override
			public int countInYear(ItemKind kind, int year) {
				return 0;
			}

			@Override
			public boolean awardedEver(ItemKind kind) {
				return false;
			}

			@Override
			public List<HeldBooths> exhibitionBooths() {
				return booths;
			}
		};
	}
}
