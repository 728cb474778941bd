package cn.gov.jiangmen.subsidy.policy;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Objects;

/** The days an item must have happened on to be supported at all (Jiangmen 第十二条, Yueqing 八). */
public record PolicyPeriod(LocalDate from, LocalDate to, String article) {

	public PolicyPeriod {
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(to, "to");
		ValueChecks.requireText(article, "article");
	}

	public boolean contains(LocalDate date) {
		return !date.isBefore(from) && !date.isAfter(to);
	}

	/** A refusal outside the period, where no other rule runs: no parameter is defined for that date. */
	public Optional<Refusal> refusesOutside(WorkingSheet c) {
		if (contains(c.date())) {
			return Optional.empty();
		}
		c.step("项目日期 " + c.date() + " 不在 " + from + " 至 " + to + " 之内");
		return Optional.of(c.refuse(ReasonCode.OUTSIDE_POLICY_PERIOD, article));
	}
}
