package cn.gov.jiangmen.subsidy.policy.jiangmen;

import cn.gov.jiangmen.subsidy.policy.ValueChecks;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * 境外投资保险, 第十条第（三）项. {@code investmentCertificateDate} is when the 《企业境外投资证书》 was
 * obtained, or null when not given.
 */
public record OverseasInvestmentInsurance(LocalDate paidDate, BigDecimal premiumPaid, boolean investmentCertificate,
		BigDecimal otherSubsidies, BigDecimal requestedAmount, LocalDate investmentCertificateDate)
		implements JiangmenItem {

	public OverseasInvestmentInsurance {
		Objects.requireNonNull(paidDate, "paidDate");
		ValueChecks.requireMoney(premiumPaid, "premiumPaid");
		otherSubsidies = ValueChecks.moneyOrZero(otherSubsidies, "otherSubsidies");
		ValueChecks.optionalMoney(requestedAmount, "requestedAmount");
	}

	/** Without the certificate's date (CONTRACT: optional). */
	public OverseasInvestmentInsurance(LocalDate paidDate, BigDecimal premiumPaid, boolean investmentCertificate,
			BigDecimal otherSubsidies, BigDecimal requestedAmount) {
		this(paidDate, premiumPaid, investmentCertificate, otherSubsidies, requestedAmount, null);
	}

	@Override
	public <R> R accept(Rules<R> rules) {
		return rules.overseasInvestmentInsurance(this);
	}

	@Override
	public JiangmenItemType type() {
		return JiangmenItemType.OVERSEAS_INVESTMENT_INSURANCE;
	}

	@Override
	public LocalDate date() {
		return paidDate;
	}
}
