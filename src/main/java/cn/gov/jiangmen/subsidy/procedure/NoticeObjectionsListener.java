package cn.gov.jiangmen.subsidy.procedure;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import cn.gov.jiangmen.subsidy.application.NoticeObjections;
import cn.gov.jiangmen.subsidy.processes.ProcessConstants.Elements;
import cn.gov.jiangmen.subsidy.processes.ProcessConstants.Vars;
import cn.gov.jiangmen.subsidy.security.CurrentUsers;

/**
 * Called from the public notice's model: {@code ${noticeObjections.settled(execution, 'DISMISSED')}}
 * when one objection's investigation ends, {@code ${noticeObjections.periodEnded(execution)}} when
 * the notice period has run its course. The objection is the one whose investigation this is (its
 * id lives in the investigation's own scope, written by the engine's correlation only); the
 * application is the one linked to the process instance.
 */
@Component("noticeObjections")
public class NoticeObjectionsListener {

	private final NoticeObjections objections;
	private final ApplicationOfProcess applications;
	private final CurrentUsers users;

	NoticeObjectionsListener(NoticeObjections objections, ApplicationOfProcess applications, CurrentUsers users) {
		this.objections = objections;
		this.applications = applications;
		this.users = users;
	}

	public void settled(DelegateExecution execution, String outcome) {
		Number objectionId = (Number) execution.getVariable(Vars.OBJECTION_ID);
		objections.settle(applications.of(execution), objectionId.longValue(), NoticeObjections.Outcome.valueOf(outcome),
				users.current().id(), noticeTimerPending(execution), (Date) execution.getVariable(Vars.NOTICE_ENDS_AT));
	}

	/** The notice period is running while its timer waits: the engine's own record, whatever the clock says. */
	private static boolean noticeTimerPending(DelegateExecution execution) {
		return execution.getProcessEngineServices()
			.getManagementService()
			.createJobQuery()
			.processInstanceId(execution.getProcessInstanceId())
			.activityId(Elements.NOTICE_PERIOD_ENDED)
			.timers()
			.count() > 0;
	}

	public void periodEnded(DelegateExecution execution) {
		objections.periodEnded(applications.of(execution));
	}

}
