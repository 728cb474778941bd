package cn.gov.jiangmen.subsidy.policy;

import java.math.BigDecimal;
import java.util.Objects;

/** Checks shared by the value objects' constructors. */
public final class ValueChecks {

	private ValueChecks() {
	}

	public static void requireText(String value, String name) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(name + " must not be blank");
		}
	}

	public static BigDecimal requireMoney(BigDecimal value, String name) {
		Objects.requireNonNull(value, name);
		if (value.signum() < 0) {
			throw new IllegalArgumentException(name + " must not be negative: " + value);
		}
		return value;
	}

	/** Optional money: null means "not given". */
	public static BigDecimal optionalMoney(BigDecimal value, String name) {
		return value == null ? null : requireMoney(value, name);
	}

	/** Absent other subsidies are none at all (CONTRACT: optional, 0). */
	public static BigDecimal moneyOrZero(BigDecimal value, String name) {
		return value == null ? BigDecimal.ZERO : requireMoney(value, name);
	}
}
