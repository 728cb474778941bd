package cn.gov.jiangmen.subsidy.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** 境外投资保险, 第十条第（三）项. */
public record OverseasInvestmentInsurance(LocalDate paidDate, BigDecimal premiumPaid, boolean investmentCertificate,
		BigDecimal otherSubsidies, BigDecimal requestedAmount) implements ClaimItem {

	public OverseasInvestmentInsurance {
		Objects.requireNonNull(paidDate, "paidDate");
		Values.requireMoney(premiumPaid, "premiumPaid");
		otherSubsidies = Values.moneyOrZero(otherSubsidies, "otherSubsidies");
		Values.optionalMoney(requestedAmount, "requestedAmount");
	}

	@Override
	public ItemType type() {
		return ItemType.OVERSEAS_INVESTMENT_INSURANCE;
	}

	@Override
	public LocalDate date() {
		return paidDate;
	}
}
