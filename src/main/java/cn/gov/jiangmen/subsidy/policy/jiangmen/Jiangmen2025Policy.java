package cn.gov.jiangmen.subsidy.policy.jiangmen;

import cn.gov.jiangmen.subsidy.policy.AnnualCap;
import cn.gov.jiangmen.subsidy.policy.Assessment;
import cn.gov.jiangmen.subsidy.policy.ClaimItem;
import cn.gov.jiangmen.subsidy.policy.District;
import cn.gov.jiangmen.subsidy.policy.DistrictSetting;
import cn.gov.jiangmen.subsidy.policy.Enterprise;
import cn.gov.jiangmen.subsidy.policy.Funding;
import cn.gov.jiangmen.subsidy.policy.Grant;
import cn.gov.jiangmen.subsidy.policy.ItemAssessment;
import cn.gov.jiangmen.subsidy.policy.WorkingSheet;
import cn.gov.jiangmen.subsidy.policy.ItemKind;
import cn.gov.jiangmen.subsidy.policy.Money;
import cn.gov.jiangmen.subsidy.policy.Outcome;
import cn.gov.jiangmen.subsidy.policy.ParameterKey;
import cn.gov.jiangmen.subsidy.policy.Policy;
import cn.gov.jiangmen.subsidy.policy.PolicyData;
import cn.gov.jiangmen.subsidy.policy.PolicyDataLoader;
import cn.gov.jiangmen.subsidy.policy.PolicyPeriod;
import cn.gov.jiangmen.subsidy.policy.PriorAwards;
import cn.gov.jiangmen.subsidy.policy.ReasonCode;
import cn.gov.jiangmen.subsidy.policy.Refusal;
import cn.gov.jiangmen.subsidy.policy.RequestedAmount;
import cn.gov.jiangmen.subsidy.policy.RunningAwards;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * 江商务贸发〔2025〕61号, Chapter 3, over the parameters of {@code policy/jiangmen-2025.yaml}.
 * Each item goes through the same steps: period, whether it has happened yet, who may apply, the
 * rule of its article, the annual cap, the amount asked for, and who pays.
 */
public final class Jiangmen2025Policy implements Policy {

	public static final String ID = "jiangmen-2025";

	public static final String RESOURCE = "/policy/jiangmen-2025.yaml";

	private static final String WHO_MAY_APPLY = "第二条";

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
		return RunningAwards.assessInOrder(ID, JiangmenItem.class, items, prior,
				(index, item, awards) -> assess(index, enterprise, item, awards, today));
	}

	/**
	 * Whatever is found against the item before its rule (not yet paid, district not funded, no trade
	 * record) is listed with what its rule finds, and the rule then computes nothing.
	 */
	private ItemAssessment assess(int index, Enterprise enterprise, JiangmenItem item, RunningAwards awards,
			LocalDate today) {
		District district = enterprise.district();
		WorkingSheet c = new WorkingSheet(data, district, item.date(), (reason, article) -> wording(reason, article, district));
		Optional<Refusal> outside = outsidePeriod(item, c);
		if (outside.isPresent()) {
			return c.refusal(index, item.type(), outside.get());
		}
		Optional<Refusal> notYetPaid = Optional.empty();
		if (item.date().isAfter(today)) {
			c.step("项目日期 " + item.date() + " 晚于今天 " + today + "（北京时间）");
			notYetPaid = Optional.of(c.refuse(ReasonCode.NOT_YET_PAID, article(item.type())));
		}
		DistrictSetting setting = c.districtSetting();
		Optional<Refusal> notFunded = Optional.empty();
		if (setting.funding() == Funding.NONE) {
			c.step(district.label() + "企业不在本细则市级资金支持范围");
			notFunded = Optional.of(c.refuse(ReasonCode.OUTSIDE_FUNDED_DISTRICTS, WHO_MAY_APPLY));
		}
		Optional<Refusal> noTradeRecord = enterprise.tradeRecordSince2024() ? Optional.empty()
				: Optional.of(c.refuse(ReasonCode.NO_TRADE_RECORD, WHO_MAY_APPLY));
		Optional<Refusal> found = Refusal.all(notYetPaid, notFunded, noTradeRecord);
		Outcome ruled = item.accept(new ItemRules(enterprise, c, setting, awards, found));
		c.cite(data.period().article());
		return ruled.andThen(grant -> withinAnnualCap(item.type(), grant, c, awards))
			.fold(refusal -> c.refusal(index, item.type(), refusal),
					grant -> split(index, item.type(), RequestedAmount.limit(c, item.requestedAmount(), grant), setting,
							district, c));
	}

	/** The rule of each item's article, with what was found against the item before it. */
	private record ItemRules(Enterprise enterprise, WorkingSheet c, DistrictSetting setting, RunningAwards awards,
			Optional<Refusal> found) implements JiangmenItem.Rules<Outcome> {

		@Override
		public Outcome overseasExhibition(OverseasExhibition item) {
			return ExhibitionRules.overseas(item, c, awards, found);
		}

		@Override
		public Outcome hkmtExhibition(HkmtExhibition item) {
			return ExhibitionRules.hkmt(item, c, awards, found);
		}

		@Override
		public Outcome domesticExhibition(DomesticExhibition item) {
			return ExhibitionRules.domestic(item, c, awards, found);
		}

		@Override
		public Outcome exportCreditInsurance(ExportCreditInsurance item) {
			return RiskRules.exportCreditInsurance(item, enterprise, c, setting, found);
		}

		@Override
		public Outcome creditService(CreditService item) {
			return RiskRules.creditService(item, c, found);
		}

		@Override
		public Outcome overseasInvestmentInsurance(OverseasInvestmentInsurance item) {
			return RiskRules.overseasInvestmentInsurance(item, c, found);
		}

		@Override
		public Outcome aeoCertification(AeoCertification item) {
			return QualityRules.aeo(item, c, awards, found);
		}

		@Override
		public Outcome cantonFairDesignAward(CantonFairDesignAward item) {
			return QualityRules.cantonFairAward(item, c, found);
		}
	}

	/**
	 * 第十二条, and for the design award 第十一条第（二）项: nothing before the first supported session.
	 * An award is dated by its session's opening day, and the trace says so.
	 */
	private Optional<Refusal> outsidePeriod(JiangmenItem item, WorkingSheet c) {
		PolicyPeriod period = data.period();
		if (item instanceof CantonFairDesignAward award) {
			c.step("第" + award.session() + "届广交会开幕日 " + award.date() + "，按此日期判断是否在期限内并适用参数");
			int first = c.paramAt(QualityRules.FIRST_SESSION, period.from()).intValueExact();
			if (award.session() < first) {
				c.step("第" + award.session() + "届早于支持的首届（第" + first + "届）");
				return Optional.of(c.refuse(ReasonCode.AWARD_SESSION_TOO_EARLY, QualityRules.AWARD));
			}
		}
		return period.refusesOutside(c);
	}

	/** The article whose words an item's own support rests on ("发生的费用", "已经实际缴纳", "获得"). */
	private static String article(JiangmenItemType type) {
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

	/** 第十条's caps per enterprise, kind and calendar year; the other kinds have none. */
	private static Optional<ParameterKey> annualCap(JiangmenItemType type) {
		return switch (type) {
			case EXPORT_CREDIT_INSURANCE -> Optional.of(RiskRules.INSURANCE_ANNUAL_CAP);
			case CREDIT_SERVICE -> Optional.of(RiskRules.CREDIT_SERVICE_ANNUAL_CAP);
			case OVERSEAS_INVESTMENT_INSURANCE -> Optional.of(RiskRules.INVESTMENT_ANNUAL_CAP);
			case OVERSEAS_EXHIBITION, HKMT_EXHIBITION, DOMESTIC_EXHIBITION, AEO_CERTIFICATION,
					CANTON_FAIR_DESIGN_AWARD -> Optional.empty();
		};
	}

	/** Per enterprise, type and calendar year of the item: a partly used cap pays what is left. */
	private static Outcome withinAnnualCap(JiangmenItemType type, Grant grant, WorkingSheet c, RunningAwards awards) {
		return annualCap(type).map(cap -> AnnualCap.limit(c, type, cap, grant, awards)).orElse(grant);
	}

	/** 第三条: the city pays all but a district's insurance top-up; 第十九条: a self-funded county pays all. */
	private static ItemAssessment split(int index, ItemKind type, Grant grant, DistrictSetting setting,
			District district, WorkingSheet c) {
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
					+ data.parameter(district, QualityRules.FIRST_SESSION.name()).at(period.from()).value().toPlainString()
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
