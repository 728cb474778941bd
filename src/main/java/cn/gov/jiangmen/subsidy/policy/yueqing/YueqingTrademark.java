package cn.gov.jiangmen.subsidy.policy.yueqing;

import cn.gov.jiangmen.subsidy.policy.ValueChecks;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** 二（三）: a trademark registered abroad, one item per registration (one country, or one Madrid filing). */
public record YueqingTrademark(LocalDate registeredDate, boolean selfOperatedExports, BigDecimal fees,
		BigDecimal otherSubsidies, BigDecimal requestedAmount) implements YueqingItem {

	public YueqingTrademark {
		Objects.requireNonNull(registeredDate, "registeredDate");
		ValueChecks.requireMoney(fees, "fees");
		otherSubsidies = ValueChecks.moneyOrZero(otherSubsidies, "otherSubsidies");
		ValueChecks.optionalMoney(requestedAmount, "requestedAmount");
	}

	@Override
	public <R> R accept(Rules<R> rules) {
		return rules.trademark(this);
	}

	@Override
	public YueqingItemType type() {
		return YueqingItemType.TRADEMARK_REGISTRATION;
	}

	@Override
	public LocalDate date() {
		return registeredDate;
	}
}
