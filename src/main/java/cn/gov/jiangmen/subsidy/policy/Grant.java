package cn.gov.jiangmen.subsidy.policy;

import java.math.BigDecimal;
import java.util.function.Function;

/**
 * An amount before it is split between payers: the policy's own share and a district's top-up on
 * it (第十条第（一）项); the top-up is zero for every other kind of item.
 */
public record Grant(BigDecimal main, BigDecimal topUp) implements Outcome {

	public static Grant of(BigDecimal main) {
		return new Grant(main, Money.ZERO);
	}

	public BigDecimal total() {
		return main.add(topUp);
	}

	/** Main share first, the top-up fills at most what is left: the order 第十条第（一）项 implies. */
	public Grant limitedTo(BigDecimal limit) {
		BigDecimal newMain = Money.min(main, limit);
		return new Grant(newMain, Money.min(topUp, limit.subtract(newMain)));
	}

	@Override
	public Outcome andThen(Function<Grant, Outcome> next) {
		return next.apply(this);
	}

	@Override
	public <R> R fold(Function<Refusal, R> refused, Function<Grant, R> granted) {
		return granted.apply(this);
	}
}
