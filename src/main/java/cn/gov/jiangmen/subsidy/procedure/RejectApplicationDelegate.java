package cn.gov.jiangmen.subsidy.procedure;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.gov.jiangmen.subsidy.application.ApplicationLifecycle;
import cn.gov.jiangmen.subsidy.security.CurrentUsers;

/**
 * 不予支持: ends the application with its reason and frees its amounts under the annual caps. It
 * runs in the reviewer's own completion of the review task, so the rejection names the reviewer.
 */
@Component
class RejectApplicationDelegate implements JavaDelegate {

	private final ApplicationLifecycle lifecycle;
	private final ApplicationOfProcess applications;
	private final CurrentUsers users;

	RejectApplicationDelegate(ApplicationLifecycle lifecycle, ApplicationOfProcess applications, CurrentUsers users) {
		this.lifecycle = lifecycle;
		this.applications = applications;
		this.users = users;
	}

	@Override
	public void execute(DelegateExecution execution) {
		lifecycle.reject(applications.of(execution), (String) execution.getVariable(ReviewRecorder.REJECTION_REASON),
				users.current().id());
	}

}
