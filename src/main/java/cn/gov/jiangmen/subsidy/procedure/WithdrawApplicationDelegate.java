package cn.gov.jiangmen.subsidy.procedure;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.gov.jiangmen.subsidy.application.ApplicationLifecycle;
import cn.gov.jiangmen.subsidy.procedure.ProcessConstants.Vars;

/** The enterprise withdraws instead of correcting; its amounts are freed. */
@Component
class WithdrawApplicationDelegate implements JavaDelegate {

	private final ApplicationLifecycle lifecycle;

	WithdrawApplicationDelegate(ApplicationLifecycle lifecycle) {
		this.lifecycle = lifecycle;
	}

	@Override
	public void execute(DelegateExecution execution) {
		lifecycle.withdraw((String) execution.getVariable(Vars.APPLICATION_ID),
				(String) execution.getVariable("withdrawnBy"), (String) execution.getVariable(Vars.COMMENT));
	}

}
