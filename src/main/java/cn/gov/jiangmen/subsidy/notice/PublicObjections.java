package cn.gov.jiangmen.subsidy.notice;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.gov.jiangmen.subsidy.application.ApplicationHistory;
import cn.gov.jiangmen.subsidy.application.ObjectionService;
import cn.gov.jiangmen.subsidy.refusal.RefusedException;
import cn.gov.jiangmen.subsidy.refusal.WrongStatusException;
import cn.gov.jiangmen.subsidy.calendar.WorkingDays;
import cn.gov.jiangmen.subsidy.identity.CurrentUser;

/**
 * Objections from the public to a notice (第十四条 公示有异议的): anyone may object during the period,
 * through the notice's page or the public API. Each is kept as sent (insert-only); a city officer
 * then accepts it for re-investigation, which records it where an officer's own objection goes
 * ({@link ObjectionService}), or sets it aside with a reason. Both are on the record.
 */
@Service
public class PublicObjections {

	static final int MAX_REASON = 2000;
	static final int MAX_NAME = 100;
	static final int MAX_CONTACT = 200;
	static final int MAX_DECISION_REASON = 2000;

	/** What a visitor sends. */
	public record Filing(String applicationId, String reason, String name, String contact) {
	}

	/** The receipt a visitor gets. */
	public record Filed(long id, String noticeId, String applicationId, OffsetDateTime receivedAt) {
	}

	public enum Channel {
		PAGE, API
	}

	private final Notices notices;
	private final PublicObjectionRepository objections;
	private final ObjectionLimiter limiter;
	private final ObjectionService investigations;
	private final ApplicationHistory history;
	private final Clock clock;

	PublicObjections(Notices notices, PublicObjectionRepository objections, ObjectionLimiter limiter,
			ObjectionService investigations, ApplicationHistory history, Clock clock) {
		this.notices = notices;
		this.objections = objections;
		this.limiter = limiter;
		this.investigations = investigations;
		this.history = history;
		this.clock = clock;
	}

	/**
	 * Takes an objection: the address's token first (a flood of anything, valid or not, is held up),
	 * then the period (until the end of the last day, China time), then the fields.
	 */
	@Transactional
	public Filed file(String noticeId, Filing filing, String address, Channel channel) {
		Notice notice = notices.find(noticeId).orElseThrow(() -> new NoticeNotFoundException(noticeId));
		Optional<Duration> wait = limiter.take(address);
		if (wait.isPresent()) {
			throw ObjectionRefusedException.tooMany(wait.get());
		}
		Instant now = clock.instant();
		if (!notice.runsAt(now)) {
			throw ObjectionRefusedException.periodOver(notice);
		}
		Filing clean = checked(notice, filing);
		OffsetDateTime at = OffsetDateTime.ofInstant(now, WorkingDays.ZONE);
		long id = objections.insert(notice.id(), clean, at, address.length() > 64 ? address.substring(0, 64) : address,
				channel.name());
		return new Filed(id, notice.id(), clean.applicationId(), at);
	}

	@Transactional(readOnly = true)
	public List<PublicObjectionRepository.Row> all() {
		return objections.all();
	}

	/**
	 * Accepted for re-investigation: recorded as an objection to the application, as a city officer's
	 * own would be, in the officer's name. Refused (and nothing recorded) when the application is not
	 * in its notice period any more, or the objection was handled already.
	 */
	@Transactional
	public void accept(long objectionId, CurrentUser officer) {
		PublicObjectionRepository.Row row = pending(objectionId, officer);
		decide(objectionId, "ACCEPTED", null, officer);
		try {
			investigations.record(row.applicationId(), new ObjectionService.Objection(
					"公众异议（" + row.documentNo() + " 第 " + row.id() + " 号，" + row.receivedAt().toLocalDate() + " 收到）："
							+ row.reason(),
					row.name() + "，" + row.contact()), officer);
		}
		catch (WrongStatusException refused) {
			throw new ObjectionDecisionException("该申报的公示期已结束（或已有异议成立），不能再转入核查；可写明理由后不予受理。");
		}
		catch (RefusedException refused) {
			throw new ObjectionDecisionException("不能转入核查：" + refused.getMessage());
		}
	}

	/** Set aside with a reason; the application's history says so, in the officer's name. */
	@Transactional
	public void setAside(long objectionId, String reason, CurrentUser officer) {
		PublicObjectionRepository.Row row = pending(objectionId, officer);
		String why = reason == null ? "" : reason.strip();
		if (why.isEmpty() || why.length() > MAX_DECISION_REASON || hasControlCharacters(why, true)) {
			throw new ObjectionDecisionException("请写明不予受理的理由（不超过 " + MAX_DECISION_REASON + " 字）。");
		}
		decide(objectionId, "SET_ASIDE", why, officer);
		history.record(row.applicationId(), "PUBLIC_OBJECTION_SET_ASIDE", officer.id(),
				"公众异议（" + row.documentNo() + " 第 " + row.id() + " 号）不予受理：" + why);
	}

	private PublicObjectionRepository.Row pending(long objectionId, CurrentUser officer) {
		if (!(officer.isCityCommerce() || officer.isAdmin())) {
			throw new ObjectionDecisionException("公众异议由市商务局处理。");
		}
		PublicObjectionRepository.Row row = objections.find(objectionId)
			.orElseThrow(() -> new ObjectionDecisionException("异议不存在。"));
		if (!row.pending()) {
			throw new ObjectionDecisionException("该异议已由 " + row.decidedBy() + " 处理。");
		}
		return row;
	}

	/** A second handling of the same objection fails, also when two officers act at the same moment. */
	private void decide(long objectionId, String decision, String reason, CurrentUser officer) {
		try {
			objections.decide(objectionId, decision, reason, officer.id(), now());
		}
		catch (DuplicateKeyException e) {
			throw new ObjectionDecisionException("该异议已被处理。");
		}
	}

	private Filing checked(Notice notice, Filing filing) {
		Map<String, String> errors = new LinkedHashMap<>();
		String applicationId = text(filing.applicationId());
		if (applicationId.isEmpty()) {
			errors.put("applicationId", "请选择所异议的项目");
		}
		else if (notice.entry(applicationId) == null) {
			errors.put("applicationId", "本公示中没有该申报编号");
		}
		String reason = check(errors, "reason", filing.reason(), MAX_REASON, true, "请写明异议的事实和理由");
		String name = check(errors, "name", filing.name(), MAX_NAME, false, "请填写姓名或单位名称");
		String contact = check(errors, "contact", filing.contact(), MAX_CONTACT, false, "请填写联系电话或电子邮箱");
		if (!errors.isEmpty()) {
			throw ObjectionRefusedException.invalid(errors);
		}
		return new Filing(applicationId, reason, name, contact);
	}

	private static String check(Map<String, String> errors, String field, String value, int max, boolean lines,
			String missing) {
		String text = text(value);
		if (text.isEmpty()) {
			errors.put(field, missing);
		}
		else if (text.length() > max) {
			errors.put(field, "不得超过 " + max + " 字（现 " + text.length() + " 字）");
		}
		else if (hasControlCharacters(text, lines)) {
			errors.put(field, "含有不能保存的控制字符");
		}
		return text;
	}

	private static String text(String value) {
		return value == null ? "" : value.strip();
	}

	/** Control characters (a NUL breaks PostgreSQL's text); line breaks and tabs only where lines are allowed. */
	static boolean hasControlCharacters(String text, boolean lines) {
		return text.chars().anyMatch(c -> Character.isISOControl(c) && !(lines && (c == '\n' || c == '\r' || c == '\t')));
	}

	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(clock.instant(), WorkingDays.ZONE);
	}

}
