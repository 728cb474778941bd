package cn.gov.jiangmen.subsidy.policy;

import java.util.Objects;

/**
 * The applicant. The credit code's check character is verified where requests are read; here it
 * only has to be present, because the rules never look inside it.
 */
public record Enterprise(String creditCode, String name, District district, boolean tradeRecordSince2024) {

	public Enterprise {
		Values.requireText(creditCode, "creditCode");
		Values.requireText(name, "name");
		Objects.requireNonNull(district, "district");
	}
}
