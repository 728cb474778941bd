package cn.gov.jiangmen.subsidy.policy;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * 乐清《关于促进外贸稳定增长的若干意见（意见征求稿）》, over the parameters of
 * {@code policy/yueqing-2022.yaml}. Each item goes through the same steps: period (八), the rule of
 * its article, the annual count cap, the annual amount cap, the amount asked for. The draft has no
 * districts and pays from one purse, so the whole amount is the city's (乐清市级) share.
 */
public final class YueqingDraft2022Policy implements Policy {

	public static final String ID = "yueqing-2022";

	public static final String RESOURCE = "/policy/yueqing-2022.yaml";

	private static final Map<YueqingItemType, String> COUNT_CAPS = Map.of(
			YueqingItemType.KEY_OVERSEAS_EXHIBITION, "key_exhibition.annual_count_cap",
			YueqingItemType.OTHER_OVERSEAS_EXHIBITION, "other_exhibition.annual_count_cap",
			YueqingItemType.PRODUCT_CERTIFICATION, "product_certification.annual_count_cap");

	private static final Map<YueqingItemType, String> ANNUAL_CAPS = Map.of(
			YueqingItemType.TRADEMARK_REGISTRATION, "trademark_registration.annual_cap",
			YueqingItemType.OFFSHORE_OUTSOURCING, "offshore_outsourcing.annual_cap",
			YueqingItemType.EXPORT_CREDIT_INSURANCE, "export_credit_insurance.annual_cap");

	/** Read by the rules; checked at load so a broken file fails at start-up, not on an application. */
	private static final List<String> REQUIRED = List.of("booth.standard_area_sqm", "key_exhibition.rate",
			"key_exhibition.per_booth_max", "key_exhibition.max_booths", "key_exhibition.annual_count_cap",
			"other_exhibition.rate", "other_exhibition.per_booth_max", "other_exhibition.rate.belt_and_road_or_rcep",
			"other_exhibition.per_booth_max.belt_and_road_or_rcep", "other_exhibition.max_booths",
			"other_exhibition.annual_count_cap", "product_certification.rate", "product_certification.per_item_max",
			"product_certification.rate.rcep", "product_certification.per_item_max.rcep",
			"product_certification.annual_count_cap", "trademark_registration.rate", "trademark_registration.annual_cap",
			"offshore_outsourcing.threshold_usd", "offshore_outsourcing.step_usd", "offshore_outsourcing.reward_per_step",
			"offshore_outsourcing.annual_cap", "export_credit_insurance.rate",
			"export_credit_insurance.key_exporter_min_usd", "export_credit_insurance.rate.key_exporter",
			"export_credit_insurance.rate.joint_platform", "export_credit_insurance.annual_cap",
			"aeo_certification.amount");

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
		REQUIRED.forEach(data::requireParameter);
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
		return RunningAwards.assessInOrder(ID, YueqingItemType.class, items, prior, this::assess);
	}

	private ItemAssessment assess(int index, ClaimItem item, RunningAwards awards) {
		YueqingItemType kind = (YueqingItemType) item.type();
		ItemCalc c = new ItemCalc(data, null, item.date(), (reason, article) -> wording(reason));
		if (!data.period().admits(c)) {
			return c.refusal(index, kind);
		}
		Grant grant = rule(item, c, awards);
		c.cite(data.period().article());
		if (grant == null || c.refused()) {
			return c.refusal(index, kind);
		}
		String countCap = COUNT_CAPS.get(kind);
		if (countCap != null && AnnualCountCap.reached(c, kind, countCap, awards)) {
			return c.refusal(index, kind);
		}
		String cap = ANNUAL_CAPS.get(kind);
		if (cap != null) {
			grant = AnnualCap.limit(c, kind, cap, grant, awards);
			if (grant == null) {
				return c.refusal(index, kind);
			}
		}
		BigDecimal amount = Money.fen(RequestedAmount.limit(c, item.requestedAmount(), grant).total());
		c.step("合计 " + Money.show(amount));
		return c.grant(index, kind, amount, Money.ZERO);
	}

	private static Grant rule(ClaimItem item, ItemCalc c, RunningAwards awards) {
		if (item instanceof YueqingExhibition x) {
			return YueqingRules.exhibition(x, c);
		}
		if (item instanceof YueqingCertification x) {
			return YueqingRules.certification(x, c);
		}
		if (item instanceof YueqingTrademark x) {
			return YueqingRules.trademark(x, c);
		}
		if (item instanceof YueqingOutsourcing x) {
			return YueqingRules.outsourcing(x, c);
		}
		if (item instanceof YueqingCreditInsurance x) {
			return YueqingRules.insurance(x, c);
		}
		if (item instanceof YueqingAeo x) {
			return YueqingRules.aeo(x, c, awards);
		}
		throw new IllegalArgumentException("no rule of " + ID + " for " + item.getClass().getSimpleName());
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
