package cn.gov.jiangmen.subsidy.policy.jiangmen;

import cn.gov.jiangmen.subsidy.policy.ValueChecks;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** 短期出口信用保险, 第十条第（一）项. */
public record ExportCreditInsurance(LocalDate paidDate, BigDecimal premiumPaid, boolean platformPolicy,
		BigDecimal otherSubsidies, BigDecimal requestedAmount) implements JiangmenItem {

	public ExportCreditInsurance {
		Objects.requireNonNull(paidDate, "paidDate");
		ValueChecks.requireMoney(premiumPaid, "premiumPaid");
		otherSubsidies = ValueChecks.moneyOrZero(otherSubsidies, "otherSubsidies");
		ValueChecks.optionalMoney(requestedAmount, "requestedAmount");
	}

	@Override
	public <R> R accept(Rules<R> rules) {
		return rules.exportCreditInsurance(this);
	}

	@Override
	public JiangmenItemType type() {
		return JiangmenItemType.EXPORT_CREDIT_INSURANCE;
	}

	@Override
	public LocalDate date() {
		return paidDate;
	}
}
