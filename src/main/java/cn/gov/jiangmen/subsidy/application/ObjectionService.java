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
 * receipt; the investigator is reminded when 3 working days are left.
 */
@Service
public class ObjectionService {

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

	ObjectionService(ApplicationRepository applications, ApplicationHistory history, WorkingDays workingDays,
			RuntimeService runtime, Privileged privileged) {
		this.applications = applications;
		this.history = history;
		this.workingDays = workingDays;
		this.runtime = runtime;
		this.privileged = privileged;
	}

	public record Objection(String reason, String contact) {
	}

	@Transactional
	public void record(String applicationId, Objection objection, CurrentUser user) {
		if (!(user.isCityCommerce() || user.isAdmin())) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, "异议由市商务局登记 (only city-commerce records objections)");
		}
		validate(objection);
		ApplicationRecord application = applications.findForUpdate(applicationId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "申报不存在: " + applicationId));
		if (application.status() != ApplicationStatus.PUBLIC_NOTICE) {
			throw new ResponseStatusException(HttpStatus.CONFLICT,
					"不在公示期内，不能登记异议 (status " + application.status() + ")");
		}
		Date receivedAt = ClockUtil.getCurrentTime();
		Date dueAt = workingDays.endOfWorkingDaysAfter(receivedAt, INVESTIGATION_WORKING_DAYS);
		history.record(applicationId, "OBJECTION_RECEIVED", user.id(),
				objection.reason().strip() + "（联系方式：" + objection.contact().strip() + "）");
		privileged.run(() -> runtime.createMessageCorrelation(Messages.OBJECTION_RECEIVED)
			.processInstanceBusinessKey(applicationId)
			.setVariable(Vars.OBJECTION_REASON, objection.reason().strip())
			.setVariable(Vars.OBJECTION_CONTACT, objection.contact().strip())
			.setVariable(Vars.OBJECTION_REMINDER_AT,
					workingDays.startOfWorkingDayBefore(dueAt, REMINDER_WORKING_DAYS_LEFT - 1))
			.setVariable(Vars.OBJECTION_DUE_AT, dueAt)
			.correlateWithResult());
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
