package cn.gov.jiangmen.subsidy.procedure;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.gov.jiangmen.subsidy.application.ApplicationLifecycle;
import cn.gov.jiangmen.subsidy.procedure.ProcessConstants.Vars;

/** 不予支持: ends the application with its reason and frees its amounts under the annual caps. */
@Component
class RejectApplicationDelegate implements JavaDelegate {

	private final ApplicationLifecycle lifecycle;

	RejectApplicationDelegate(ApplicationLifecycle lifecycle) {
		this.lifecycle = lifecycle;
	}

	@Override
	public void execute(DelegateExecution execution) {
		lifecycle.reject((String) execution.getVariable(Vars.APPLICATION_ID),
				(String) execution.getVariable(ReviewRecorder.REJECTION_REASON));
	}

}
