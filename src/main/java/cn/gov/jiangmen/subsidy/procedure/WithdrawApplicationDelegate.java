package cn.gov.jiangmen.subsidy.procedure;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.gov.jiangmen.subsidy.application.ApplicationLifecycle;
import cn.gov.jiangmen.subsidy.procedure.ProcessConstants.Vars;
import cn.gov.jiangmen.subsidy.security.CurrentUsers;

/**
 * The enterprise withdraws instead of correcting; its amounts are freed. It runs in the
 * enterprise user's own completion of the supplement task, so the withdrawal names that user.
 */
@Component
class WithdrawApplicationDelegate implements JavaDelegate {

	private final ApplicationLifecycle lifecycle;
	private final ApplicationOfProcess applications;
	private final CurrentUsers users;

	WithdrawApplicationDelegate(ApplicationLifecycle lifecycle, ApplicationOfProcess applications,
			CurrentUsers users) {
		this.lifecycle = lifecycle;
		this.applications = applications;
		this.users = users;
	}

	@Override
	public void execute(DelegateExecution execution) {
		lifecycle.withdraw(applications.of(execution), users.current().id(),
				(String) execution.getVariable(Vars.COMMENT));
	}

}
