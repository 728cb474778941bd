package cn.gov.jiangmen.subsidy.policy;

import java.math.BigDecimal;

/** What a parameter holds, checked for every value when the file is loaded. */
enum ParameterKind {
	/** Yuan at most to the fen, not negative. */
	MONEY("不小于 0、至多两位小数的金额") {
		@Override
		boolean admits(BigDecimal value) {
			return value.signum() >= 0 && value.stripTrailingZeros().scale() <= 2;
		}
	},
	/** A fraction from 0 to 1 (0.05 = 5%). */
	RATE("0 至 1 之间的比例") {
		@Override
		boolean admits(BigDecimal value) {
			return value.signum() >= 0 && value.compareTo(BigDecimal.ONE) <= 0;
		}
	},
	/** A whole number of booths or sessions, at least 1. */
	COUNT("不小于 1 的整数") {
		@Override
		boolean admits(BigDecimal value) {
			return value.signum() > 0 && value.stripTrailingZeros().scale() <= 0
					&& value.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0;
		}
	},
	/** An area in m², above 0. */
	AREA("大于 0 的面积") {
		@Override
		boolean admits(BigDecimal value) {
			return value.signum() > 0;
		}
	};

	private final String expected;

	ParameterKind(String expected) {
		this.expected = expected;
	}

	abstract boolean admits(BigDecimal value);

	void check(DatedSeries<BigDecimal> series, String where) {
		for (Dated<BigDecimal> value : series.values()) {
			if (!admits(value.value())) {
				throw new PolicyDataException(where + series.name() + " " + value.from() + " 至 " + value.to() + " 的取值 "
						+ value.value().toPlainString() + "（" + value.article() + "）应为" + expected);
			}
		}
	}
}
