package cn.gov.jiangmen.subsidy.policy;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A fixed reward per full step of an amount, once the amount reaches a threshold ("执行额50万美元以上的，
 * 按执行额每50万美元奖励1.5万元"). The amount may be in another currency than the reward: the steps are
 * counted in the amount's own unit, so no exchange rate enters. "以上" includes the threshold itself.
 */
public final class StepReward {

	private StepReward() {
	}

	/** The reward, or a refusal below the threshold. */
	public static Outcome of(WorkingSheet c, String what, String unit, BigDecimal amount, ParameterKey thresholdParameter,
			ParameterKey stepParameter, ParameterKey rewardParameter) {
		BigDecimal threshold = c.param(thresholdParameter);
		if (amount.compareTo(threshold) < 0) {
			c.step(what + " " + Money.show(amount) + " " + unit + " < 起点 " + Money.show(threshold) + " " + unit);
			return c.refuse(ReasonCode.BELOW_REWARD_THRESHOLD);
		}
		BigDecimal step = c.param(stepParameter);
		BigDecimal reward = c.param(rewardParameter);
		BigDecimal steps = amount.divide(step, 0, RoundingMode.DOWN);
		BigDecimal total = Money.fen(reward.multiply(steps));
		c.step(what + " " + Money.show(amount) + " " + unit + " ≥ 起点 " + Money.show(threshold) + " " + unit + "；floor("
				+ Money.show(amount) + " ÷ " + Money.show(step) + ") = " + steps.toPlainString() + " 档 × "
				+ Money.show(reward) + " = " + Money.show(total));
		return Grant.of(total);
	}
}
