package cn.gov.jiangmen.subsidy.policy;

import java.time.LocalDate;
import java.util.Objects;

/** One value of a parameter, the days it applies to (both inclusive) and the article it comes from. */
public record Dated<T>(LocalDate from, LocalDate to, T value, String article) {

	public Dated {
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(to, "to");
		Objects.requireNonNull(value, "value");
		ValueChecks.requireText(article, "article");
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("a value cannot end (" + to + ") before it starts (" + from + ")");
		}
	}

	public boolean covers(LocalDate date) {
		return !date.isBefore(from) && !date.isAfter(to);
	}
}
