package cn.gov.jiangmen.subsidy.policy.jiangmen;

import cn.gov.jiangmen.subsidy.policy.FirstAdvancedAeo;
import cn.gov.jiangmen.subsidy.policy.Grant;
import cn.gov.jiangmen.subsidy.policy.WorkingSheet;
import cn.gov.jiangmen.subsidy.policy.Money;
import cn.gov.jiangmen.subsidy.policy.RunningAwards;
import java.math.BigDecimal;
import java.util.Locale;

/** 第十一条: AEO advanced certification and the Canton Fair design award. */
final class QualityRules {

	static final String AEO = "第十一条第（一）项";
	static final String AWARD = "第十一条第（二）项";

	private static final FirstAdvancedAeo.Wording AEO_WORDING = new FirstAdvancedAeo.Wording(
			"该企业已获AEO认证支持，每家企业仅支持一次", "首次获得AEO高级认证 %s（每家企业一次）");

	private QualityRules() {
	}

	static Grant aeo(AeoCertification x, WorkingSheet c, RunningAwards awards) {
		return FirstAdvancedAeo.grant(c, AEO, x.level(), x.firstCertification(), JiangmenItemType.AEO_CERTIFICATION, awards,
				AEO_WORDING);
	}

	static Grant cantonFairAward(CantonFairDesignAward x, WorkingSheet c) {
		c.cite(AWARD);
		BigDecimal amount = c.param("canton_fair_award.amount." + x.tier().name().toLowerCase(Locale.ROOT));
		c.step("第" + x.session() + "届广交会设计创新奖" + x.tier().label() + " " + Money.show(amount));
		return Grant.of(amount);
	}
}
