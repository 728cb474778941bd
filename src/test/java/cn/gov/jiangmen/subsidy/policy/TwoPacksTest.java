package cn.gov.jiangmen.subsidy.policy;

import cn.gov.jiangmen.subsidy.ledger.ItemKinds;
import cn.gov.jiangmen.subsidy.policy.jiangmen.AeoCertification;
import cn.gov.jiangmen.subsidy.policy.jiangmen.Claims;
import cn.gov.jiangmen.subsidy.policy.jiangmen.JiangmenItemType;
import cn.gov.jiangmen.subsidy.policy.jiangmen.Jiangmen2025Policy;
import cn.gov.jiangmen.subsidy.policy.yueqing.Yueqing;
import cn.gov.jiangmen.subsidy.policy.yueqing.YueqingAeo;
import cn.gov.jiangmen.subsidy.policy.yueqing.YueqingDraft2022Policy;
import cn.gov.jiangmen.subsidy.policy.yueqing.YueqingItemType;
import cn.gov.jiangmen.subsidy.policy.yueqing.YueqingOutsourcing;
import static cn.gov.jiangmen.subsidy.policy.jiangmen.Claims.yuan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Both packs load side by side from their own files, and carrying the Yueqing draft changes nothing for Jiangmen. */
class TwoPacksTest {

	private static final Jiangmen2025Policy JIANGMEN = Claims.POLICY;

	private static final YueqingDraft2022Policy YUEQING = Yueqing.POLICY;

	private static String text(String resource) throws IOException {
		try (InputStream in = TwoPacksTest.class.getResourceAsStream(resource)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static PolicyData data(String resource) throws IOException {
		return PolicyDataLoader.load(new ByteArrayInputStream(text(resource).getBytes(StandardCharsets.UTF_8)));
	}

	private static InputStream stream(String yaml) {
		return new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void both_packs_load_side_by_side_each_with_its_own_period() throws IOException {
		PolicyData jiangmen = data(Jiangmen2025Policy.RESOURCE);
		PolicyData yueqing = data(YueqingDraft2022Policy.RESOURCE);

		assertThat(JIANGMEN.id()).isEqualTo("jiangmen-2025");
		assertThat(YUEQING.id()).isEqualTo("yueqing-2022");
		assertThat(jiangmen.hasDistricts()).isTrue();
		assertThat(yueqing.hasDistricts()).isFalse();
		assertThat(yueqing.period())
			.isEqualTo(new PolicyPeriod(LocalDate.of(2022, 1, 1), LocalDate.of(2024, 12, 31), "八"));
		assertThat(jiangmen.period().article()).isEqualTo("第十二条");
	}

	@Test
	void every_yueqing_value_names_its_article_in_the_draft_s_numbering_and_the_draft_s_days() throws IOException {
		PolicyData yueqing = data(YueqingDraft2022Policy.RESOURCE);

		assertThat(yueqing.parameters()).hasSize(28);
		yueqing.parameters().values().forEach(series -> series.values().forEach(value -> {
			assertThat(value.article()).as(series.name()).matches("[一二三四五六七八](（[一二三四五六七八]）)?");
			assertThat(value.from()).as(series.name()).isEqualTo("2022-01-01");
			assertThat(value.to()).as(series.name()).isEqualTo("2024-12-31");
		}));
	}

	@Test
	void the_country_groups_are_jiangmen_s_lists_copied_with_their_source() throws IOException {
		List<CountryGroup> jiangmen = data(Jiangmen2025Policy.RESOURCE).countryGroups();
		List<CountryGroup> yueqing = data(YueqingDraft2022Policy.RESOURCE).countryGroups();

		assertThat(yueqing).extracting(CountryGroup::key).containsExactly("RCEP", "BELT_AND_ROAD");
		for (CountryGroup copy : yueqing) {
			CountryGroup original = jiangmen.stream().filter(g -> g.key().equals(copy.key())).findFirst().orElseThrow();
			assertThat(copy.members()).as(copy.key()).isEqualTo(original.members());
			assertThat(copy.source()).as(copy.key()).isEqualTo(original.source());
			assertThat(copy.label()).as(copy.key()).isEqualTo(original.label());
		}
	}

	@Test
	void jiangmen_s_results_are_unchanged_with_the_yueqing_pack_loaded_beside_it() {
		List<ClaimItem> items = List.of(Claims.overseas("CL", "3", "50000", "0"),
				Claims.insurance(LocalDate.of(2025, 3, 1), "12345.67"),
				new AeoCertification(Claims.IN_PERIOD, AeoLevel.ADVANCED, true, null));
		YUEQING.assess(Yueqing.ENTERPRISE, List.of(Yueqing.keyOn(Yueqing.IN_PERIOD)), PriorAwards.NONE, Claims.TODAY);

		Assessment assessment = JIANGMEN.assess(Claims.enterprise(), items, PriorAwards.NONE, Claims.TODAY);

		assertThat(assessment.policyId()).isEqualTo("jiangmen-2025");
		assertThat(assessment.items()).extracting(ItemAssessment::type)
			.containsExactly(JiangmenItemType.OVERSEAS_EXHIBITION, JiangmenItemType.EXPORT_CREDIT_INSURANCE, JiangmenItemType.AEO_CERTIFICATION);
		assertThat(assessment.items()).extracting(ItemAssessment::amount)
			.containsExactly(yuan("40000.00"), yuan("617.28"), yuan("50000.00"));
		assertThat(assessment.items().get(0).trace()).isEqualTo(
				"举办地 CL：共建“一带一路”国家和地区 15000.00、美洲（不含美国、加拿大） 20000.00，取最高，每展位最高 20000.00；"
						+ "标准展位 min(3, 2) = 2 个；min(2 × 20000.00, 50000.00 − 0.00) = 40000.00；"
						+ "合计 40000.00（市级 40000.00，区级 0.00）");
		assertThat(assessment.items().get(1).trace()).isEqualTo("市级 5% × (12345.67 − 0.00) = 617.28；区级 0% × (12345.67 − 0.00) = 0.00；"
				+ "年度上限 500000.00 − 2025年已获 0.00 = 剩余 500000.00；合计 617.28（市级 617.28，区级 0.00）");
		assertThat(assessment.total()).isEqualTo("90617.28");
		assertThat(assessment).isEqualTo(Jiangmen2025Policy.fromClasspath().assess(Claims.enterprise(), items,
				PriorAwards.NONE, Claims.TODAY));
	}

	@Test
	void each_pack_refuses_the_other_s_items() {
		ClaimItem yueqingItem = new YueqingAeo(Yueqing.IN_PERIOD, AeoLevel.ADVANCED, true, null);
		ClaimItem jiangmenItem = new AeoCertification(Claims.IN_PERIOD, AeoLevel.ADVANCED, true, null);

		assertThatThrownBy(() -> JIANGMEN.assess(Claims.enterprise(), List.of(yueqingItem), PriorAwards.NONE, Claims.TODAY))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("not an item of jiangmen-2025");
		assertThatThrownBy(() -> YUEQING.assess(Yueqing.ENTERPRISE, List.of(jiangmenItem), PriorAwards.NONE, Claims.TODAY))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("not an item of yueqing-2022");
	}

	@Test
	void an_item_that_only_names_a_kind_of_the_pack_is_not_one_of_its_items() {
		ClaimItem impostor = new ClaimItem() {
			@Override
			public ItemKind type() {
				return JiangmenItemType.AEO_CERTIFICATION;
			}

			@Override
			public LocalDate date() {
				return Claims.IN_PERIOD;
			}

			@Override
			public java.math.BigDecimal requestedAmount() {
				return null;
			}
		};

		assertThatThrownBy(() -> JIANGMEN.assess(Claims.enterprise(), List.of(Claims.insurance(LocalDate.of(2025, 3, 1),
				"1000"), impostor), PriorAwards.NONE, Claims.TODAY))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("not an item of jiangmen-2025: AEO_CERTIFICATION");
	}

	@Test
	void a_yueqing_file_with_a_value_of_the_wrong_kind_is_refused_at_load() throws IOException {
		String broken = text(YueqingDraft2022Policy.RESOURCE).replace(
				"{from: 2022-01-01, to: 2024-12-31, value: 4, article: 一（一）}",
				"{from: 2022-01-01, to: 2024-12-31, value: 4.5, article: 一（一）}");

		assertThatThrownBy(() -> YueqingDraft2022Policy.from(stream(broken)))
			.isInstanceOf(PolicyDataException.class)
			.hasMessageContaining("key_exhibition.max_booths 2022-01-01 至 2024-12-31 的取值 4.5（一（一））应为不小于 1 的整数");
	}

	@Test
	void jiangmen_needs_an_enterprise_in_one_of_its_districts() {
		assertThatThrownBy(() -> JIANGMEN.assess(Yueqing.ENTERPRISE,
				List.of(Claims.insurance(LocalDate.of(2025, 3, 1), "1000")), PriorAwards.NONE, Claims.TODAY))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("district");
	}

	@Test
	void a_file_has_every_district_or_none_and_each_pack_checks_which_it_needs() throws IOException {
		String jiangmen = text(Jiangmen2025Policy.RESOURCE);
		String districts = jiangmen.substring(jiangmen.indexOf("\ndistricts:"));
		String withoutDistricts = jiangmen.replace(districts, "\n");
		String withoutEnping = jiangmen.substring(0, jiangmen.indexOf("  ENPING:"));

		assertThat(PolicyDataLoader.load(stream(withoutDistricts)).hasDistricts()).isFalse();
		assertThatThrownBy(() -> Jiangmen2025Policy.from(stream(withoutDistricts)))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("needs the settings of every district");
		assertThatThrownBy(() -> PolicyDataLoader.load(stream(withoutEnping)))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("has no settings for ENPING");
		assertThatThrownBy(() -> YueqingDraft2022Policy.from(stream(text(YueqingDraft2022Policy.RESOURCE) + districts)))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("has no districts");
	}

	@Test
	void a_yueqing_file_without_a_rule_s_parameter_is_refused_at_load() throws IOException {
		String broken = text(YueqingDraft2022Policy.RESOURCE).replace("  offshore_outsourcing.step_usd:",
				"  offshore_outsourcing.renamed:");

		assertThatThrownBy(() -> YueqingDraft2022Policy.from(stream(broken)))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("offshore_outsourcing.step_usd");
	}

	@Test
	void a_stored_kind_is_read_back_by_its_policy_and_code() {
		assertThat(ItemKinds.of("jiangmen-2025", "EXPORT_CREDIT_INSURANCE")).isSameAs(JiangmenItemType.EXPORT_CREDIT_INSURANCE);
		assertThat(ItemKinds.of("yueqing-2022", "EXPORT_CREDIT_INSURANCE"))
			.isSameAs(YueqingItemType.EXPORT_CREDIT_INSURANCE);
		assertThat(ItemKinds.of("yueqing-2022", "OFFSHORE_OUTSOURCING").label()).isEqualTo("离岸服务外包");
		assertThatThrownBy(() -> ItemKinds.of("jiangmen-2025", "OFFSHORE_OUTSOURCING"))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> ItemKinds.of("wenzhou-2023", "EXPORT_CREDIT_INSURANCE"))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void a_yueqing_trace_never_cites_a_jiangmen_article() {
		List<ClaimItem> refusedAndGranted = List.of(Yueqing.keyOn(LocalDate.of(2021, 12, 31)),
				Yueqing.key("DE", "1", "10000", "10000"), Yueqing.trademark("10000"),
				new YueqingOutsourcing(2023, yuan("1"), null), new YueqingAeo(Yueqing.IN_PERIOD, AeoLevel.GENERAL, false, null));

		for (ItemAssessment item : YUEQING.assess(Yueqing.ENTERPRISE, refusedAndGranted, PriorAwards.NONE, Claims.TODAY).items()) {
			assertThat(item.trace()).as(item.type().code()).doesNotContain("第");
			assertThat(item.articles()).as(item.type().code()).noneMatch(article -> article.startsWith("第"));
		}
	}
}
