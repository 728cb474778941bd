package cn.gov.jiangmen.subsidy.policy;

import java.math.BigDecimal;
import java.util.List;

/** What one enterprise already holds from other applications that are neither rejected nor withdrawn. */
public interface PriorAwards {

	/** City and district shares together, for items of this kind dated in this calendar year. */
	BigDecimal awardedInYear(ItemKind kind, int year);

	/** How many items of this kind dated in this calendar year were granted an amount above zero. */
	int countInYear(ItemKind kind, int year);

	boolean awardedEver(ItemKind kind);

	/** Booths held at exhibitions, each with the application and item that hold them (第九条 "每个项目"). */
	List<HeldBooths> exhibitionBooths();

	PriorAwards NONE = new PriorAwards() {
		@Override
		public BigDecimal awardedInYear(ItemKind kind, int year) {
			return BigDecimal.ZERO;
		}

		@Override
		public int countInYear(ItemKind kind, int year) {
			return 0;
		}

		@Override
		public boolean awardedEver(ItemKind kind) {
			return false;
		}

		@Override
		public List<HeldBooths> exhibitionBooths() {
			return List.of();
		}
	};
}
