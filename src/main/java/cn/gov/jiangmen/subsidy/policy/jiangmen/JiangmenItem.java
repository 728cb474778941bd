package cn.gov.jiangmen.subsidy.policy.jiangmen;

import cn.gov.jiangmen.subsidy.policy.ClaimItem;

/**
 * A claim item of 江商务贸发〔2025〕61号, one record per kind of 第八条. Sealed, and dispatched
 * through {@link Rules}: a ninth kind does not compile until every set of rules says what it does
 * with it (and every exhaustive switch over {@link JiangmenItemType} names its type).
 */
public sealed interface JiangmenItem extends ClaimItem permits OverseasExhibition, HkmtExhibition, DomesticExhibition,
		ExportCreditInsurance, CreditService, OverseasInvestmentInsurance, AeoCertification, CantonFairDesignAward {

	@Override
	public JiangmenItemType type();

	/** The answer of {@code rules} for this kind of item. */
	public <R> R accept(Rules<R> rules);

	/** Something said of each kind of item: one method per kind, so none can be forgotten. */
	public interface Rules<R> {

		R overseasExhibition(OverseasExhibition item);

		R hkmtExhibition(HkmtExhibition item);

		R domesticExhibition(DomesticExhibition item);

		R exportCreditInsurance(ExportCreditInsurance item);

		R creditService(CreditService item);

		R overseasInvestmentInsurance(OverseasInvestmentInsurance item);

		R aeoCertification(AeoCertification item);

		R cantonFairDesignAward(CantonFairDesignAward item);
	}
}
