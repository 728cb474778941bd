package cn.gov.jiangmen.subsidy.policy.yueqing;

import cn.gov.jiangmen.subsidy.policy.ValueChecks;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** 二（二）: a certification the importing country requires; fees are 认证费 and 检验检测费 together. */
public record YueqingCertification(String country, LocalDate certifiedDate, boolean selfOperatedExports,
		BigDecimal fees, BigDecimal otherSubsidies, BigDecimal requestedAmount) implements YueqingItem {

	public YueqingCertification {
		ValueChecks.requireText(country, "country");
		if (country.equals("CN")) {
			throw new IllegalArgumentException("not a certification abroad: " + country);
		}
		Objects.requireNonNull(certifiedDate, "certifiedDate");
		ValueChecks.requireMoney(fees, "fees");
		otherSubsidies = ValueChecks.moneyOrZero(otherSubsidies, "otherSubsidies");
		ValueChecks.optionalMoney(requestedAmount, "requestedAmount");
	}

	@Override
	public <R> R accept(Rules<R> rules) {
		return rules.certification(this);
	}

	@Override
	public YueqingItemType type() {
		return YueqingItemType.PRODUCT_CERTIFICATION;
	}

	@Override
	public LocalDate date() {
		return certifiedDate;
	}
}
