package cn.gov.jiangmen.subsidy.policy.jiangmen;

import cn.gov.jiangmen.subsidy.policy.ClaimItem;
import cn.gov.jiangmen.subsidy.policy.Values;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** 短期出口信用保险, 第十条第（一）项. */
public record ExportCreditInsurance(LocalDate paidDate, BigDecimal premiumPaid, boolean platformPolicy,
		BigDecimal otherSubsidies, BigDecimal requestedAmount) implements ClaimItem {

	public ExportCreditInsurance {
		Objects.requireNonNull(paidDate, "paidDate");
		Values.requireMoney(premiumPaid, "premiumPaid");
		otherSubsidies = Values.moneyOrZero(otherSubsidies, "otherSubsidies");
		Values.optionalMoney(requestedAmount, "requestedAmount");
	}

	@Override
	public ItemType type() {
		return ItemType.EXPORT_CREDIT_INSURANCE;
	}

	@Override
	public LocalDate date() {
		return paidDate;
	}
}
