package cn.gov.jiangmen.subsidy.call;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.gov.jiangmen.subsidy.calendar.WorkingDays;

/** Calls for applications: which is open today (China date), publishing and closing them. */
@Service
public class Calls {

	static final int MAX_TITLE = 200;
	static final int MAX_DOCUMENT_NO = 100;

	private final CallRepository calls;
	private final Clock clock;

	Calls(CallRepository calls, Clock clock) {
		this.calls = calls;
		this.clock = clock;
	}

	/** What an officer types to publish a call; dates as typed, checked by {@link #publish}. */
	public record NewCall(String title, String documentNo, String opensOn, String closesOn, String periodFrom,
			String periodTo) {

		/** A date field by its name, for the page's form. */
		public String get(String field) {
			return switch (field) {
				case "opensOn" -> opensOn;
				case "closesOn" -> closesOn;
				case "periodFrom" -> periodFrom;
				case "periodTo" -> periodTo;
				default -> throw new IllegalArgumentException(field);
			};
		}
	}

	public List<Call> all() {
		return calls.all();
	}

	public Optional<Call> find(long id) {
		return calls.find(id);
	}

	public LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), WorkingDays.ZONE);
	}

	/** The call open today; at most one is open at a time (publishing refuses overlapping windows). */
	public Optional<Call> openToday() {
		LocalDate today = today();
		return calls.overlapping(today, today).stream().filter(call -> call.isOpenOn(today)).findFirst();
	}

	/** The call open today, or the refusal a submission outside every call gets (409). */
	public Call requireOpen() {
		return openToday().orElseThrow(() -> new NoOpenCallException(today()));
	}

	/**
	 * Publishes a call.
	 * @throws InvalidCallException naming each field that is missing or wrong, in Chinese
	 */
	@Transactional
	public Call publish(NewCall call, String by) {
		Map<String, String> errors = new LinkedHashMap<>();
		String title = text(call.title(), "title", MAX_TITLE, errors);
		String documentNo = text(call.documentNo(), "documentNo", MAX_DOCUMENT_NO, errors);
		LocalDate opensOn = date(call.opensOn(), "opensOn", errors);
		LocalDate closesOn = date(call.closesOn(), "closesOn", errors);
		LocalDate periodFrom = date(call.periodFrom(), "periodFrom", errors);
		LocalDate periodTo = date(call.periodTo(), "periodTo", errors);
		if (opensOn != null && closesOn != null && closesOn.isBefore(opensOn)) {
			errors.put("closesOn", "截止日期不得早于开始日期");
		}
		if (periodFrom != null && periodTo != null && periodTo.isBefore(periodFrom)) {
			errors.put("periodTo", "支出期间的结束日期不得早于起始日期");
		}
		if (closesOn != null && !errors.containsKey("closesOn") && closesOn.isBefore(today())) {
			errors.put("closesOn", "截止日期已过");
		}
		if (errors.isEmpty()) {
			calls.overlapping(opensOn, closesOn)
				.stream()
				.findFirst()
				.ifPresent(other -> errors.put("opensOn", "与申报通知“" + other.title() + "”（" + other.opensOn() + " 至 "
						+ other.closesOn() + "）的申报时间重叠；同一时间只能有一个申报通知开放"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidCallException(errors);
		}
		long id = calls.insert(title, documentNo, opensOn, closesOn, periodFrom, periodTo, by, OffsetDateTime.now(clock));
		return calls.find(id).orElseThrow();
	}

	/** Closes a call before its closing date; a closed call stays listed. */
	@Transactional
	public void close(long id, String by) {
		calls.close(id, by, OffsetDateTime.now(clock));
	}

	/** The demo call of CONTRACT.md, once, on an empty table. */
	@Transactional
	void publishDemoCallIfNone(String title, String documentNo, LocalDate opensOn, LocalDate closesOn,
			LocalDate periodFrom, LocalDate periodTo) {
		if (calls.count() == 0) {
			calls.insert(title, documentNo, opensOn, closesOn, periodFrom, periodTo, "system", OffsetDateTime.now(clock));
		}
	}

	private static String text(String value, String field, int max, Map<String, String> errors) {
		if (value == null || value.isBlank()) {
			errors.put(field, "必填");
			return null;
		}
		if (value.strip().length() > max) {
			errors.put(field, "不得超过 " + max + " 字");
			return null;
		}
		return value.strip();
	}

	private static LocalDate date(String value, String field, Map<String, String> errors) {
		if (value == null || value.isBlank()) {
			errors.put(field, "必填");
			return null;
		}
		try {
			LocalDate date = LocalDate.parse(value.strip());
			if (date.getYear() < 2000 || date.getYear() > 2100) {
				errors.put(field, "日期不合理");
				return null;
			}
			return date;
		}
		catch (DateTimeParseException e) {
			errors.put(field, "请按 年-月-日 填写日期，如 2026-03-01");
			return null;
		}
	}

}
