package cn.gov.jiangmen.subsidy.policy.yueqing;

import cn.gov.jiangmen.subsidy.policy.AnnualCap;
import cn.gov.jiangmen.subsidy.policy.Refusal;
import cn.gov.jiangmen.subsidy.policy.ParameterKey;
import cn.gov.jiangmen.subsidy.policy.Outcome;
import cn.gov.jiangmen.subsidy.policy.FirstAdvancedAeo;
import cn.gov.jiangmen.subsidy.policy.BoothCount;
import cn.gov.jiangmen.subsidy.policy.AnnualCountCap;
import cn.gov.jiangmen.subsidy.policy.Assessment;
import cn.gov.jiangmen.subsidy.policy.ClaimItem;
import cn.gov.jiangmen.subsidy.policy.Enterprise;
import cn.gov.jiangmen.subsidy.policy.Grant;
import cn.gov.jiangmen.subsidy.policy.ItemAssessment;
import cn.gov.jiangmen.subsidy.policy.WorkingSheet;
import cn.gov.jiangmen.subsidy.policy.Money;
import cn.gov.jiangmen.subsidy.policy.Policy;
import cn.gov.jiangmen.subsidy.policy.PolicyData;
import cn.gov.jiangmen.subsidy.policy.PolicyDataLoader;
import cn.gov.jiangmen.subsidy.policy.PriorAwards;
import cn.gov.jiangmen.subsidy.policy.ReasonCode;
import cn.gov.jiangmen.subsidy.policy.RequestedAmount;
import cn.gov.jiangmen.subsidy.policy.RunningAwards;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * 乐清《关于促进外贸稳定增长的若干意见（意见征求稿）》, over the parameters of
 * {@code policy/yueqing-2022.yaml}. Each item goes through the same steps: period (八), the rule of
 * its article, the annual count cap, the annual amount cap, the amount asked for. The draft has no
 * districts and pays from one purse, so the whole amount is the city's (乐清市级) share.
 */
public final class YueqingDraft2022Policy implements Policy {

	public static final String ID = "yueqing-2022";

	public static final String RESOURCE = "/policy/yueqing-2022.yaml";

	/** Read by the rules, with what each holds: each declared once, in the rule class that reads it. */
	private static final Collection<ParameterKey> PARAMETERS = ParameterKey
		.declaredIn(BoothCount.class, FirstAdvancedAeo.class, YueqingRules.class)
		.values();

	private static final List<String> GROUPS = List.of("RCEP", "BELT_AND_ROAD");

	private final PolicyData data;

	YueqingDraft2022Policy(PolicyData data) {
		if (!ID.equals(data.id())) {
			throw new IllegalArgumentException("not the " + ID + " policy file: " + data.id());
		}
		if (data.hasDistricts()) {
			throw new IllegalArgumentException("policy " + ID + " has no districts; its file must not name any");
		}
		data.requireEveryDayCovered();
		ParameterKey.check(data, PARAMETERS);
		for (String key : GROUPS) {
			if (data.countryGroups().stream().noneMatch(group -> group.key().equals(key))) {
				throw new IllegalArgumentException("policy " + ID + " has no country group " + key);
			}
		}
		this.data = data;
	}

	/** The parameters shipped with the application. */
	public static YueqingDraft2022Policy fromClasspath() {
		return new YueqingDraft2022Policy(PolicyDataLoader.loadResource(RESOURCE));
	}

	public static YueqingDraft2022Policy from(InputStream yaml) {
		return new YueqingDraft2022Policy(PolicyDataLoader.load(yaml));
	}

	@Override
	public String id() {
		return ID;
	}

	/**
	 * The draft asks nothing of the enterprise itself: its conditions are facts of the items. Nor does
	 * it say that only money already paid is supported, so {@code today} is not read.
	 */
	@Override
	public Assessment assess(Enterprise enterprise, List<ClaimItem> items, PriorAwards prior, LocalDate today) {
		return RunningAwards.assessInOrder(ID, YueqingItem.class, items, prior, this::assess);
	}

	private ItemAssessment assess(int index, YueqingItem item, RunningAwards awards) {
		YueqingItemType kind = item.type();
		WorkingSheet c = new WorkingSheet(data, null, item.date(), (reason, article) -> wording(reason));
		Optional<Refusal> outside = data.period().refusesOutside(c);
		if (outside.isPresent()) {
			return c.refusal(index, kind, outside.get());
		}
		Outcome ruled = item.accept(new ItemRules(c, awards));
		c.cite(data.period().article());
		return ruled.andThen(grant -> withinCountCap(kind, grant, c, awards))
			.andThen(grant -> withinAnnualCap(kind, grant, c, awards))
			.fold(refusal -> c.refusal(index, kind, refusal), grant -> {
				BigDecimal amount = Money.fen(RequestedAmount.limit(c, item.requestedAmount(), grant).total());
				c.step("合计 " + Money.show(amount));
				return c.grant(index, kind, amount, Money.ZERO);
			});
	}

	/** The rule of each item's article. */
	private record ItemRules(WorkingSheet c, RunningAwards awards) implements YueqingItem.Rules<Outcome> {

		@Override
		public Outcome exhibition(YueqingExhibition item) {
			return YueqingRules.exhibition(item, c);
		}

		@Override
		public Outcome certification(YueqingCertification item) {
			return YueqingRules.certification(item, c);
		}

		@Override
		public Outcome trademark(YueqingTrademark item) {
			return YueqingRules.trademark(item, c);
		}

		@Override
		public Outcome outsourcing(YueqingOutsourcing item) {
			return YueqingRules.outsourcing(item, c);
		}

		@Override
		public Outcome creditInsurance(YueqingCreditInsurance item) {
			return YueqingRules.insurance(item, c);
		}

		@Override
		public Outcome aeo(YueqingAeo item) {
			return YueqingRules.aeo(item, c, awards);
		}
	}

	/** "每家企业每年最多补助3个展会" and the like; the other kinds have no such cap. */
	private static Optional<ParameterKey> countCap(YueqingItemType kind) {
		return switch (kind) {
			case KEY_OVERSEAS_EXHIBITION -> Optional.of(YueqingRules.KEY_ANNUAL_COUNT_CAP);
			case OTHER_OVERSEAS_EXHIBITION -> Optional.of(YueqingRules.OTHER_ANNUAL_COUNT_CAP);
			case PRODUCT_CERTIFICATION -> Optional.of(YueqingRules.CERTIFICATION_ANNUAL_COUNT_CAP);
			case TRADEMARK_REGISTRATION, OFFSHORE_OUTSOURCING, EXPORT_CREDIT_INSURANCE, AEO_CERTIFICATION -> Optional.empty();
		};
	}

	/** An amount per enterprise and year, where the draft sets one; the other kinds have none. */
	private static Optional<ParameterKey> annualCap(YueqingItemType kind) {
		return switch (kind) {
			case TRADEMARK_REGISTRATION -> Optional.of(YueqingRules.TRADEMARK_ANNUAL_CAP);
			case OFFSHORE_OUTSOURCING -> Optional.of(YueqingRules.OUTSOURCING_ANNUAL_CAP);
			case EXPORT_CREDIT_INSURANCE -> Optional.of(YueqingRules.INSURANCE_ANNUAL_CAP);
			case KEY_OVERSEAS_EXHIBITION, OTHER_OVERSEAS_EXHIBITION, PRODUCT_CERTIFICATION, AEO_CERTIFICATION ->
				Optional.empty();
		};
	}

	private static Outcome withinCountCap(YueqingItemType kind, Grant grant, WorkingSheet c, RunningAwards awards) {
		Optional<ParameterKey> cap = countCap(kind);
		if (cap.isEmpty()) {
			return grant;
		}
		Optional<Refusal> reached = AnnualCountCap.reached(c, kind, cap.get(), awards);
		if (reached.isPresent()) {
			return reached.get();
		}
		return grant;
	}

	private static Outcome withinAnnualCap(YueqingItemType kind, Grant grant, WorkingSheet c, RunningAwards awards) {
		return annualCap(kind).map(cap -> AnnualCap.limit(c, kind, cap, grant, awards)).orElse(grant);
	}

	/** The codes' labels cite Jiangmen's articles; the trace words a refusal in this draft's terms. */
	private String wording(ReasonCode reason) {
		return switch (reason) {
			case OUTSIDE_POLICY_PERIOD -> "项目发生时间不在本意见期限内（" + data.period().article() + "）";
			case NO_TRADE_RECORD -> "无自营出口业绩";
			case FULLY_SUBSIDISED -> "其他补贴已覆盖实际支出";
			case EXCEEDS_ACTUAL_EXPENDITURE -> "申请金额超出实际支出额";
			case ANNUAL_CAP_REACHED -> "已达每家企业年度补助上限";
			case ANNUAL_COUNT_CAP_REACHED, BELOW_REWARD_THRESHOLD -> reason.label();
			case NOT_ADVANCED_AEO -> "认证企业类型不是高级认证";
			case NOT_FIRST_AEO -> "不是当年度首次获得海关AEO高级认证";
			case AEO_ALREADY_SUPPORTED -> "该企业已获海关AEO高级认证一次性奖励";
			default -> throw new IllegalStateException(reason + " is not a reason of " + ID);
		};
	}
}
