package cn.gov.jiangmen.subsidy.policy;

import java.util.Objects;

/**
 * The booths an item was supported for at one exhibition project (第九条): counted as standard
 * booths of 9 m², of the kind the item had (a fair at home counts its booths as standard ones).
 */
public record BoothUse(ExhibitionProject project, BoothKind kind, int booths) {

	public BoothUse {
		Objects.requireNonNull(project, "project");
		Objects.requireNonNull(kind, "kind");
		if (booths < 0) {
			throw new IllegalArgumentException("booths cannot be negative: " + booths);
		}
	}
}
