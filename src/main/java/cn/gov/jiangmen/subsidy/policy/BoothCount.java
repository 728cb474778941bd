package cn.gov.jiangmen.subsidy.policy;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * 第九条: booths are counted as standard booths of 9 m². Standard booths count up to their limit; a
 * special booth counts one booth per full 9 m², up to its own limit.
 */
final class BoothCount {

	private BoothCount() {
	}

	static int of(Booths booths, ItemCalc c, String maxStandardParameter, String maxSpecialParameter) {
		if (booths.kind() == BoothKind.STANDARD) {
			int max = c.count(maxStandardParameter);
			int counted = Math.min(booths.count(), max);
			c.step("标准展位 min(" + booths.count() + ", " + max + ") = " + counted + " 个");
			return counted;
		}
		BigDecimal area = c.param("booth.standard_area_sqm");
		int max = c.count(maxSpecialParameter);
		BigDecimal whole = booths.areaSqm().divide(area, 0, RoundingMode.DOWN);
		int counted = whole.min(BigDecimal.valueOf(max)).intValueExact();
		c.step("特装展位 min(floor(" + booths.areaSqm().toPlainString() + " m² ÷ " + area.toPlainString() + " m²), "
				+ max + ") = " + counted + " 个");
		return counted;
	}
}
