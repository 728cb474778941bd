package cn.gov.jiangmen.subsidy.application;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import cn.gov.jiangmen.subsidy.calendar.WorkingDays;
import cn.gov.jiangmen.subsidy.procedure.ProcessConstants.Messages;
import cn.gov.jiangmen.subsidy.procedure.ProcessConstants.Vars;
import cn.gov.jiangmen.subsidy.quote.InvalidClaimRequestException;
import cn.gov.jiangmen.subsidy.quote.InvalidClaimRequestException.FieldError;
import cn.gov.jiangmen.subsidy.security.CurrentUser;
import cn.gov.jiangmen.subsidy.security.Privileged;

/**
 * 第十四条: an objection to the public notice is re-investigated within 10 working days of its
 * receipt; the investigator is reminded when 3 working days are left. Any number of objections may
 * arrive while the notice runs (until the end of its last day), also while others are being
 * investigated; each starts its own investigation and the notice runs on.
 */
@Service
class ObjectionService {

	static final int INVESTIGATION_WORKING_DAYS = 10;
	/** The reminder opens the last 3 working days: the deadline's own day and the two before it. */
	static final int REMINDER_WORKING_DAYS_LEFT = 3;
	static final int MAX_REASON = 2000;
	static final int MAX_CONTACT = 200;

	private final ApplicationRepository applications;
	private final ApplicationHistory history;
	private final WorkingDays workingDays;
	private final RuntimeService runtime;
	private final Privileged privileged;
	private final NoticeObjections objections;

	ObjectionService(ApplicationRepository applications, ApplicationHistory history, WorkingDays workingDays,
			RuntimeService runtime, Privileged privileged, NoticeObjections objections) {
		this.objections = objections;
		this.applications = applications;
		this.history = history;
		this.workingDays = workingDays;
		this.runtime = runtime;
		this.privileged = privileged;
	}

	record Objection(String reason, String contact) {
	}

	@Transactional
	void record(String applicationId, Objection objection, CurrentUser user) {
		if (!(user.isCityCommerce() || user.isAdmin())) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, "异议由市商务局登记 (only city-commerce records objections)");
		}
		validate(objection);
		ApplicationRecord application = applications.findForUpdate(applicationId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "申报不存在: " + applicationId));
		Date receivedAt = ClockUtil.getCurrentTime();
		if (!noticeRuns(application, receivedAt)) {
			throw new ResponseStatusException(HttpStatus.CONFLICT,
					"不在公示期内，不能登记异议 (status " + application.status() + ")");
		}
		Date dueAt = workingDays.endOfWorkingDaysAfter(receivedAt, INVESTIGATION_WORKING_DAYS);
		Date reminderAt = workingDays.startOfWorkingDayBefore(dueAt, REMINDER_WORKING_DAYS_LEFT - 1);
		String reason = objection.reason().strip();
		String contact = objection.contact().strip();
		NoticeObjections.Objection recorded = objections.receive(applicationId, reason, contact, receivedAt, dueAt,
				user.id());
		history.record(applicationId, "OBJECTION_RECEIVED", user.id(), "第" + recorded.number() + "件异议：" + reason
				+ "（联系方式：" + contact + "），核查期限至 " + NoticeObjections.lastDay(dueAt));
		// Each objection's own values live in the scope of its own investigation (the event
		// subprocess it starts), so that objections running side by side keep their own deadlines.
		privileged.run(() -> runtime.createMessageCorrelation(Messages.OBJECTION_RECEIVED)
			.processInstanceId(application.processInstanceId())
			.setVariableToTriggeredScope(Vars.OBJECTION_ID, recorded.id())
			.setVariableToTriggeredScope(Vars.OBJECTION_NUMBER, recorded.number())
			.setVariableToTriggeredScope(Vars.OBJECTION_REASON, reason)
			.setVariableToTriggeredScope(Vars.OBJECTION_CONTACT, contact)
			.setVariableToTriggeredScope(Vars.OBJECTION_RECEIVED_ON, workingDays.dayOf(receivedAt).toString())
			.setVariableToTriggeredScope(Vars.OBJECTION_REMINDER_AT, reminderAt)
			.setVariableToTriggeredScope(Vars.OBJECTION_DUE_AT, dueAt)
			.correlateWithResult());
	}

	/**
	 * The notice runs from its publication to the end of its last day (China time), whether or not
	 * objections are being investigated; its end is the engine's own record of it.
	 */
	private boolean noticeRuns(ApplicationRecord application, Date now) {
		if (application.status() != ApplicationStatus.PUBLIC_NOTICE
				&& application.status() != ApplicationStatus.OBJECTION_REVIEW) {
			return false;
		}
		Object endsAt = privileged.call(() -> runtime.getVariable(application.processInstanceId(), Vars.NOTICE_ENDS_AT));
		return endsAt instanceof Date end && now.before(end);
	}

	private void validate(Objection objection) {
		List<FieldError> errors = new ArrayList<>();
		checkText(errors, "reason", objection == null ? null : objection.reason(), MAX_REASON);
		checkText(errors, "contact", objection == null ? null : objection.contact(), MAX_CONTACT);
		if (!errors.isEmpty()) {
			throw new InvalidClaimRequestException(errors);
		}
	}

	private static void checkText(List<FieldError> errors, String field, String value, int max) {
		if (value == null || value.isBlank()) {
			errors.add(new FieldError(field, "必填 (required)"));
		}
		else if (value.length() > max) {
			errors.add(new FieldError(field, "不得超过 " + max + " 字 (at most " + max + " characters)"));
		}
	}

}
