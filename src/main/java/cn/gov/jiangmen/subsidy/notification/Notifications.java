package cn.gov.jiangmen.subsidy.notification;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.gov.jiangmen.subsidy.application.ApplicationHistory;
import cn.gov.jiangmen.subsidy.application.ApplicationStatus;
import cn.gov.jiangmen.subsidy.application.ApplicationStatusChanged;

/**
 * What the portal tells an enterprise about its applications: returned (with the district's
 * reason), rejected (with the reason), publicly noticed, budgeted, paid. Written in the same
 * transaction as the change itself; e-mail follows once it is committed ({@link EmailNotifier}).
 */
@Service
public class Notifications {

	public record Notification(long id, String applicationId, String kind, String message, OffsetDateTime createdAt,
			boolean read) {
	}

	/** Published after a notification is written; e-mail listens for its commit. */
	public record Created(String creditCode, String applicationId, String subject, String message) {
	}

	static final Map<ApplicationStatus, String> SUBJECTS = Map.of(ApplicationStatus.RETURNED, "申报被退回补正",
			ApplicationStatus.REJECTED, "申报不予支持", ApplicationStatus.PUBLIC_NOTICE, "申报项目已公示",
			ApplicationStatus.BUDGETED, "申报项目已编入预算", ApplicationStatus.DISBURSED, "扶持资金已兑付");

	private final JdbcClient jdbc;
	private final ApplicationHistory history;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Notifications(JdbcClient jdbc, ApplicationHistory history, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.history = history;
		this.events = events;
		this.clock = clock;
	}

	@EventListener
	void statusChanged(ApplicationStatusChanged change) {
		String subject = SUBJECTS.get(change.status());
		if (subject == null) {
			return;
		}
		String id = change.applicationId();
		String message = switch (change.status()) {
			case RETURNED -> "申报 " + id + " 被区商务主管部门退回补正。退回原因：" + sentence(history.returnReason(id))
					+ "请在“我的申报”中修改申报事项、补充材料后重新提交，或撤回申报。";
			case REJECTED -> "申报 " + id + " 不予支持。原因：" + sentence(change.reason() == null ? "（未说明）" : change.reason());
			case PUBLIC_NOTICE -> "申报 " + id + " 经市级复审通过，已进入公示（公示期不少于5个工作日）。";
			case BUDGETED -> "申报 " + id + " 已编入市商务局部门预算，预算年度开始后下达资金。";
			case DISBURSED -> "申报 " + id + " 的扶持资金已兑付，请留意企业账户。";
			default -> throw new IllegalStateException(change.status().name());
		};
		jdbc.sql("""
				INSERT INTO app_notification (credit_code, application_id, kind, message, created_at)
				VALUES (:code, :id, :kind, :message, :at)""")
			.param("code", change.creditCode())
			.param("id", id)
			.param("kind", change.status().name())
			.param("message", message)
			.param("at", OffsetDateTime.now(clock))
			.update();
		events.publishEvent(new Created(change.creditCode(), id, subject, message));
	}

	/** The officer's words as a sentence of the message: one full stop at its end, never two. */
	static String sentence(String words) {
		String text = words.strip().replaceFirst("[。．.；;，,、\\s]+$", "");
		return text + "。";
	}

	public List<Notification> of(String creditCode, int limit) {
		return jdbc.sql("""
				SELECT id, application_id, kind, message, created_at, read_at FROM app_notification
				WHERE credit_code = :code ORDER BY id DESC FETCH FIRST :limit ROWS ONLY""")
			.param("code", creditCode)
			.param("limit", limit)
			.query((rs, n) -> new Notification(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getObject(5, OffsetDateTime.class), rs.getObject(6) != null))
			.list();
	}

	public long unread(String creditCode) {
		return jdbc.sql("SELECT COUNT(*) FROM app_notification WHERE credit_code = :code AND read_at IS NULL")
			.param("code", creditCode)
			.query(Long.class)
			.single();
	}

	@Transactional
	public void markAllRead(String creditCode) {
		jdbc.sql("UPDATE app_notification SET read_at = :at WHERE credit_code = :code AND read_at IS NULL")
			.param("at", OffsetDateTime.now(clock))
			.param("code", creditCode)
			.update();
	}

}
