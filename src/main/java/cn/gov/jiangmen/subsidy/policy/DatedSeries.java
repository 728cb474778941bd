package cn.gov.jiangmen.subsidy.policy;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** A named parameter: values that follow one another in time and never overlap. */
record DatedSeries<T>(String name, List<Dated<T>> values) {

	DatedSeries {
		Values.requireText(name, "name");
		values = values.stream().sorted(Comparator.comparing(Dated::from)).toList();
		for (int i = 1; i < values.size(); i++) {
			if (!values.get(i).from().isAfter(values.get(i - 1).to())) {
				throw new IllegalArgumentException("values of " + name + " overlap at " + values.get(i).from());
			}
		}
	}

	/** The value in force on the date; a date no value covers fails rather than reading as zero. */
	Dated<T> at(LocalDate date) {
		return values.stream().filter(v -> v.covers(date)).findFirst()
				.orElseThrow(() -> new MissingParameterException(name, date));
	}
}
