package cn.gov.jiangmen.subsidy.policy;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** A named parameter: values that follow one another in time, without a gap and never overlapping. */
record DatedSeries<T>(String name, List<Dated<T>> values) {

	DatedSeries {
		Values.requireText(name, "name");
		values = values.stream().sorted(Comparator.comparing(Dated::from)).toList();
		for (int i = 1; i < values.size(); i++) {
			Dated<T> before = values.get(i - 1);
			Dated<T> after = values.get(i);
			if (!after.from().isAfter(before.to())) {
				throw new PolicyDataException("参数 " + name + " 的取值重叠：" + before.from() + " 至 " + before.to() + "（"
						+ before.article() + "）与 " + after.from() + " 至 " + after.to() + "（" + after.article() + "）");
			}
			if (after.from().isAfter(before.to().plusDays(1))) {
				throw new PolicyDataException("参数 " + name + " 的取值有空档：" + before.to().plusDays(1) + " 至 "
						+ after.from().minusDays(1) + " 没有取值（前一取值至 " + before.to() + "，" + before.article()
						+ "；后一取值自 " + after.from() + "，" + after.article() + "）");
			}
		}
	}

	/** Every day of the period has a value: an item in the period never meets a missing parameter. */
	void requireCovers(PolicyPeriod period) {
		Dated<T> first = values.get(0);
		Dated<T> last = values.get(values.size() - 1);
		if (first.from().isAfter(period.from())) {
			throw new PolicyDataException("参数 " + name + " 自 " + first.from() + " 起才有取值（" + first.article() + "），"
					+ period.from() + " 至 " + first.from().minusDays(1) + " 没有取值；期限为 " + period.from() + " 至 "
					+ period.to() + "（" + period.article() + "）");
		}
		if (last.to().isBefore(period.to())) {
			throw new PolicyDataException("参数 " + name + " 的取值至 " + last.to() + " 止（" + last.article() + "），"
					+ last.to().plusDays(1) + " 至 " + period.to() + " 没有取值；期限为 " + period.from() + " 至 "
					+ period.to() + "（" + period.article() + "）");
		}
	}

	/** The value in force on the date; a date no value covers fails rather than reading as zero. */
	Dated<T> at(LocalDate date) {
		return values.stream().filter(v -> v.covers(date)).findFirst()
				.orElseThrow(() -> new MissingParameterException(name, date));
	}
}
