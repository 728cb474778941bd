package cn.gov.jiangmen.subsidy.policy.jiangmen;

import cn.gov.jiangmen.subsidy.policy.CountryGroup;
import cn.gov.jiangmen.subsidy.policy.Dated;
import cn.gov.jiangmen.subsidy.policy.DatedSeries;
import cn.gov.jiangmen.subsidy.policy.District;
import cn.gov.jiangmen.subsidy.policy.DistrictSetting;
import cn.gov.jiangmen.subsidy.policy.Funding;
import cn.gov.jiangmen.subsidy.policy.MissingParameterException;
import cn.gov.jiangmen.subsidy.policy.PolicyData;
import cn.gov.jiangmen.subsidy.policy.PolicyDataLoader;
import cn.gov.jiangmen.subsidy.policy.ReasonCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The parameters are dated data with legal references; a missing value fails instead of reading as zero. */
class PolicyParametersTest {

	private static PolicyData shipped() throws Exception {
		try (InputStream in = Jiangmen2025Policy.class.getResourceAsStream(Jiangmen2025Policy.RESOURCE)) {
			return PolicyDataLoader.load(in);
		}
	}

	@Test
	void every_value_names_its_article_and_its_days() throws Exception {
		PolicyData data = shipped();

		assertThat(data.parameters()).hasSizeGreaterThanOrEqualTo(22);
		data.parameters().values().forEach(series -> series.values().forEach(value -> {
			assertThat(value.article()).as(series.name()).startsWith("第");
			assertThat(value.from()).as(series.name()).isEqualTo("2024-01-01");
			assertThat(value.to()).as(series.name()).isEqualTo("2026-12-31");
		}));
		assertThat(data.parameter(District.PENGJIANG, "export_credit_insurance.annual_cap").at(LocalDate.of(2025, 1, 1)))
			.isEqualTo(new Dated<>(LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31), new BigDecimal("500000.00"),
					"第十条第（一）项"));
	}

	@Test
	void a_date_no_value_covers_fails_loudly() throws Exception {
		DatedSeries<BigDecimal> rate = shipped().parameter(District.XINHUI, "credit_service.rate");

		assertThat(rate.at(LocalDate.of(2026, 12, 31)).value()).isEqualByComparingTo("0.50");
		assertThatThrownBy(() -> rate.at(LocalDate.of(2027, 1, 1))).isInstanceOf(MissingParameterException.class)
			.hasMessageContaining("credit_service.rate")
			.hasMessageContaining("2027-01-01");
	}

	@Test
	void values_of_one_parameter_may_not_overlap() {
		Dated<BigDecimal> first = new Dated<>(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 6, 30), BigDecimal.ONE, "第十条");
		Dated<BigDecimal> second = new Dated<>(LocalDate.of(2025, 6, 30), LocalDate.of(2026, 12, 31), BigDecimal.TEN,
				"第十条");

		assertThatThrownBy(() -> new DatedSeries<>("x", List.of(first, second)))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void a_later_value_applies_from_its_own_first_day() {
		DatedSeries<BigDecimal> series = new DatedSeries<>("x",
				List.of(new Dated<>(LocalDate.of(2025, 7, 1), LocalDate.of(2026, 12, 31), BigDecimal.TEN, "新"),
						new Dated<>(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 6, 30), BigDecimal.ONE, "旧")));

		assertThat(series.at(LocalDate.of(2025, 6, 30)).article()).isEqualTo("旧");
		assertThat(series.at(LocalDate.of(2025, 7, 1)).article()).isEqualTo("新");
	}

	@Test
	void country_groups_are_iso_codes_with_a_source() throws Exception {
		Set<String> iso = Set.of(Locale.getISOCountries());

		for (CountryGroup group : shipped().countryGroups()) {
			assertThat(group.source()).isNotBlank();
			assertThat(iso).as(group.key()).containsAll(group.members());
			assertThat(group.members()).as(group.key()).doesNotContain("CN", "HK", "MO", "TW");
		}
		assertThat(shipped().countryGroups()).filteredOn(g -> g.key().equals("AMERICAS"))
			.singleElement()
			.satisfies(g -> assertThat(g.members()).contains("BR", "MX", "CL").doesNotContain("US", "CA"));
		assertThat(shipped().countryGroups()).filteredOn(g -> g.key().equals("RCEP"))
			.singleElement()
			.satisfies(g -> assertThat(g.members()).hasSize(14));
	}

	@Test
	void every_district_has_its_setting_and_only_the_three_districts_are_funded_by_the_city() throws Exception {
		PolicyData data = shipped();
		LocalDate day = LocalDate.of(2025, 1, 1);

		for (District district : District.values()) {
			DistrictSetting setting = data.districtSettings().get(district).at(day).value();
			boolean threeDistricts = Set.of(District.PENGJIANG, District.JIANGHAI, District.XINHUI).contains(district);
			assertThat(setting.funding()).as(district.name()).isEqualTo(threeDistricts ? Funding.CITY : Funding.NONE);
			assertThat(setting.insuranceTopUpRate()).isEqualByComparingTo("0");
		}
	}

	@Test
	void a_policy_file_without_a_rule_s_parameter_is_refused_at_load() {
		assertThatThrownBy(() -> Claims.policyWith(java.util.Map.of("  aeo_certification.amount:",
				"  aeo_certification.renamed:"))).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("aeo_certification.amount");
	}

	@Test
	void labels_are_chinese() {
		assertThat(JiangmenItemType.EXPORT_CREDIT_INSURANCE.label()).isEqualTo("短期出口信用保险");
		assertThat(JiangmenItemType.CANTON_FAIR_DESIGN_AWARD.label()).isEqualTo("广交会设计创新奖");
		assertThat(District.TAISHAN.label()).isEqualTo("台山市");
		assertThat(ReasonCode.FULLY_SUBSIDISED.label()).contains("第十二条");
	}
}
