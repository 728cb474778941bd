package cn.gov.jiangmen.subsidy.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.gov.jiangmen.subsidy.policy.AeoCertification;
import cn.gov.jiangmen.subsidy.policy.AeoLevel;
import cn.gov.jiangmen.subsidy.policy.ClaimItem;
import cn.gov.jiangmen.subsidy.policy.District;
import cn.gov.jiangmen.subsidy.policy.Enterprise;
import cn.gov.jiangmen.subsidy.policy.ExportCreditInsurance;
import cn.gov.jiangmen.subsidy.quote.ClaimRequest;

final class Requests {

	static final String CREDIT_CODE = "91440703MA4U000013";

	private Requests() {
	}

	static ClaimRequest of(String creditCode, ClaimItem... items) {
		return new ClaimRequest(new Enterprise(creditCode, "江门示例外贸有限公司", District.PENGJIANG, true), List.of(items));
	}

	static ClaimRequest of(ClaimItem... items) {
		return of(CREDIT_CODE, items);
	}

	/** City 5% of the premium: 2,000,000 of premium is 100,000 of support. */
	static ExportCreditInsurance insurance(String premium) {
		return new ExportCreditInsurance(LocalDate.of(2025, 3, 1), new BigDecimal(premium), false, null, null);
	}

	static AeoCertification aeo() {
		return new AeoCertification(LocalDate.of(2025, 3, 1), AeoLevel.ADVANCED, true, null);
	}
}
