package cn.gov.jiangmen.subsidy.policy.yueqing;

import cn.gov.jiangmen.subsidy.policy.ClaimItem;

/**
 * A claim item of the Yueqing draft, one record per computable article. Sealed, and dispatched
 * through {@link Rules}: another kind does not compile until every set of rules handles it.
 */
public sealed interface YueqingItem extends ClaimItem permits YueqingExhibition, YueqingCertification,
		YueqingTrademark, YueqingOutsourcing, YueqingCreditInsurance, YueqingAeo {

	@Override
	public YueqingItemType type();

	/** The answer of {@code rules} for this kind of item. */
	public <R> R accept(Rules<R> rules);

	/** Something said of each kind of item: one method per kind, so none can be forgotten. */
	public interface Rules<R> {

		R exhibition(YueqingExhibition item);

		R certification(YueqingCertification item);

		R trademark(YueqingTrademark item);

		R outsourcing(YueqingOutsourcing item);

		R creditInsurance(YueqingCreditInsurance item);

		R aeo(YueqingAeo item);
	}
}
