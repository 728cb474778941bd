package cn.gov.jiangmen.subsidy.policy;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A fixed amount ({@code aeo_certification.amount}) for an enterprise's first advanced customs AEO
 * certification, once per enterprise ever: Jiangmen's 第十一条第（一）项 and Yueqing's 七 are the same
 * rule with their own amounts and words.
 */
public final class FirstAdvancedAeo {

	/** Jiangmen's 第十一条第（一）项 "给予一次性5万元奖励", Yueqing's 七 likewise, each from its own file. */
	public static final ParameterKey AMOUNT = ParameterKey.money("aeo_certification.amount");

	/** How a pack says it in the trace; {@code granted} takes the amount as its one {@code %s}. */
	public record Wording(String alreadySupported, String granted) {
	}

	private FirstAdvancedAeo() {
	}

	/**
	 * {@code found}: what the pack found against the item before this rule; the amount is computed
	 * only when nothing was, and a refusal lists the pack's reasons first.
	 */
	public static Outcome grant(WorkingSheet c, String article, AeoLevel level, boolean firstCertification, ItemKind kind,
			RunningAwards awards, Wording wording, Optional<Refusal> found) {
		c.cite(article);
		Optional<Refusal> notAdvanced = level != AeoLevel.ADVANCED
				? Optional.of(c.refuse(ReasonCode.NOT_ADVANCED_AEO, article)) : Optional.empty();
		Optional<Refusal> notFirst = !firstCertification
				? Optional.of(c.refuse(ReasonCode.NOT_FIRST_AEO, article)) : Optional.empty();
		Optional<Refusal> already = Optional.empty();
		if (awards.ever(kind)) {
			c.step(wording.alreadySupported());
			already = Optional.of(c.refuse(ReasonCode.AEO_ALREADY_SUPPORTED, article));
		}
		Optional<Refusal> against = Refusal.all(found, notAdvanced, notFirst, already);
		if (against.isPresent()) {
			return against.get();
		}
		BigDecimal amount = c.param(AMOUNT);
		c.step(String.format(wording.granted(), Money.show(amount)));
		return Grant.of(amount);
	}
}
