package cn.gov.jiangmen.subsidy.application;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.gov.jiangmen.subsidy.calendar.WorkingDays;

/**
 * The objections to an application's public notice (第十四条), as the app records them: any number
 * may arrive while the notice runs, each is settled on its own, the notice runs to its end whatever
 * happens, and the application goes on to the budget only when the period has ended and none is
 * open. The procedure calls in when an objection is settled and when the period ends; the status
 * and history say where the application stands.
 */
@Service("noticeObjectionRecords")
public class NoticeObjections {

	public enum Outcome {
		DISMISSED, UPHELD
	}

	static final String OPEN = "OPEN";
	static final String SUPERSEDED = "SUPERSEDED";

	record Objection(long id, int number, String reason, OffsetDateTime receivedAt, OffsetDateTime dueAt,
			String status) {
	}

	private final JdbcClient jdbc;
	private final Clock clock;
	private final ApplicationRepository applications;
	private final ApplicationHistory history;

	NoticeObjections(JdbcClient jdbc, Clock clock, ApplicationRepository applications, ApplicationHistory history) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.applications = applications;
		this.history = history;
	}

	/** Records a received objection; its number counts the application's objections from 1. */
	@Transactional
	Objection receive(String applicationId, String reason, String contact, Date receivedAt, Date dueAt, String actor) {
		int number = jdbc.sql("SELECT COUNT(*) FROM app_objection WHERE application_id = :app")
			.param("app", applicationId)
			.query(Integer.class)
			.single() + 1;
		OffsetDateTime received = receivedAt.toInstant().atOffset(ZoneOffset.UTC);
		OffsetDateTime due = dueAt.toInstant().atOffset(ZoneOffset.UTC);
		jdbc.sql("""
				INSERT INTO app_objection (application_id, number, reason, contact, received_at, received_by, due_at, status)
				VALUES (:app, :number, :reason, :contact, :received, :by, :due, 'OPEN')""")
			.param("app", applicationId)
			.param("number", number)
			.param("reason", reason)
			.param("contact", contact)
			.param("received", received)
			.param("by", actor)
			.param("due", due)
			.update();
		long id = jdbc.sql("SELECT id FROM app_objection WHERE application_id = :app AND number = :number")
			.param("app", applicationId)
			.param("number", number)
			.query(Long.class)
			.single();
		return new Objection(id, number, reason, received, due, OPEN);
	}

	/**
	 * One objection is settled by its investigation. Upheld: the application will be rejected, and
	 * its other open objections are no longer investigated. Dismissed: the application waits for
	 * its other objections, or for the rest of its notice period, or goes on to the budget.
	 */
	@Transactional
	public void settle(String applicationId, long objectionId, Outcome outcome, String actor, boolean periodRunning,
			Date noticeEndsAt) {
		int number = jdbc.sql("SELECT number FROM app_objection WHERE id = :id AND application_id = :app AND status = 'OPEN'")
			.param("id", objectionId)
			.param("app", applicationId)
			.query(Integer.class)
			.optional()
			.orElseThrow(() -> new IllegalStateException(
					"objection " + objectionId + " is not an open objection of application " + applicationId));
		jdbc.sql("UPDATE app_objection SET status = :status, settled_at = :at, settled_by = :by WHERE id = :id")
			.param("status", outcome.name())
			.param("at", now())
			.param("by", actor)
			.param("id", objectionId)
			.update();
		if (outcome == Outcome.UPHELD) {
			for (Integer other : openNumbers(applicationId)) {
				history.record(applicationId, "OBJECTION_SUPERSEDED", actor,
						"第" + other + "件异议不再核查：第" + number + "件异议成立，申报不予支持");
			}
			jdbc.sql("UPDATE app_objection SET status = 'SUPERSEDED', settled_at = :at, settled_by = :by "
					+ "WHERE application_id = :app AND status = 'OPEN'")
				.param("at", now())
				.param("by", actor)
				.param("app", applicationId)
				.update();
			return;
		}
		List<Integer> open = openNumbers(applicationId);
		String next;
		if (!open.isEmpty()) {
			next = "尚有第" + join(open) + "件异议待核查";
		}
		else if (periodRunning) {
			applications.setStatus(applicationId, ApplicationStatus.PUBLIC_NOTICE);
			next = noticeEndsAt == null ? "公示继续" : "公示继续至 " + lastDay(noticeEndsAt);
		}
		else {
			next = "公示期已满，全部异议已处理，进入编入预算环节";
		}
		history.record(applicationId, "OBJECTION_SETTLED", actor, "第" + number + "件异议核查完毕（异议不成立）；" + next);
	}

	/** The notice period has run its course: said in the history, with what is still open. */
	@Transactional
	public void periodEnded(String applicationId) {
		List<Integer> open = openNumbers(applicationId);
		history.record(applicationId, "NOTICE_PERIOD_ENDED", "system", open.isEmpty() ? "公示期满，无待核查的异议"
				: "公示期满；第" + join(open) + "件异议尚在核查，全部处理完毕后进入编入预算环节");
	}

	int openCount(String applicationId) {
		return openNumbers(applicationId).size();
	}

	List<Objection> of(String applicationId) {
		return jdbc.sql("""
				SELECT id, number, reason, received_at, due_at, status FROM app_objection
				WHERE application_id = :app ORDER BY number""")
			.param("app", applicationId)
			.query((rs, row) -> new Objection(rs.getLong("id"), rs.getInt("number"), rs.getString("reason"),
					rs.getObject("received_at", OffsetDateTime.class), rs.getObject("due_at", OffsetDateTime.class),
					rs.getString("status")))
			.list();
	}

	private List<Integer> openNumbers(String applicationId) {
		return jdbc.sql("SELECT number FROM app_objection WHERE application_id = :app AND status = 'OPEN' ORDER BY number")
			.param("app", applicationId)
			.query(Integer.class)
			.list();
	}

	private static String join(List<Integer> numbers) {
		return String.join("、", numbers.stream().map(String::valueOf).toList());
	}

	static String lastDay(Date endsAt) {
		return endsAt.toInstant().atZone(WorkingDays.ZONE).toLocalDate().minusDays(1).toString();
	}

	private OffsetDateTime now() {
		return clock.instant().atOffset(ZoneOffset.UTC);
	}

}
