package cn.gov.jiangmen.subsidy.policy.yueqing;

import cn.gov.jiangmen.subsidy.policy.AeoLevel;
import cn.gov.jiangmen.subsidy.policy.ValueChecks;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** 七: a customs AEO certification; only the first advanced one is rewarded. */
public record YueqingAeo(LocalDate certifiedDate, AeoLevel level, boolean firstCertification,
		BigDecimal requestedAmount) implements YueqingItem {

	public YueqingAeo {
		Objects.requireNonNull(certifiedDate, "certifiedDate");
		Objects.requireNonNull(level, "level");
		ValueChecks.optionalMoney(requestedAmount, "requestedAmount");
	}

	@Override
	public <R> R accept(Rules<R> rules) {
		return rules.aeo(this);
	}

	@Override
	public YueqingItemType type() {
		return YueqingItemType.AEO_CERTIFICATION;
	}

	@Override
	public LocalDate date() {
		return certifiedDate;
	}
}
