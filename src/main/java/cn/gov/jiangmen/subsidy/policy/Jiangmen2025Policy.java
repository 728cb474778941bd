package cn.gov.jiangmen.subsidy.policy;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * 江商务贸发〔2025〕61号, Chapter 3, over the parameters of {@code policy/jiangmen-2025.yaml}.
 * Each item goes through the same steps: period, whether it has happened yet, who may apply, the
 * rule of its article, the annual cap, the amount asked for, and who pays.
 */
public final class Jiangmen2025Policy implements Policy {

	public static final String ID = "jiangmen-2025";

	public static final String RESOURCE = "/policy/jiangmen-2025.yaml";

	private static final String WHO_MAY_APPLY = "第二条";

	private static final String FIRST_SESSION = JiangmenParameters.FIRST_SESSION;

	private static final Map<ItemType, String> ANNUAL_CAPS = Map.of(
			ItemType.EXPORT_CREDIT_INSURANCE, "export_credit_insurance.annual_cap",
			ItemType.CREDIT_SERVICE, "credit_service.annual_cap",
			ItemType.OVERSEAS_INVESTMENT_INSURANCE, "overseas_investment_insurance.annual_cap");

	private final PolicyData data;

	Jiangmen2025Policy(PolicyData data) {
		if (!ID.equals(data.id())) {
			throw new IllegalArgumentException("not the " + ID + " policy file: " + data.id());
		}
		if (!data.hasDistricts()) {
			throw new IllegalArgumentException("policy " + ID + " needs the settings of every district (第二条、第十九条)");
		}
		JiangmenParameters.check(data);
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
	public Assessment assess(Enterprise enterprise, List<ClaimItem> items, PriorAwards prior, LocalDate today) {
		if (enterprise.district() == null) {
			throw new IllegalArgumentException(ID + " assesses only enterprises registered in a district of Jiangmen");
		}
		return RunningAwards.assessInOrder(ID, ItemType.class, items, prior,
				(index, item, awards) -> assess(index, enterprise, item, awards, today));
	}

	private ItemAssessment assess(int index, Enterprise enterprise, ClaimItem item, RunningAwards awards,
			LocalDate today) {
		District district = enterprise.district();
		ItemCalc c = new ItemCalc(data, district, item.date(), (reason, article) -> wording(reason, article, district));
		if (!inPeriod(item, c)) {
			return c.refusal(index, item.type());
		}
		if (item.date().isAfter(today)) {
			c.step("项目日期 " + item.date() + " 晚于今天 " + today + "（北京时间）");
			c.refuse(ReasonCode.NOT_YET_PAID, article((ItemType) item.type()));
		}
		DistrictSetting setting = c.districtSetting();
		if (setting.funding() == Funding.NONE) {
			c.step(district.label() + "企业不在本细则市级资金支持范围");
			c.refuse(ReasonCode.OUTSIDE_FUNDED_DISTRICTS, WHO_MAY_APPLY);
		}
		if (!enterprise.tradeRecordSince2024()) {
			c.refuse(ReasonCode.NO_TRADE_RECORD, WHO_MAY_APPLY);
		}
		Grant grant = rule(item, enterprise, c, setting, awards);
		c.cite(data.period().article());
		if (grant == null || c.refused()) {
			return c.refusal(index, item.type());
		}
		grant = withinAnnualCap(item, grant, c, awards);
		if (grant == null) {
			return c.refusal(index, item.type());
		}
		return split(index, item.type(), RequestedAmount.limit(c, item.requestedAmount(), grant), setting, district, c);
	}

	/**
	 * 第十二条, and for the design award 第十一条第（二）项: nothing before the first supported session.
	 * An award is dated by its session's opening day, and the trace says so.
	 */
	private boolean inPeriod(ClaimItem item, ItemCalc c) {
		PolicyPeriod period = data.period();
		if (item instanceof CantonFairDesignAward award) {
			c.step("第" + award.session() + "届广交会开幕日 " + award.date() + "，按此日期判断是否在期限内并适用参数");
			int first = c.paramAt(FIRST_SESSION, period.from()).intValueExact();
			if (award.session() < first) {
				c.step("第" + award.session() + "届早于支持的首届（第" + first + "届）");
				c.refuse(ReasonCode.AWARD_SESSION_TOO_EARLY, QualityRules.AWARD);
				return false;
			}
		}
		return period.admits(c);
	}

	private static Grant rule(ClaimItem item, Enterprise enterprise, ItemCalc c, DistrictSetting setting,
			RunningAwards awards) {
		ItemType type = (ItemType) item.type();
		return switch (type) {
			case OVERSEAS_EXHIBITION -> ExhibitionRules.overseas((OverseasExhibition) item, c, awards);
			case HKMT_EXHIBITION -> ExhibitionRules.hkmt((HkmtExhibition) item, c, awards);
			case DOMESTIC_EXHIBITION -> ExhibitionRules.domestic((DomesticExhibition) item, c, awards);
			case EXPORT_CREDIT_INSURANCE -> RiskRules.exportCreditInsurance((ExportCreditInsurance) item, enterprise, c,
					setting);
			case CREDIT_SERVICE -> RiskRules.creditService((CreditService) item, c);
			case OVERSEAS_INVESTMENT_INSURANCE -> RiskRules.overseasInvestmentInsurance((OverseasInvestmentInsurance) item,
					c);
			case AEO_CERTIFICATION -> QualityRules.aeo((AeoCertification) item, c, awards);
			case CANTON_FAIR_DESIGN_AWARD -> QualityRules.cantonFairAward((CantonFairDesignAward) item, c);
		};
	}

	/** The article whose words an item's own support rests on ("发生的费用", "已经实际缴纳", "获得"). */
	private static String article(ItemType type) {
		return switch (type) {
			case OVERSEAS_EXHIBITION -> ExhibitionRules.OVERSEAS;
			case HKMT_EXHIBITION -> ExhibitionRules.HKMT;
			case DOMESTIC_EXHIBITION -> ExhibitionRules.DOMESTIC;
			case EXPORT_CREDIT_INSURANCE -> RiskRules.INSURANCE;
			case CREDIT_SERVICE -> RiskRules.CREDIT_SERVICE;
			case OVERSEAS_INVESTMENT_INSURANCE -> RiskRules.INVESTMENT;
			case AEO_CERTIFICATION -> QualityRules.AEO;
			case CANTON_FAIR_DESIGN_AWARD -> QualityRules.AWARD;
		};
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

	/**
	 * A refusal in this policy's words, with the dates, sessions and articles of its parameters: the
	 * codes' labels say none of them.
	 */
	private String wording(ReasonCode reason, String article, District district) {
		PolicyPeriod period = data.period();
		return switch (reason) {
			case OUTSIDE_POLICY_PERIOD -> "项目发生时间不在" + chinese(period.from()) + "至" + chinese(period.to()) + "（"
					+ period.article() + "）";
			case AWARD_SESSION_TOO_EARLY -> "第"
					+ data.parameter(district, FIRST_SESSION).at(period.from()).value().toPlainString()
					+ "届之前的广交会设计创新奖不予支持（" + article + "）";
			case ANNUAL_CAP_REACHED -> "已达每家企业年度支持上限（" + article + "）";
			case EXHIBITION_BOOTHS_USED -> "本企业在同一展会项目的支持展位数已用完（" + article + "）";
			case NOT_YET_PAID -> "项目日期晚于今天（北京时间），费用尚未实际发生或缴纳（" + article + "）";
			default -> reason.label();
		};
	}

	private static String chinese(LocalDate day) {
		return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
	}
}
