package cn.gov.jiangmen.subsidy.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.gov.jiangmen.subsidy.calendar.WorkingDays;
import cn.gov.jiangmen.subsidy.policy.ProcedureTerms;
import cn.gov.jiangmen.subsidy.processes.ProcessConstants.Messages;
import cn.gov.jiangmen.subsidy.processes.ProcessConstants.Vars;
import cn.gov.jiangmen.subsidy.refusal.InvalidFieldsException;
import cn.gov.jiangmen.subsidy.refusal.NotAllowedException;
import cn.gov.jiangmen.subsidy.refusal.NotFoundException;
import cn.gov.jiangmen.subsidy.refusal.WrongStatusException;
import cn.gov.jiangmen.subsidy.refusal.InvalidFieldsException.FieldError;
import cn.gov.jiangmen.subsidy.identity.CurrentUser;
import cn.gov.jiangmen.subsidy.system.AuthorisedEngineCalls;

/**
 * 第十四条: an objection to the public notice is re-investigated within 10 working days of its
 * receipt; the investigator is reminded when 3 working days are left. Both numbers are the dated
 * terms of the parameter file ({@link ProcedureTerms}), read on the day the objection is received.
 * Any number of objections may arrive while the notice runs (until the end of its last day), also
 * while others are being investigated; each starts its own investigation and the notice runs on.
 */
@Service
public class ObjectionService {

	static final int MAX_REASON = 2000;
	static final int MAX_CONTACT = 200;

	private final ApplicationRepository applications;
	private final ApplicationHistory history;
	private final WorkingDays workingDays;
	private final ProcedureTerms terms;
	private final RuntimeService runtime;
	private final AuthorisedEngineCalls authorised;
	private final NoticeObjections objections;

	ObjectionService(ApplicationRepository applications, ApplicationHistory history, WorkingDays workingDays,
			ProcedureTerms terms, RuntimeService runtime, AuthorisedEngineCalls authorised,
			NoticeObjections objections) {
		this.objections = objections;
		this.applications = applications;
		this.history = history;
		this.workingDays = workingDays;
		this.terms = terms;
		this.runtime = runtime;
		this.authorised = authorised;
	}

	public record Objection(String reason, String contact) {
	}

	@Transactional
	public void record(String applicationId, Objection objection, CurrentUser user) {
		if (!(user.isCityCommerce() || user.isAdmin())) {
			throw new NotAllowedException("异议由市商务局登记 (only city-commerce records objections)");
		}
		validate(objection);
		ApplicationRecord application = applications.findForUpdate(applicationId)
			.orElseThrow(() -> NotFoundException.application(applicationId));
		Date receivedAt = ClockUtil.getCurrentTime();
		if (!noticeRuns(application, receivedAt)) {
			throw new WrongStatusException(
					"不在公示期内，不能登记异议 (status " + application.status() + ")");
		}
		LocalDate receivedOn = workingDays.dayOf(receivedAt);
		Date dueAt = workingDays.endOfWorkingDaysAfter(receivedAt, terms.investigationWorkingDays(receivedOn).value());
		// The reminder opens the last working days: the deadline's own day and those before it.
		int daysLeft = terms.reminderWorkingDaysLeft(receivedOn).value();
		Date reminderAt = workingDays.startOfWorkingDayBefore(dueAt, daysLeft - 1);
		String reason = objection.reason().strip();
		String contact = objection.contact().strip();
		NoticeObjections.Objection recorded = objections.receive(applicationId, reason, contact, receivedAt, dueAt,
				user.id());
		history.record(applicationId, "OBJECTION_RECEIVED", user.id(), "第" + recorded.number() + "件异议：" + reason
				+ "（联系方式：" + contact + "），核查期限至 " + NoticeObjections.lastDay(dueAt));
		// Each objection's own values live in the scope of its own investigation (the event
		// subprocess it starts), so that objections running side by side keep their own deadlines.
		authorised.run(() -> runtime.createMessageCorrelation(Messages.OBJECTION_RECEIVED)
			.processInstanceId(application.processInstanceId())
			.setVariableToTriggeredScope(Vars.OBJECTION_ID, recorded.id())
			.setVariableToTriggeredScope(Vars.OBJECTION_NUMBER, recorded.number())
			.setVariableToTriggeredScope(Vars.OBJECTION_REASON, reason)
			.setVariableToTriggeredScope(Vars.OBJECTION_CONTACT, contact)
			.setVariableToTriggeredScope(Vars.OBJECTION_RECEIVED_ON, receivedOn.toString())
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
		Object endsAt = authorised.call(() -> runtime.getVariable(application.processInstanceId(), Vars.NOTICE_ENDS_AT));
		return endsAt instanceof Date end && now.before(end);
	}

	private void validate(Objection objection) {
		List<FieldError> errors = new ArrayList<>();
		checkText(errors, "reason", objection == null ? null : objection.reason(), MAX_REASON);
		checkText(errors, "contact", objection == null ? null : objection.contact(), MAX_CONTACT);
		if (!errors.isEmpty()) {
			throw new InvalidFieldsException(errors);
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
