package cn.gov.jiangmen.subsidy.policy;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * One exhibition as a project of 第九条 ("每家企业每个项目"): its name as the applicant wrote it, its
 * host (an ISO country code; null at home) and its first day. Two items are the same project when
 * host and first day agree and their names do not tell them apart: equal once folded, or one of
 * them unnamed, since an unnamed item cannot be told from any fair of that host and day.
 */
public record ExhibitionProject(String name, String host, LocalDate startDate) {

	/** CONTRACT: an exhibition's name has at most 200 characters. */
	public static final int MAX_NAME_LENGTH = 200;

	public ExhibitionProject {
		if (name != null && name.length() > MAX_NAME_LENGTH) {
			throw new IllegalArgumentException("an exhibition name has at most " + MAX_NAME_LENGTH + " characters");
		}
		Objects.requireNonNull(startDate, "startDate");
		name = name == null || name.isBlank() ? null : name.strip();
		host = host == null || host.isBlank() ? null : host.strip();
	}

	/**
	 * The name as compared: full-width and half-width forms folded (NFKC), case folded, and
	 * without whitespace or invisible format characters, so that "ＣＡＮＴＯＮ Ｆａｉｒ",
	 * " canton fair" and "CantonFair" are one name. Null when the item is unnamed.
	 */
	public String nameKey() {
		if (name == null) {
			return null;
		}
		String folded = Normalizer.normalize(name, Normalizer.Form.NFKC)
			.toUpperCase(Locale.ROOT)
			.toLowerCase(Locale.ROOT);
		StringBuilder key = new StringBuilder(folded.length());
		folded.codePoints()
			.filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp)
					&& Character.getType(cp) != Character.FORMAT)
			.forEach(key::appendCodePoint);
		return key.isEmpty() ? null : key.toString();
	}

	public boolean sameProjectAs(ExhibitionProject other) {
		if (!startDate.equals(other.startDate) || !Objects.equals(host, other.host)) {
			return false;
		}
		String mine = nameKey();
		String theirs = other.nameKey();
		return mine == null || theirs == null || mine.equals(theirs);
	}

	/** Same host and first day under another name: perhaps the same fair, for an officer to check. */
	boolean sameHostAndDay(ExhibitionProject other) {
		return startDate.equals(other.startDate) && Objects.equals(host, other.host);
	}

	/** 「Canton Fair」（DE，2025-05-10）, or （境内，2025-05-10） without a name. */
	String describe() {
		return (name == null ? "未填名称的展会" : "「" + name + "」") + "（" + (host == null ? "境内" : host) + "，" + startDate
				+ "）";
	}
}
