package cn.gov.jiangmen.subsidy.policy;

import java.math.BigDecimal;
import java.util.Objects;

/** What an enterprise occupied at an exhibition: a number of standard booths or the area of a special one. */
public record Booths(BoothKind kind, Integer count, BigDecimal areaSqm) {

	/** More booths than any enterprise takes at one fair: a larger number is a typing error, not a claim. */
	public static final int MAX_COUNT = 999;

	/** The largest special booth area taken as a claim (m²). */
	public static final BigDecimal MAX_AREA_SQM = new BigDecimal("10000");

	public Booths {
		Objects.requireNonNull(kind, "kind");
		if (kind == BoothKind.STANDARD && (count == null || count < 1 || count > MAX_COUNT || areaSqm != null)) {
			throw new IllegalArgumentException("standard booths need a count of 1 to " + MAX_COUNT + " and no area");
		}
		if (kind == BoothKind.SPECIAL && (areaSqm == null || areaSqm.signum() <= 0
				|| areaSqm.compareTo(MAX_AREA_SQM) > 0 || count != null)) {
			throw new IllegalArgumentException("a special booth needs an area above 0 m², at most " + MAX_AREA_SQM
					+ " m², and no count");
		}
	}

	public static Booths standard(int count) {
		return new Booths(BoothKind.STANDARD, count, null);
	}

	public static Booths special(BigDecimal areaSqm) {
		return new Booths(BoothKind.SPECIAL, null, areaSqm);
	}
}
