package cn.gov.jiangmen.subsidy.policy;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One thing an enterprise asks support for. */
public sealed interface ClaimItem permits OverseasExhibition, HkmtExhibition, DomesticExhibition,
		ExportCreditInsurance, CreditService, OverseasInvestmentInsurance, AeoCertification, CantonFairDesignAward {

	ItemType type();

	/** The date the item happened on; parameters are looked up by it, never by today's date. */
	LocalDate date();

	/** What the applicant asks for, or null when it asks for whatever the rules allow. */
	BigDecimal requestedAmount();
}
