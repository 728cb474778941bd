package cn.gov.jiangmen.subsidy.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The working sheet of one item: parameters read on the item's date, the articles they come from,
 * the reasons against the item and the steps of the computation, which become its trace.
 */
final class ItemCalc {

	private final PolicyData data;
	private final District district;
	private final LocalDate date;
	private final Set<String> articles = new LinkedHashSet<>();
	private final List<ReasonCode> reasons = new ArrayList<>();
	private final List<String> steps = new ArrayList<>();
	private final Wording wording;
	private BoothUse boothUse;

	/** How a pack says a refusal in its trace, given the article the refusal rests on (null if none was named). */
	interface Wording {
		String of(ReasonCode reason, String article);
	}

	ItemCalc(PolicyData data, District district, LocalDate date) {
		this(data, district, date, (reason, article) -> reason.label());
	}

	/** {@code wording} says a refusal in the pack's own terms: the codes' labels cite Jiangmen's articles. */
	ItemCalc(PolicyData data, District district, LocalDate date, Wording wording) {
		this.data = data;
		this.district = district;
		this.date = date;
		this.wording = wording;
	}

	PolicyData data() {
		return data;
	}

	LocalDate date() {
		return date;
	}

	BigDecimal param(String name) {
		return cited(data.parameter(district, name).at(date));
	}

	/** The article a parameter's value on the item's date comes from. */
	String articleOf(String name) {
		return data.parameter(district, name).at(date).article();
	}

	/** For the few parameters that decide whether an item falls in the period at all. */
	BigDecimal paramAt(String name, LocalDate day) {
		return cited(data.parameter(district, name).at(day));
	}

	int count(String name) {
		return param(name).intValueExact();
	}

	DistrictSetting districtSetting() {
		return cited(data.districtSettings().get(district).at(date));
	}

	<T> T cited(Dated<T> value) {
		articles.add(value.article());
		return value.value();
	}

	void cite(String article) {
		articles.add(article);
	}

	void refuse(ReasonCode reason, String article) {
		cite(article);
		record(reason, article);
	}

	/** For a reason whose article is already cited by the parameter that decided it. */
	void refuse(ReasonCode reason) {
		record(reason, null);
	}

	private void record(ReasonCode reason, String article) {
		if (!reasons.contains(reason)) {
			reasons.add(reason);
		}
		step("不予支持：" + wording.of(reason, article));
	}

	/** What a supported exhibition item takes of its project's booth limits. */
	void takeBooths(BoothUse use) {
		this.boothUse = use;
	}

	boolean refused() {
		return !reasons.isEmpty();
	}

	void step(String text) {
		steps.add(text);
	}

	ItemAssessment refusal(int index, ItemKind type) {
		return new ItemAssessment(index, type, false, Money.ZERO, Money.ZERO, Money.ZERO, List.copyOf(articles),
				reasons, String.join("；", steps));
	}

	ItemAssessment grant(int index, ItemKind type, BigDecimal city, BigDecimal district) {
		return new ItemAssessment(index, type, true, city.add(district), city, district, List.copyOf(articles),
				List.of(), String.join("；", steps), boothUse);
	}
}
