package cn.gov.jiangmen.subsidy.procedure;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import cn.gov.jiangmen.subsidy.application.ApplicationLifecycle;
import cn.gov.jiangmen.subsidy.application.ApplicationStatus;

/** Called from the models as {@code ${applicationStatus.enter(execution, 'CITY_REVIEW')}}. */
@Component("applicationStatus")
public class ApplicationStatusListener {

	private final ApplicationLifecycle lifecycle;

	ApplicationStatusListener(ApplicationLifecycle lifecycle) {
		this.lifecycle = lifecycle;
	}

	public void enter(DelegateExecution execution, String status) {
		lifecycle.enterStatus(execution.getProcessBusinessKey(), ApplicationStatus.valueOf(status));
	}

}
