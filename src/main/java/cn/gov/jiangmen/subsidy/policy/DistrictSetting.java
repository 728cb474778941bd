package cn.gov.jiangmen.subsidy.policy;

import java.math.BigDecimal;
import java.util.Objects;

/** A district's own choices for a period: who funds it and what it adds to the city's insurance rate. */
public record DistrictSetting(Funding funding, BigDecimal insuranceTopUpRate) {

	public DistrictSetting {
		Objects.requireNonNull(funding, "funding");
		Objects.requireNonNull(insuranceTopUpRate, "insuranceTopUpRate");
		if (insuranceTopUpRate.signum() < 0) {
			throw new IllegalArgumentException("a top-up rate cannot be negative: " + insuranceTopUpRate);
		}
	}
}
