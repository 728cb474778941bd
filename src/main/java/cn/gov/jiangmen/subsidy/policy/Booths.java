package cn.gov.jiangmen.subsidy.policy;

import java.math.BigDecimal;
import java.util.Objects;

/** What an enterprise occupied at an exhibition: a number of standard booths or the area of a special one. */
public record Booths(BoothKind kind, Integer count, BigDecimal areaSqm) {

	public Booths {
		Objects.requireNonNull(kind, "kind");
		if (kind == BoothKind.STANDARD && (count == null || count < 1 || areaSqm != null)) {
			throw new IllegalArgumentException("standard booths need a count of at least 1 and no area");
		}
		if (kind == BoothKind.SPECIAL && (areaSqm == null || areaSqm.signum() <= 0 || count != null)) {
			throw new IllegalArgumentException("a special booth needs an area above 0 m² and no count");
		}
	}

	public static Booths standard(int count) {
		return new Booths(BoothKind.STANDARD, count, null);
	}

	public static Booths special(BigDecimal areaSqm) {
		return new Booths(BoothKind.SPECIAL, null, areaSqm);
	}
}
