package cn.gov.jiangmen.subsidy.policy.jiangmen;

import cn.gov.jiangmen.subsidy.policy.BoothCount;
import cn.gov.jiangmen.subsidy.policy.CountryGroup;
import cn.gov.jiangmen.subsidy.policy.Dated;
import cn.gov.jiangmen.subsidy.policy.DatedSeries;
import cn.gov.jiangmen.subsidy.policy.District;
import cn.gov.jiangmen.subsidy.policy.DistrictSetting;
import cn.gov.jiangmen.subsidy.policy.FirstAdvancedAeo;
import cn.gov.jiangmen.subsidy.policy.Funding;
import cn.gov.jiangmen.subsidy.policy.Money;
import cn.gov.jiangmen.subsidy.policy.ParameterKey;
import cn.gov.jiangmen.subsidy.policy.PolicyData;
import cn.gov.jiangmen.subsidy.policy.PolicyDataException;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * What 江商务贸发〔2025〕61号 asks of its own parameter file, checked when the file is loaded so that a
 * file that breaks the text stops the application at start-up instead of failing on a claim: every
 * day of the period has a value (第十二条), funding as 第三条 and 第十九条 allow it, no district
 * top-up above 第十条第（一）项's ceiling, every parameter the rules read, each of its kind.
 */
final class JiangmenParameters {

	/** 第二条、第三条: the city funds the enterprises of these three districts, and only these. */
	private static final Set<District> CITY_FUNDED = EnumSet.of(District.PENGJIANG, District.JIANGHAI, District.XINHUI);

	/** Read by the rules, with what each holds: each declared once, in the rule class that reads it. */
	static final Map<String, ParameterKey> PARAMETERS = ParameterKey.declaredIn(BoothCount.class,
			FirstAdvancedAeo.class, ExhibitionRules.class, RiskRules.class, QualityRules.class);

	private JiangmenParameters() {
	}

	/** @throws PolicyDataException naming the value, its days and its article */
	static void check(PolicyData data) {
		data.requireEveryDayCovered();
		funding(data);
		topUps(data);
		ParameterKey.check(data, PARAMETERS.values());
		kinds(data);
	}

	/** 第三条 and 第十九条: the three districts are the city's to fund; a county-level city funds itself or is not covered. */
	private static void funding(PolicyData data) {
		data.districtSettings().forEach((district, series) -> {
			for (Dated<DistrictSetting> value : series.values()) {
				Funding funding = value.value().funding();
				boolean cityFunded = CITY_FUNDED.contains(district);
				if (cityFunded && funding != Funding.CITY) {
					throw new PolicyDataException(where(district, value) + " 的 funding: " + funding + "（" + value.article()
							+ "）不符合第三条：" + district.label() + "企业的扶持资金由江门市本级财政承担，funding 只能是 CITY");
				}
				if (!cityFunded && funding == Funding.CITY) {
					throw new PolicyDataException(where(district, value) + " 的 funding: CITY（" + value.article()
							+ "）不符合第十九条：" + district.label() + "可参照本细则自行承担扶持资金（SELF）或不参照（NONE），"
							+ "市本级资金只支持蓬江区、江海区、新会区（第二条、第三条）");
				}
			}
		});
	}

	/** 第十条第（一）项 "三区可参照执行最高给予5%": no district's top-up above the file's ceiling on any day. */
	private static void topUps(PolicyData data) {
		data.districtSettings().forEach((district, series) -> {
			DatedSeries<BigDecimal> ceilings = data.parameter(district, RiskRules.INSURANCE_MAX_TOP_UP.name());
			for (Dated<DistrictSetting> value : series.values()) {
				BigDecimal rate = value.value().insuranceTopUpRate();
				for (Dated<BigDecimal> ceiling : ceilings.values()) {
					boolean overlaps = !ceiling.to().isBefore(value.from()) && !ceiling.from().isAfter(value.to());
					if (overlaps && rate.compareTo(ceiling.value()) > 0) {
						throw new PolicyDataException(where(district, value) + " 的 insurance_top_up_rate "
								+ Money.percent(rate) + "（" + value.article() + "）超过" + ceiling.article() + "允许区级参照执行的最高 "
								+ Money.percent(ceiling.value()) + "（" + RiskRules.INSURANCE_MAX_TOP_UP.name() + "，" + ceiling.from() + " 至 "
								+ ceiling.to() + "）");
					}
				}
			}
		});
	}

	/** The country groups' maxima are money too; a district may override only a parameter the rules read. */
	private static void kinds(PolicyData data) {
		for (CountryGroup group : data.countryGroups()) {
			ParameterKey key = group.perBoothMax();
			key.kind().check(data.parameter(null, key.name()), "参数 ");
		}
		data.districtParameters().forEach((district, own) -> own.forEach((name, series) -> {
			ParameterKey key = PARAMETERS.get(name);
			if (key == null) {
				throw new PolicyDataException("districts." + district + ".parameters." + name + " 不是本细则的参数");
			}
			key.kind().check(series, "districts." + district + ".parameters.");
		}));
	}

	private static String where(District district, Dated<?> value) {
		return "districts." + district + " " + value.from() + " 至 " + value.to();
	}
}
