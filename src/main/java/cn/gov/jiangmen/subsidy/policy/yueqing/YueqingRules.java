package cn.gov.jiangmen.subsidy.policy.yueqing;

import cn.gov.jiangmen.subsidy.policy.ActualExpenditure;
import cn.gov.jiangmen.subsidy.policy.BoothRate;
import cn.gov.jiangmen.subsidy.policy.CountryGroup;
import cn.gov.jiangmen.subsidy.policy.FirstAdvancedAeo;
import cn.gov.jiangmen.subsidy.policy.Grant;
import cn.gov.jiangmen.subsidy.policy.WorkingSheet;
import cn.gov.jiangmen.subsidy.policy.Money;
import cn.gov.jiangmen.subsidy.policy.RateByClass;
import cn.gov.jiangmen.subsidy.policy.ReasonCode;
import cn.gov.jiangmen.subsidy.policy.RunningAwards;
import cn.gov.jiangmen.subsidy.policy.StepReward;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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

	private static final FirstAdvancedAeo.Wording AEO_WORDING = new FirstAdvancedAeo.Wording(
			"该企业已获海关AEO高级认证一次性奖励", "当年度首次获得海关AEO高级认证，一次性奖励 %s");

	private YueqingRules() {
	}

	/** 一（一）, 一（二）: a rate of the booth fee, at most so much a booth and so many booths. */
	static Grant exhibition(YueqingExhibition x, WorkingSheet c) {
		String article = x.keyExhibition() ? KEY_EXHIBITION : OTHER_EXHIBITION;
		ActualExpenditure.check(c, article, OTHER_SUBSIDIES, x.boothFee(), x.otherSubsidies(), x.requestedAmount());
		if (c.refused()) {
			return null;
		}
		if (x.keyExhibition()) {
			Terms terms = RateByClass.choose(c, List.of(Tier.otherwise("重点支持的境外展会（举办地 " + x.country() + "）",
					"key_exhibition.rate", "key_exhibition.per_booth_max")));
			return Grant.of(BoothRate.of(c, x.booths(), "key_exhibition.max_booths", terms.rate(), terms.max(),
					x.boothFee(), x.otherSubsidies()));
		}
		List<String> groups = groups(c, x.country(), "BELT_AND_ROAD", "RCEP");
		Terms terms = RateByClass.choose(c, List.of(
				new Tier("非重点展会，举办地 " + x.country() + " 属" + String.join("、", groups), !groups.isEmpty(),
						"other_exhibition.rate.belt_and_road_or_rcep", "other_exhibition.per_booth_max.belt_and_road_or_rcep"),
				Tier.otherwise("非重点展会，举办地 " + x.country() + " 不属“一带一路”沿线国家或RCEP国家", "other_exhibition.rate",
						"other_exhibition.per_booth_max")));
		return Grant.of(BoothRate.of(c, x.booths(), "other_exhibition.max_booths", terms.rate(), terms.max(),
				x.boothFee(), x.otherSubsidies()));
	}

	/** 二（二）: a rate of the fees up to a maximum per certification, both higher for other RCEP countries. */
	static Grant certification(YueqingCertification x, WorkingSheet c) {
		c.cite(CERTIFICATION);
		selfOperatedExports(x.selfOperatedExports(), c, CERTIFICATION);
		ActualExpenditure.check(c, CERTIFICATION, OTHER_SUBSIDIES, x.fees(), x.otherSubsidies(), x.requestedAmount());
		if (c.refused()) {
			return null;
		}
		List<String> rcep = groups(c, x.country(), "RCEP");
		Terms terms = RateByClass.choose(c, List.of(
				new Tier("产品输入国 " + x.country() + " 属" + String.join("、", rcep), !rcep.isEmpty(),
						"product_certification.rate.rcep", "product_certification.per_item_max.rcep"),
				Tier.otherwise("产品输入国 " + x.country(), "product_certification.rate",
						"product_certification.per_item_max")));
		BigDecimal byRate = ActualExpenditure.percentOf(c, "认证费和检验检测费 ", terms.rate(), x.fees(), x.otherSubsidies());
		BigDecimal amount = Money.min(byRate, terms.max());
		c.step("每项 min(" + Money.show(byRate) + ", " + Money.show(terms.max()) + ") = " + Money.show(amount));
		return Grant.of(amount);
	}

	/** 二（三）: a rate of the registration fees; the per-enterprise maximum is the annual cap. */
	static Grant trademark(YueqingTrademark x, WorkingSheet c) {
		c.cite(TRADEMARK);
		selfOperatedExports(x.selfOperatedExports(), c, TRADEMARK);
		ActualExpenditure.check(c, TRADEMARK, OTHER_SUBSIDIES, x.fees(), x.otherSubsidies(), x.requestedAmount());
		if (c.refused()) {
			return null;
		}
		return Grant.of(ActualExpenditure.percentOf(c, "商标注册费 ", c.param("trademark_registration.rate"), x.fees(),
				x.otherSubsidies()));
	}

	/** 三（二）: a reward per full 500,000 USD executed, from 500,000 USD on; the maximum is the annual cap. */
	static Grant outsourcing(YueqingOutsourcing x, WorkingSheet c) {
		c.cite(OUTSOURCING);
		BigDecimal reward = StepReward.of(c, x.year() + "年离岸服务外包合同执行额", "美元", x.executedUsd(),
				"offshore_outsourcing.threshold_usd", "offshore_outsourcing.step_usd", "offshore_outsourcing.reward_per_step");
		return reward == null ? null : Grant.of(reward);
	}

	/** 五（一）: the rate of the premium by the enterprise's class: joint platform, key exporter, or any other. */
	static Grant insurance(YueqingCreditInsurance x, WorkingSheet c) {
		c.cite(INSURANCE);
		ActualExpenditure.check(c, INSURANCE, OTHER_SUBSIDIES, x.premiumPaid(), x.otherSubsidies(), x.requestedAmount());
		if (c.refused()) {
			return null;
		}
		BigDecimal threshold = c.param("export_credit_insurance.key_exporter_min_usd");
		boolean key = x.exportsToUsUsd().compareTo(threshold) >= 0 || x.exportsToRcepUsd().compareTo(threshold) >= 0;
		String exports = "对美出口 " + Money.show(x.exportsToUsUsd()) + " 美元、对RCEP协定国出口 "
				+ Money.show(x.exportsToRcepUsd()) + " 美元";
		Terms terms = RateByClass.choose(c, List.of(
				new Tier("小微出口企业信用保险联保平台参保企业", x.jointPlatform(), "export_credit_insurance.rate.joint_platform",
						null),
				new Tier("重点企业（" + exports + "，至少一项 ≥ " + Money.show(threshold) + " 美元）", key,
						"export_credit_insurance.rate.key_exporter", null),
				Tier.otherwise("一般企业（" + exports + "，均 < " + Money.show(threshold) + " 美元）",
						"export_credit_insurance.rate", null)));
		return Grant.of(ActualExpenditure.percentOf(c, "保费 ", terms.rate(), x.premiumPaid(), x.otherSubsidies()));
	}

	/** 七: the first advanced certification, rewarded once ("一次性"). */
	static Grant aeo(YueqingAeo x, WorkingSheet c, RunningAwards awards) {
		return FirstAdvancedAeo.grant(c, AEO, x.level(), x.firstCertification(), YueqingItemType.AEO_CERTIFICATION,
				awards, AEO_WORDING);
	}

	/** 二（二）, 二（三）: "对有自营出口业绩的企业". */
	private static void selfOperatedExports(boolean has, WorkingSheet c, String article) {
		if (!has) {
			c.refuse(ReasonCode.NO_TRADE_RECORD, article);
		}
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
