package cn.gov.jiangmen.subsidy.policy.yueqing;

import cn.gov.jiangmen.subsidy.policy.ValueChecks;
import java.math.BigDecimal;
import java.time.LocalDate;

/** 三（二）: the offshore service-outsourcing contracts a service-outsourcing enterprise executed in a year, in USD. */
public record YueqingOutsourcing(int year, BigDecimal executedUsd, BigDecimal requestedAmount) implements YueqingItem {

	public YueqingOutsourcing {
		ValueChecks.requireMoney(executedUsd, "executedUsd");
		ValueChecks.optionalMoney(requestedAmount, "requestedAmount");
	}

	@Override
	public <R> R accept(Rules<R> rules) {
		return rules.outsourcing(this);
	}

	@Override
	public YueqingItemType type() {
		return YueqingItemType.OFFSHORE_OUTSOURCING;
	}

	/** The year's last day: the year's execution is only known once it is over. */
	@Override
	public LocalDate date() {
		return LocalDate.of(year, 12, 31);
	}
}
