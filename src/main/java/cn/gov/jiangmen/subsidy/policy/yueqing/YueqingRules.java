package cn.gov.jiangmen.subsidy.policy.yueqing;

import cn.gov.jiangmen.subsidy.policy.ActualExpenditure;
import cn.gov.jiangmen.subsidy.policy.BoothRate;
import cn.gov.jiangmen.subsidy.policy.CountryGroup;
import cn.gov.jiangmen.subsidy.policy.FirstAdvancedAeo;
import cn.gov.jiangmen.subsidy.policy.Grant;
import cn.gov.jiangmen.subsidy.policy.WorkingSheet;
import cn.gov.jiangmen.subsidy.policy.Money;
import cn.gov.jiangmen.subsidy.policy.Outcome;
import cn.gov.jiangmen.subsidy.policy.ParameterKey;
import cn.gov.jiangmen.subsidy.policy.RateByClass;
import cn.gov.jiangmen.subsidy.policy.ReasonCode;
import cn.gov.jiangmen.subsidy.policy.Refusal;
import cn.gov.jiangmen.subsidy.policy.RunningAwards;
import cn.gov.jiangmen.subsidy.policy.StepReward;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import cn.gov.jiangmen.subsidy.policy.RateByClass.Terms;
import cn.gov.jiangmen.subsidy.policy.RateByClass.Tier;

/** The computable articles of the Yueqing draft, each over the parameters of {@code policy/yueqing-2022.yaml}. */
final class YueqingRules {

	static final String KEY_EXHIBITION = "一（一）";
	static final String OTHER_EXHIBITION = "一（二）";
	static final String CERTIFICATION = "二（二）";
	static final String TRADEMARK = "二（三）";
	static final String OUTSOURCING = "三（二）";
	static final String INSURANCE = "五（一）";
	static final String AEO = "七";

	/** The draft names no source; whatever else already paid for the same item is deducted. */
	private static final String OTHER_SUBSIDIES = "已获其他补贴";

	static final ParameterKey KEY_RATE = ParameterKey.rate("key_exhibition.rate");
	static final ParameterKey KEY_PER_BOOTH_MAX = ParameterKey.money("key_exhibition.per_booth_max");
	static final ParameterKey KEY_MAX_BOOTHS = ParameterKey.count("key_exhibition.max_booths");
	static final ParameterKey KEY_ANNUAL_COUNT_CAP = ParameterKey.count("key_exhibition.annual_count_cap");
	static final ParameterKey OTHER_RATE = ParameterKey.rate("other_exhibition.rate");
	static final ParameterKey OTHER_PER_BOOTH_MAX = ParameterKey.money("other_exhibition.per_booth_max");
	static final ParameterKey OTHER_RATE_BELT_AND_ROAD_OR_RCEP = ParameterKey
		.rate("other_exhibition.rate.belt_and_road_or_rcep");
	static final ParameterKey OTHER_PER_BOOTH_MAX_BELT_AND_ROAD_OR_RCEP = ParameterKey
		.money("other_exhibition.per_booth_max.belt_and_road_or_rcep");
	static final ParameterKey OTHER_MAX_BOOTHS = ParameterKey.count("other_exhibition.max_booths");
	static final ParameterKey OTHER_ANNUAL_COUNT_CAP = ParameterKey.count("other_exhibition.annual_count_cap");
	static final ParameterKey CERTIFICATION_RATE = ParameterKey.rate("product_certification.rate");
	static final ParameterKey CERTIFICATION_PER_ITEM_MAX = ParameterKey.money("product_certification.per_item_max");
	static final ParameterKey CERTIFICATION_RATE_RCEP = ParameterKey.rate("product_certification.rate.rcep");
	static final ParameterKey CERTIFICATION_PER_ITEM_MAX_RCEP = ParameterKey
		.money("product_certification.per_item_max.rcep");
	static final ParameterKey CERTIFICATION_ANNUAL_COUNT_CAP = ParameterKey
		.count("product_certification.annual_count_cap");
	static final ParameterKey TRADEMARK_RATE = ParameterKey.rate("trademark_registration.rate");
	static final ParameterKey TRADEMARK_ANNUAL_CAP = ParameterKey.money("trademark_registration.annual_cap");
	static final ParameterKey OUTSOURCING_THRESHOLD_USD = ParameterKey.money("offshore_outsourcing.threshold_usd");
	static final ParameterKey OUTSOURCING_STEP_USD = ParameterKey.money("offshore_outsourcing.step_usd");
	static final ParameterKey OUTSOURCING_REWARD_PER_STEP = ParameterKey.money("offshore_outsourcing.reward_per_step");
	static final ParameterKey OUTSOURCING_ANNUAL_CAP = ParameterKey.money("offshore_outsourcing.annual_cap");
	static final ParameterKey INSURANCE_RATE = ParameterKey.rate("export_credit_insurance.rate");
	static final ParameterKey INSURANCE_KEY_EXPORTER_MIN_USD = ParameterKey
		.money("export_credit_insurance.key_exporter_min_usd");
	static final ParameterKey INSURANCE_RATE_KEY_EXPORTER = ParameterKey.rate("export_credit_insurance.rate.key_exporter");
	static final ParameterKey INSURANCE_RATE_JOINT_PLATFORM = ParameterKey
		.rate("export_credit_insurance.rate.joint_platform");
	static final ParameterKey INSURANCE_ANNUAL_CAP = ParameterKey.money("export_credit_insurance.annual_cap");

	private static final FirstAdvancedAeo.Wording AEO_WORDING = new FirstAdvancedAeo.Wording(
			"该企业已获海关AEO高级认证一次性奖励", "当年度首次获得海关AEO高级认证，一次性奖励 %s");

	private YueqingRules() {
	}

	/** 一（一）, 一（二）: a rate of the booth fee, at most so much a booth and so many booths. */
	static Outcome exhibition(YueqingExhibition x, WorkingSheet c) {
		String article = x.keyExhibition() ? KEY_EXHIBITION : OTHER_EXHIBITION;
		Optional<Refusal> against = ActualExpenditure.check(c, article, OTHER_SUBSIDIES, x.boothFee(), x.otherSubsidies(),
				x.requestedAmount());
		if (against.isPresent()) {
			return against.get();
		}
		if (x.keyExhibition()) {
			Terms terms = RateByClass.choose(c, List.of(Tier.otherwise("重点支持的境外展会（举办地 " + x.country() + "）",
					KEY_RATE, KEY_PER_BOOTH_MAX)));
			return BoothRate.of(c, x.booths(), KEY_MAX_BOOTHS, terms.rate(), terms.max(), x.boothFee(),
					x.otherSubsidies());
		}
		List<String> groups = groups(c, x.country(), "BELT_AND_ROAD", "RCEP");
		Terms terms = RateByClass.choose(c, List.of(
				new Tier("非重点展会，举办地 " + x.country() + " 属" + String.join("、", groups), !groups.isEmpty(),
						OTHER_RATE_BELT_AND_ROAD_OR_RCEP, OTHER_PER_BOOTH_MAX_BELT_AND_ROAD_OR_RCEP),
				Tier.otherwise("非重点展会，举办地 " + x.country() + " 不属“一带一路”沿线国家或RCEP国家", OTHER_RATE,
						OTHER_PER_BOOTH_MAX)));
		return BoothRate.of(c, x.booths(), OTHER_MAX_BOOTHS, terms.rate(), terms.max(), x.boothFee(),
				x.otherSubsidies());
	}

	/** 二（二）: a rate of the fees up to a maximum per certification, both higher for other RCEP countries. */
	static Outcome certification(YueqingCertification x, WorkingSheet c) {
		c.cite(CERTIFICATION);
		Optional<Refusal> against = Refusal.all(selfOperatedExports(x.selfOperatedExports(), c, CERTIFICATION),
				ActualExpenditure.check(c, CERTIFICATION, OTHER_SUBSIDIES, x.fees(), x.otherSubsidies(),
						x.requestedAmount()));
		if (against.isPresent()) {
			return against.get();
		}
		List<String> rcep = groups(c, x.country(), "RCEP");
		Terms terms = RateByClass.choose(c, List.of(
				new Tier("产品输入国 " + x.country() + " 属" + String.join("、", rcep), !rcep.isEmpty(),
						CERTIFICATION_RATE_RCEP, CERTIFICATION_PER_ITEM_MAX_RCEP),
				Tier.otherwise("产品输入国 " + x.country(), CERTIFICATION_RATE, CERTIFICATION_PER_ITEM_MAX)));
		BigDecimal byRate = ActualExpenditure.percentOf(c, "认证费和检验检测费 ", terms.rate(), x.fees(), x.otherSubsidies());
		BigDecimal amount = Money.min(byRate, terms.max());
		c.step("每项 min(" + Money.show(byRate) + ", " + Money.show(terms.max()) + ") = " + Money.show(amount));
		return Grant.of(amount);
	}

	/** 二（三）: a rate of the registration fees; the per-enterprise maximum is the annual cap. */
	static Outcome trademark(YueqingTrademark x, WorkingSheet c) {
		c.cite(TRADEMARK);
		Optional<Refusal> against = Refusal.all(selfOperatedExports(x.selfOperatedExports(), c, TRADEMARK),
				ActualExpenditure.check(c, TRADEMARK, OTHER_SUBSIDIES, x.fees(), x.otherSubsidies(), x.requestedAmount()));
		if (against.isPresent()) {
			return against.get();
		}
		return Grant.of(ActualExpenditure.percentOf(c, "商标注册费 ", c.param(TRADEMARK_RATE), x.fees(),
				x.otherSubsidies()));
	}

	/** 三（二）: a reward per full 500,000 USD executed, from 500,000 USD on; the maximum is the annual cap. */
	static Outcome outsourcing(YueqingOutsourcing x, WorkingSheet c) {
		c.cite(OUTSOURCING);
		return StepReward.of(c, x.year() + "年离岸服务外包合同执行额", "美元", x.executedUsd(), OUTSOURCING_THRESHOLD_USD,
				OUTSOURCING_STEP_USD, OUTSOURCING_REWARD_PER_STEP);
	}

	/** 五（一）: the rate of the premium by the enterprise's class: joint platform, key exporter, or any other. */
	static Outcome insurance(YueqingCreditInsurance x, WorkingSheet c) {
		c.cite(INSURANCE);
		Optional<Refusal> against = ActualExpenditure.check(c, INSURANCE, OTHER_SUBSIDIES, x.premiumPaid(),
				x.otherSubsidies(), x.requestedAmount());
		if (against.isPresent()) {
			return against.get();
		}
		BigDecimal threshold = c.param(INSURANCE_KEY_EXPORTER_MIN_USD);
		boolean key = x.exportsToUsUsd().compareTo(threshold) >= 0 || x.exportsToRcepUsd().compareTo(threshold) >= 0;
		String exports = "对美出口 " + Money.show(x.exportsToUsUsd()) + " 美元、对RCEP协定国出口 "
				+ Money.show(x.exportsToRcepUsd()) + " 美元";
		Terms terms = RateByClass.choose(c, List.of(
				new Tier("小微出口企业信用保险联保平台参保企业", x.jointPlatform(), INSURANCE_RATE_JOINT_PLATFORM, null),
				new Tier("重点企业（" + exports + "，至少一项 ≥ " + Money.show(threshold) + " 美元）", key, INSURANCE_RATE_KEY_EXPORTER,
						null),
				Tier.otherwise("一般企业（" + exports + "，均 < " + Money.show(threshold) + " 美元）",
						INSURANCE_RATE, null)));
		return Grant.of(ActualExpenditure.percentOf(c, "保费 ", terms.rate(), x.premiumPaid(), x.otherSubsidies()));
	}

	/** 七: the first advanced certification, rewarded once ("一次性"). */
	static Outcome aeo(YueqingAeo x, WorkingSheet c, RunningAwards awards) {
		return FirstAdvancedAeo.grant(c, AEO, x.level(), x.firstCertification(), YueqingItemType.AEO_CERTIFICATION,
				awards, AEO_WORDING, Optional.empty());
	}

	/** 二（二）, 二（三）: "对有自营出口业绩的企业". */
	private static Optional<Refusal> selfOperatedExports(boolean has, WorkingSheet c, String article) {
		return has ? Optional.empty() : Optional.of(c.refuse(ReasonCode.NO_TRADE_RECORD, article));
	}

	/** The labels of the file's groups, among those keys, that the country belongs to. */
	private static List<String> groups(WorkingSheet c, String country, String... keys) {
		List<String> wanted = Arrays.asList(keys);
		List<String> labels = new ArrayList<>();
		for (CountryGroup group : c.data().countryGroups()) {
			if (wanted.contains(group.key()) && group.members().contains(country)) {
				labels.add(group.label());
			}
		}
		return labels;
	}
}
