package cn.gov.jiangmen.subsidy.policy.jiangmen;

import cn.gov.jiangmen.subsidy.policy.FirstAdvancedAeo;
import cn.gov.jiangmen.subsidy.policy.Grant;
import cn.gov.jiangmen.subsidy.policy.WorkingSheet;
import cn.gov.jiangmen.subsidy.policy.Money;
import cn.gov.jiangmen.subsidy.policy.Outcome;
import cn.gov.jiangmen.subsidy.policy.ParameterKey;
import cn.gov.jiangmen.subsidy.policy.Refusal;
import cn.gov.jiangmen.subsidy.policy.RunningAwards;
import java.math.BigDecimal;
import java.util.Optional;

/** 第十一条: AEO advanced certification and the Canton Fair design award. */
final class QualityRules {

	static final String AEO = "第十一条第（一）项";
	static final String AWARD = "第十一条第（二）项";

	/** The first session whose awards are supported, as the text names it; read on the period's first day. */
	static final ParameterKey FIRST_SESSION = ParameterKey.count("canton_fair_award.first_session");
	static final ParameterKey AMOUNT_SUPREME_GOLD = ParameterKey.money("canton_fair_award.amount.supreme_gold");
	static final ParameterKey AMOUNT_GOLD = ParameterKey.money("canton_fair_award.amount.gold");
	static final ParameterKey AMOUNT_SILVER = ParameterKey.money("canton_fair_award.amount.silver");
	static final ParameterKey AMOUNT_BRONZE = ParameterKey.money("canton_fair_award.amount.bronze");

	private static final FirstAdvancedAeo.Wording AEO_WORDING = new FirstAdvancedAeo.Wording(
			"该企业已获AEO认证支持，每家企业仅支持一次", "首次获得AEO高级认证 %s（每家企业一次）");

	private QualityRules() {
	}

	static Outcome aeo(AeoCertification x, WorkingSheet c, RunningAwards awards, Optional<Refusal> found) {
		return FirstAdvancedAeo.grant(c, AEO, x.level(), x.firstCertification(), JiangmenItemType.AEO_CERTIFICATION, awards,
				AEO_WORDING, found);
	}

	/** The award's amount is shown even when {@code found} refuses it: the trace says what the tier is worth. */
	static Outcome cantonFairAward(CantonFairDesignAward x, WorkingSheet c, Optional<Refusal> found) {
		c.cite(AWARD);
		BigDecimal amount = c.param(amountOf(x.tier()));
		c.step("第" + x.session() + "届广交会设计创新奖" + x.tier().label() + " " + Money.show(amount));
		if (found.isPresent()) {
			return found.get();
		}
		return Grant.of(amount);
	}

	private static ParameterKey amountOf(AwardTier tier) {
		return switch (tier) {
			case SUPREME_GOLD -> AMOUNT_SUPREME_GOLD;
			case GOLD -> AMOUNT_GOLD;
			case SILVER -> AMOUNT_SILVER;
			case BRONZE -> AMOUNT_BRONZE;
		};
	}
}
