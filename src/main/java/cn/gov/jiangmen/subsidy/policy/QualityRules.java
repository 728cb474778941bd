package cn.gov.jiangmen.subsidy.policy;

import java.math.BigDecimal;
import java.util.Locale;

/** 第十一条: AEO advanced certification and the Canton Fair design award. */
final class QualityRules {

	static final String AEO = "第十一条第（一）项";
	static final String AWARD = "第十一条第（二）项";

	private QualityRules() {
	}

	static Grant aeo(AeoCertification x, ItemCalc c, RunningAwards awards) {
		c.cite(AEO);
		if (x.level() != AeoLevel.ADVANCED) {
			c.refuse(ReasonCode.NOT_ADVANCED_AEO, AEO);
		}
		if (!x.firstCertification()) {
			c.refuse(ReasonCode.NOT_FIRST_AEO, AEO);
		}
		if (awards.ever(ItemType.AEO_CERTIFICATION)) {
			c.step("该企业已获AEO认证支持，每家企业仅支持一次");
			c.refuse(ReasonCode.AEO_ALREADY_SUPPORTED, AEO);
		}
		if (c.refused()) {
			return null;
		}
		BigDecimal amount = c.param("aeo_certification.amount");
		c.step("首次获得AEO高级认证 " + Money.show(amount) + "（每家企业一次）");
		return Grant.of(amount);
	}

	static Grant cantonFairAward(CantonFairDesignAward x, ItemCalc c) {
		c.cite(AWARD);
		BigDecimal amount = c.param("canton_fair_award.amount." + x.tier().name().toLowerCase(Locale.ROOT));
		c.step("第" + x.session() + "届广交会设计创新奖" + x.tier().label() + " " + Money.show(amount));
		return Grant.of(amount);
	}
}
