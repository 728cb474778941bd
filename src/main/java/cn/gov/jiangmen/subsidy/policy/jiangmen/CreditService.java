package cn.gov.jiangmen.subsidy.policy.jiangmen;

import cn.gov.jiangmen.subsidy.policy.ClaimItem;
import cn.gov.jiangmen.subsidy.policy.Values;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** 中信保资信服务, 第十条第（二）项. */
public record CreditService(LocalDate paidDate, BigDecimal fees, BigDecimal otherSubsidies,
		BigDecimal requestedAmount) implements ClaimItem {

	public CreditService {
		Objects.requireNonNull(paidDate, "paidDate");
		Values.requireMoney(fees, "fees");
		otherSubsidies = Values.moneyOrZero(otherSubsidies, "otherSubsidies");
		Values.optionalMoney(requestedAmount, "requestedAmount");
	}

	@Override
	public ItemType type() {
		return ItemType.CREDIT_SERVICE;
	}

	@Override
	public LocalDate date() {
		return paidDate;
	}
}
