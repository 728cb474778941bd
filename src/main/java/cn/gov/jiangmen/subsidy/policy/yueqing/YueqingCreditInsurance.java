package cn.gov.jiangmen.subsidy.policy.yueqing;

import cn.gov.jiangmen.subsidy.policy.ValueChecks;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * 五（一）: premiums paid for export credit insurance. The exports to the US and to RCEP countries
 * (USD, of the premium's year) decide whether the enterprise is a key exporter; absent means none.
 * {@code jointPlatform}: the premium was paid under the micro-exporters' joint platform.
 */
public record YueqingCreditInsurance(LocalDate paidDate, BigDecimal premiumPaid, boolean jointPlatform,
		BigDecimal exportsToUsUsd, BigDecimal exportsToRcepUsd, BigDecimal otherSubsidies, BigDecimal requestedAmount)
		implements YueqingItem {

	public YueqingCreditInsurance {
		Objects.requireNonNull(paidDate, "paidDate");
		ValueChecks.requireMoney(premiumPaid, "premiumPaid");
		exportsToUsUsd = ValueChecks.moneyOrZero(exportsToUsUsd, "exportsToUsUsd");
		exportsToRcepUsd = ValueChecks.moneyOrZero(exportsToRcepUsd, "exportsToRcepUsd");
		otherSubsidies = ValueChecks.moneyOrZero(otherSubsidies, "otherSubsidies");
		ValueChecks.optionalMoney(requestedAmount, "requestedAmount");
	}

	@Override
	public <R> R accept(Rules<R> rules) {
		return rules.creditInsurance(this);
	}

	@Override
	public YueqingItemType type() {
		return YueqingItemType.EXPORT_CREDIT_INSURANCE;
	}

	@Override
	public LocalDate date() {
		return paidDate;
	}
}
