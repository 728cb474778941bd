package cn.gov.jiangmen.subsidy.policy.jiangmen;

import cn.gov.jiangmen.subsidy.policy.ValueChecks;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** 中信保资信服务, 第十条第（二）项. */
public record CreditService(LocalDate paidDate, BigDecimal fees, BigDecimal otherSubsidies,
		BigDecimal requestedAmount) implements JiangmenItem {

	public CreditService {
		Objects.requireNonNull(paidDate, "paidDate");
		ValueChecks.requireMoney(fees, "fees");
		otherSubsidies = ValueChecks.moneyOrZero(otherSubsidies, "otherSubsidies");
		ValueChecks.optionalMoney(requestedAmount, "requestedAmount");
	}

	@Override
	public <R> R accept(Rules<R> rules) {
		return rules.creditService(this);
	}

	@Override
	public JiangmenItemType type() {
		return JiangmenItemType.CREDIT_SERVICE;
	}

	@Override
	public LocalDate date() {
		return paidDate;
	}
}
