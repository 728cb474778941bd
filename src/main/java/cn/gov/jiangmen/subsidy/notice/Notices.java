package cn.gov.jiangmen.subsidy.notice;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.gov.jiangmen.subsidy.calendar.WorkingDays;
import cn.gov.jiangmen.subsidy.policy.ProcedureTerms;

/**
 * The public notice of approved applications (第十四条): what a notice batch would publish (the
 * 发布公示 form's preview) and what it publishes, once, when its release job runs.
 *
 * <p>The period: the notice is published on a day; its first day is the first working day after
 * that, its last day the Nth working day after publication (N the dated procedure term of
 * 第十四条, {@link ProcedureTerms#NOTICE_WORKING_DAYS}: 5), on the State Council calendar. A notice
 * published before a holiday runs past it.
 */
@Service
public class Notices {

	private final NoticeRepository notices;
	private final WorkingDays workingDays;
	private final ProcedureTerms terms;
	private final Clock clock;
	private final String documentNumberFormat;
	private final String defaultContact;

	Notices(NoticeRepository notices, WorkingDays workingDays, ProcedureTerms terms, Clock clock,
			@Value("${app.notice.document-number:江商务贸公〔%1$d〕%2$d号}") String documentNumberFormat,
			@Value("${app.notice.objection-contact:江门市商务局对外贸易科（书面异议请注明所异议项目的申报编号）}") String defaultContact) {
		this.notices = notices;
		this.workingDays = workingDays;
		this.terms = terms;
		this.clock = clock;
		this.documentNumberFormat = documentNumberFormat;
		this.defaultContact = defaultContact;
	}

	/** How to object, as the form proposes it to the officer who publishes. */
	public String defaultContact() {
		return defaultContact;
	}

	/** The notice this batch would be if it were published now (number, title, period, entries). */
	@Transactional(readOnly = true)
	public Notice preview(String batchId, String contact) {
		Instant now = clock.instant();
		int year = now.atZone(WorkingDays.ZONE).getYear();
		return build(batchId, year, notices.nextSeq(year), "", contact, now);
	}

	/**
	 * Publishes the batch's notice, in the release job of the batch (once: a batch has one notice).
	 *
	 * @throws IllegalStateException if the batch has a notice already
	 * @throws cn.gov.jiangmen.subsidy.calendar.UnknownHolidayYearException when the period falls in a year
	 *         whose holidays are not known: the job fails into an incident, nothing is published
	 */
	@Transactional
	public Notice publish(String batchId, String publishedBy, String contact) {
		if (notices.idOfBatch(batchId).isPresent()) {
			throw new IllegalStateException("batch " + batchId + " has been published already");
		}
		Instant now = clock.instant();
		int year = now.atZone(WorkingDays.ZONE).getYear();
		int seq = notices.nextSeq(year);
		Notice notice = build(batchId, year, seq, publishedBy, contact, now);
		notices.insert(notice, year, seq);
		return notice;
	}

	@Transactional(readOnly = true)
	public List<NoticeRepository.Summary> list() {
		return notices.summaries();
	}

	@Transactional(readOnly = true)
	public Optional<Notice> find(String id) {
		return id == null || id.length() > 32 ? Optional.empty() : notices.find(id);
	}

	/** The notice of a batch, once published. */
	@Transactional(readOnly = true)
	public Optional<Notice> ofBatch(String batchId) {
		return notices.idOfBatch(batchId).flatMap(notices::find);
	}

	private Notice build(String batchId, int year, int seq, String publishedBy, String contact, Instant now) {
		LocalDate publishedOn = LocalDate.ofInstant(now, WorkingDays.ZONE);
		LocalDate firstDay = workingDays.after(publishedOn, 1);
		int days = terms.noticeWorkingDays(publishedOn).value();
		LocalDate lastDay = workingDays.after(publishedOn, days);
		List<Notice.Entry> entries = notices.entriesOfBatch(batchId);
		BigDecimal total = entries.stream().map(Notice.Entry::total).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
		String title = "江门市外贸高质量创新发展扶持资金拟支持项目公示（" + year + "年第" + seq + "批）";
		return new Notice("GS-%d-%03d".formatted(year, seq), batchId, title, documentNumberFormat.formatted(year, seq),
				publishedOn, OffsetDateTime.ofInstant(now, WorkingDays.ZONE), publishedBy, firstDay, lastDay,
				days, contact == null || contact.isBlank() ? defaultContact : contact.strip(), total, entries);
	}

}
