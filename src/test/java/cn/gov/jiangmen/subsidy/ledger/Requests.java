package cn.gov.jiangmen.subsidy.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.gov.jiangmen.subsidy.policy.AeoCertification;
import cn.gov.jiangmen.subsidy.policy.AeoLevel;
import cn.gov.jiangmen.subsidy.policy.Booths;
import cn.gov.jiangmen.subsidy.policy.ClaimItem;
import cn.gov.jiangmen.subsidy.policy.District;
import cn.gov.jiangmen.subsidy.policy.Enterprise;
import cn.gov.jiangmen.subsidy.policy.ExportCreditInsurance;
import cn.gov.jiangmen.subsidy.policy.OverseasExhibition;
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

	/** 2 standard booths at the Hannover Messe of 10 May 2025: 10,000 a booth in Germany. */
	static OverseasExhibition hannover(String name, int booths) {
		return new OverseasExhibition("DE", LocalDate.of(2025, 5, 10), true, Booths.standard(booths),
				new BigDecimal("50000"), null, false, false, null, name);
	}

	static AeoCertification aeo() {
		return new AeoCertification(LocalDate.of(2025, 3, 1), AeoLevel.ADVANCED, true, null);
	}
}
