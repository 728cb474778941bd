package cn.gov.jiangmen.subsidy.policy;

import java.math.BigDecimal;

/** What one enterprise already holds from other applications that are neither rejected nor withdrawn. */
public interface PriorAwards {

	/** City and district shares together, for items of this type dated in this calendar year. */
	BigDecimal awardedInYear(ItemType type, int year);

	boolean awardedEver(ItemType type);

	PriorAwards NONE = new PriorAwards() {
		@Override
		public BigDecimal awardedInYear(ItemType type, int year) {
			return BigDecimal.ZERO;
		}

		@Override
		public boolean awardedEver(ItemType type) {
			return false;
		}
	};
}
