package cn.gov.jiangmen.subsidy.policy;

import java.math.BigDecimal;

/**
 * A fixed amount ({@code aeo_certification.amount}) for an enterprise's first advanced customs AEO
 * certification, once per enterprise ever: Jiangmen's 第十一条第（一）项 and Yueqing's 七 are the same
 * rule with their own amounts and words.
 */
public final class FirstAdvancedAeo {

	/** How a pack says it in the trace; {@code granted} takes the amount as its one {@code %s}. */
	public record Wording(String alreadySupported, String granted) {
	}

	private FirstAdvancedAeo() {
	}

	public static Grant grant(WorkingSheet c, String article, AeoLevel level, boolean firstCertification, ItemKind kind,
			RunningAwards awards, Wording wording) {
		c.cite(article);
		if (level != AeoLevel.ADVANCED) {
			c.refuse(ReasonCode.NOT_ADVANCED_AEO, article);
		}
		if (!firstCertification) {
			c.refuse(ReasonCode.NOT_FIRST_AEO, article);
		}
		if (awards.ever(kind)) {
			c.step(wording.alreadySupported());
			c.refuse(ReasonCode.AEO_ALREADY_SUPPORTED, article);
		}
		if (c.refused()) {
			return null;
		}
		BigDecimal amount = c.param("aeo_certification.amount");
		c.step(String.format(wording.granted(), Money.show(amount)));
		return Grant.of(amount);
	}
}
