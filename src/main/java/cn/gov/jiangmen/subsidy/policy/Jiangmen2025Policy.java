package cn.gov.jiangmen.subsidy.policy;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * 江商务贸发〔2025〕61号, Chapter 3, over the parameters of {@code policy/jiangmen-2025.yaml}.
 * Each item goes through the same steps: period, who may apply, the rule of its article, the annual
 * cap, the amount asked for, and who pays.
 */
public final class Jiangmen2025Policy implements Policy {

	public static final String ID = "jiangmen-2025";

	public static final String RESOURCE = "/policy/jiangmen-2025.yaml";

	private static final String WHO_MAY_APPLY = "第二条";

	private static final Map<ItemType, String> ANNUAL_CAPS = Map.of(
			ItemType.EXPORT_CREDIT_INSURANCE, "export_credit_insurance.annual_cap",
			ItemType.CREDIT_SERVICE, "credit_service.annual_cap",
			ItemType.OVERSEAS_INVESTMENT_INSURANCE, "overseas_investment_insurance.annual_cap");

	/** Read by the rules; checked at load so a broken file fails at start-up, not on an application. */
	private static final List<String> REQUIRED = List.of("booth.standard_area_sqm",
			"overseas_exhibition.per_booth_max.other", "overseas_exhibition.max_standard_booths",
			"overseas_exhibition.max_special_booths", "hkmt_exhibition.per_booth_max",
			"hkmt_exhibition.max_standard_booths", "hkmt_exhibition.max_special_booths",
			"domestic_exhibition.per_booth_max", "domestic_exhibition.max_booths", "export_credit_insurance.city_rate",
			"export_credit_insurance.max_top_up_rate", "export_credit_insurance.annual_cap", "credit_service.rate",
			"credit_service.annual_cap", "overseas_investment_insurance.rate", "overseas_investment_insurance.annual_cap",
			"aeo_certification.amount", "canton_fair_award.first_session", "canton_fair_award.amount.supreme_gold",
			"canton_fair_award.amount.gold", "canton_fair_award.amount.silver", "canton_fair_award.amount.bronze");

	private final PolicyData data;

	Jiangmen2025Policy(PolicyData data) {
		if (!ID.equals(data.id())) {
			throw new IllegalArgumentException("not the " + ID + " policy file: " + data.id());
		}
		if (!data.hasDistricts()) {
			throw new IllegalArgumentException("policy " + ID + " needs the settings of every district (第二条、第十九条)");
		}
		REQUIRED.forEach(data::requireParameter);
		this.data = data;
	}

	/** The parameters shipped with the application. */
	public static Jiangmen2025Policy fromClasspath() {
		return new Jiangmen2025Policy(PolicyDataLoader.loadResource(RESOURCE));
	}

	/** Parameters from another copy of the file, e.g. one where a district has set its top-up rate. */
	public static Jiangmen2025Policy from(InputStream yaml) {
		return new Jiangmen2025Policy(PolicyDataLoader.load(yaml));
	}

	@Override
	public String id() {
		return ID;
	}

	@Override
	public Assessment assess(Enterprise enterprise, List<ClaimItem> items, PriorAwards prior) {
		if (enterprise.district() == null) {
			throw new IllegalArgumentException(ID + " assesses only enterprises registered in a district of Jiangmen");
		}
		return RunningAwards.assessInOrder(ID, ItemType.class, items, prior,
				(index, item, awards) -> assess(index, enterprise, item, awards));
	}

	private ItemAssessment assess(int index, Enterprise enterprise, ClaimItem item, RunningAwards awards) {
		ItemCalc c = new ItemCalc(data, enterprise.district(), item.date());
		if (!inPeriod(item, c)) {
			return c.refusal(index, item.type());
		}
		DistrictSetting setting = c.districtSetting();
		if (setting.funding() == Funding.NONE) {
			c.step(enterprise.district().label() + "企业不在本细则市级资金支持范围");
			c.refuse(ReasonCode.OUTSIDE_FUNDED_DISTRICTS, WHO_MAY_APPLY);
		}
		if (!enterprise.tradeRecordSince2024()) {
			c.refuse(ReasonCode.NO_TRADE_RECORD, WHO_MAY_APPLY);
		}
		Grant grant = rule(item, c, setting, awards);
		c.cite(data.period().article());
		if (grant == null || c.refused()) {
			return c.refusal(index, item.type());
		}
		grant = withinAnnualCap(item, grant, c, awards);
		if (grant == null) {
			return c.refusal(index, item.type());
		}
		return split(index, item.type(), RequestedAmount.limit(c, item.requestedAmount(), grant), setting, enterprise.district(), c);
	}

	/** 第十二条, and for the design award 第十一条第（二）项: nothing before the 135th session. */
	private boolean inPeriod(ClaimItem item, ItemCalc c) {
		PolicyPeriod period = data.period();
		if (item instanceof CantonFairDesignAward award) {
			int first = c.paramAt("canton_fair_award.first_session", period.from()).intValueExact();
			if (award.session() < first) {
				c.step("第" + award.session() + "届早于支持的首届（第" + first + "届）");
				c.refuse(ReasonCode.AWARD_SESSION_TOO_EARLY, QualityRules.AWARD);
				return false;
			}
		}
		return period.admits(c);
	}

	private static Grant rule(ClaimItem item, ItemCalc c, DistrictSetting setting, RunningAwards awards) {
		if (item instanceof OverseasExhibition x) {
			return ExhibitionRules.overseas(x, c);
		}
		if (item instanceof HkmtExhibition x) {
			return ExhibitionRules.hkmt(x, c);
		}
		if (item instanceof DomesticExhibition x) {
			return ExhibitionRules.domestic(x, c);
		}
		if (item instanceof ExportCreditInsurance x) {
			return RiskRules.exportCreditInsurance(x, c, setting);
		}
		if (item instanceof CreditService x) {
			return RiskRules.creditService(x, c);
		}
		if (item instanceof OverseasInvestmentInsurance x) {
			return RiskRules.overseasInvestmentInsurance(x, c);
		}
		if (item instanceof AeoCertification x) {
			return QualityRules.aeo(x, c, awards);
		}
		return QualityRules.cantonFairAward((CantonFairDesignAward) item, c);
	}

	/** Per enterprise, type and calendar year of the item: a partly used cap pays what is left. */
	private static Grant withinAnnualCap(ClaimItem item, Grant grant, ItemCalc c, RunningAwards awards) {
		String capName = ANNUAL_CAPS.get(item.type());
		return capName == null ? grant : AnnualCap.limit(c, item.type(), capName, grant, awards);
	}

	/** 第三条: the city pays all but a district's insurance top-up; 第十九条: a self-funded county pays all. */
	private static ItemAssessment split(int index, ItemKind type, Grant grant, DistrictSetting setting,
			District district, ItemCalc c) {
		BigDecimal city;
		BigDecimal own;
		if (setting.funding() == Funding.SELF) {
			c.cite("第十九条");
			city = Money.ZERO;
			own = Money.fen(grant.total());
			c.step(district.label() + "依第十九条自行承担 " + Money.show(own));
		}
		else {
			c.cite("第三条");
			city = Money.fen(grant.main());
			own = Money.fen(grant.topUp());
			c.step("合计 " + Money.show(city.add(own)) + "（市级 " + Money.show(city) + "，区级 " + Money.show(own) + "）");
		}
		return c.grant(index, type, city, own);
	}
}
