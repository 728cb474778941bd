package cn.gov.jiangmen.subsidy.policy;

import java.time.LocalDate;
import java.util.Objects;

/** The days an item must have happened on to be supported at all (第十二条). */
record PolicyPeriod(LocalDate from, LocalDate to, String article) {

	PolicyPeriod {
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(to, "to");
		Values.requireText(article, "article");
	}

	boolean contains(LocalDate date) {
		return !date.isBefore(from) && !date.isAfter(to);
	}
}
