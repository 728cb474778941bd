package cn.gov.jiangmen.subsidy.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The working sheet of one item: parameters read on the item's date, the articles they come from
 * and the steps of the computation, which become its trace. Whether the item is refused is not
 * kept here: the rules answer it with an {@link Outcome}, and {@link #refusal} writes it down.
 */
public final class WorkingSheet {

	private final PolicyData data;
	private final District district;
	private final LocalDate date;
	private final Set<String> articles = new LinkedHashSet<>();
	private final List<String> steps = new ArrayList<>();
	private final Wording wording;
	private BoothUse boothUse;

	/** How a pack says a refusal in its trace, given the article the refusal rests on (null if none was named). */
	public interface Wording {
		String of(ReasonCode reason, String article);
	}

	public WorkingSheet(PolicyData data, District district, LocalDate date) {
		this(data, district, date, (reason, article) -> reason.label());
	}

	/** {@code wording} says a refusal in the pack's own terms: the codes' labels cite Jiangmen's articles. */
	public WorkingSheet(PolicyData data, District district, LocalDate date, Wording wording) {
		this.data = data;
		this.district = district;
		this.date = date;
		this.wording = wording;
	}

	public PolicyData data() {
		return data;
	}

	public LocalDate date() {
		return date;
	}

	public BigDecimal param(ParameterKey key) {
		return cited(data.parameter(district, key.name()).at(date));
	}

	/** The article a parameter's value on the item's date comes from. */
	public String articleOf(ParameterKey key) {
		return data.parameter(district, key.name()).at(date).article();
	}

	/** For the few parameters that decide whether an item falls in the period at all. */
	public BigDecimal paramAt(ParameterKey key, LocalDate day) {
		return cited(data.parameter(district, key.name()).at(day));
	}

	public int count(ParameterKey key) {
		return param(key).intValueExact();
	}

	public DistrictSetting districtSetting() {
		return cited(data.districtSettings().get(district).at(date));
	}

	public <T> T cited(Dated<T> value) {
		articles.add(value.article());
		return value.value();
	}

	public void cite(String article) {
		articles.add(article);
	}

	/** A reason against the item, written in the trace in the pack's words; the caller answers with it. */
	public Refusal refuse(ReasonCode reason, String article) {
		cite(article);
		return record(reason, article);
	}

	/** For a reason whose article is already cited by the parameter that decided it. */
	public Refusal refuse(ReasonCode reason) {
		return record(reason, null);
	}

	private Refusal record(ReasonCode reason, String article) {
		step("不予支持：" + wording.of(reason, article));
		return Refusal.of(reason);
	}

	/** What a supported exhibition item takes of its project's booth limits. */
	public void takeBooths(BoothUse use) {
		this.boothUse = use;
	}

	public void step(String text) {
		steps.add(text);
	}

	public ItemAssessment refusal(int index, ItemKind type, Refusal refusal) {
		return new ItemAssessment(index, type, false, Money.ZERO, Money.ZERO, Money.ZERO, List.copyOf(articles),
				refusal.reasons(), String.join("；", steps));
	}

	public ItemAssessment grant(int index, ItemKind type, BigDecimal city, BigDecimal district) {
		return new ItemAssessment(index, type, true, city.add(district), city, district, List.copyOf(articles),
				List.of(), String.join("；", steps), boothUse);
	}
}
