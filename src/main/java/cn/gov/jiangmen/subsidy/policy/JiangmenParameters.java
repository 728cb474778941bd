package cn.gov.jiangmen.subsidy.policy;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What 江商务贸发〔2025〕61号 asks of its own parameter file, checked when the file is loaded so that a
 * file that breaks the text stops the application at start-up instead of failing on a claim: every
 * day of the period has a value (第十二条), funding as 第三条 and 第十九条 allow it, no district
 * top-up above 第十条第（一）项's ceiling, every parameter the rules read, each of its kind.
 */
final class JiangmenParameters {

	static final String FIRST_SESSION = "canton_fair_award.first_session";

	static final String MAX_TOP_UP = "export_credit_insurance.max_top_up_rate";

	/** 第二条、第三条: the city funds the enterprises of these three districts, and only these. */
	private static final Set<District> CITY_FUNDED = EnumSet.of(District.PENGJIANG, District.JIANGHAI, District.XINHUI);

	/** Read by the rules, with what each holds. */
	private static final Map<String, ParameterKind> PARAMETERS = parameters();

	private JiangmenParameters() {
	}

	/** @throws PolicyDataException naming the value, its days and its article */
	static void check(PolicyData data) {
		data.requireEveryDayCovered();
		funding(data);
		topUps(data);
		PARAMETERS.keySet().forEach(data::requireParameter);
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
			DatedSeries<BigDecimal> ceilings = data.parameter(district, MAX_TOP_UP);
			for (Dated<DistrictSetting> value : series.values()) {
				BigDecimal rate = value.value().insuranceTopUpRate();
				for (Dated<BigDecimal> ceiling : ceilings.values()) {
					boolean overlaps = !ceiling.to().isBefore(value.from()) && !ceiling.from().isAfter(value.to());
					if (overlaps && rate.compareTo(ceiling.value()) > 0) {
						throw new PolicyDataException(where(district, value) + " 的 insurance_top_up_rate "
								+ Money.percent(rate) + "（" + value.article() + "）超过" + ceiling.article() + "允许区级参照执行的最高 "
								+ Money.percent(ceiling.value()) + "（" + MAX_TOP_UP + "，" + ceiling.from() + " 至 "
								+ ceiling.to() + "）");
					}
				}
			}
		});
	}

	private static void kinds(PolicyData data) {
		PARAMETERS.forEach((name, kind) -> kind.check(data.parameter(null, name), "参数 "));
		for (CountryGroup group : data.countryGroups()) {
			ParameterKind.MONEY.check(data.parameter(null, group.perBoothMaxParameter()), "参数 ");
		}
		data.districtParameters().forEach((district, own) -> own.forEach((name, series) -> {
			ParameterKind kind = PARAMETERS.get(name);
			if (kind == null) {
				throw new PolicyDataException("districts." + district + ".parameters." + name + " 不是本细则的参数");
			}
			kind.check(series, "districts." + district + ".parameters.");
		}));
	}

	private static String where(District district, Dated<?> value) {
		return "districts." + district + " " + value.from() + " 至 " + value.to();
	}

	private static Map<String, ParameterKind> parameters() {
		Map<String, ParameterKind> kinds = new LinkedHashMap<>();
		kinds.put("booth.standard_area_sqm", ParameterKind.AREA);
		kinds.put("overseas_exhibition.per_booth_max.other", ParameterKind.MONEY);
		kinds.put("overseas_exhibition.max_standard_booths", ParameterKind.COUNT);
		kinds.put("overseas_exhibition.max_special_booths", ParameterKind.COUNT);
		kinds.put("hkmt_exhibition.per_booth_max", ParameterKind.MONEY);
		kinds.put("hkmt_exhibition.max_standard_booths", ParameterKind.COUNT);
		kinds.put("hkmt_exhibition.max_special_booths", ParameterKind.COUNT);
		kinds.put("domestic_exhibition.per_booth_max", ParameterKind.MONEY);
		kinds.put("domestic_exhibition.max_booths", ParameterKind.COUNT);
		kinds.put("export_credit_insurance.city_rate", ParameterKind.RATE);
		kinds.put(MAX_TOP_UP, ParameterKind.RATE);
		kinds.put("export_credit_insurance.annual_cap", ParameterKind.MONEY);
		kinds.put("credit_service.rate", ParameterKind.RATE);
		kinds.put("credit_service.annual_cap", ParameterKind.MONEY);
		kinds.put("overseas_investment_insurance.rate", ParameterKind.RATE);
		kinds.put("overseas_investment_insurance.annual_cap", ParameterKind.MONEY);
		kinds.put("aeo_certification.amount", ParameterKind.MONEY);
		kinds.put(FIRST_SESSION, ParameterKind.COUNT);
		kinds.put("canton_fair_award.amount.supreme_gold", ParameterKind.MONEY);
		kinds.put("canton_fair_award.amount.gold", ParameterKind.MONEY);
		kinds.put("canton_fair_award.amount.silver", ParameterKind.MONEY);
		kinds.put("canton_fair_award.amount.bronze", ParameterKind.MONEY);
		return Collections.unmodifiableMap(kinds);
	}
}
