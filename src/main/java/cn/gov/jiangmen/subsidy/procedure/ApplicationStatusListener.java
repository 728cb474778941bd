package cn.gov.jiangmen.subsidy.procedure;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import cn.gov.jiangmen.subsidy.application.ApplicationLifecycle;
import cn.gov.jiangmen.subsidy.application.ApplicationStatus;

/** Called from the models as {@code ${applicationStatus.enter(execution, 'CITY_REVIEW')}}. */
@Component("applicationStatus")
public class ApplicationStatusListener {

	private final ApplicationLifecycle lifecycle;
	private final ApplicationOfProcess applications;

	ApplicationStatusListener(ApplicationLifecycle lifecycle, ApplicationOfProcess applications) {
		this.lifecycle = lifecycle;
		this.applications = applications;
	}

	public void enter(DelegateExecution execution, String status) {
		lifecycle.enterStatus(applications.of(execution), ApplicationStatus.valueOf(status));
	}

}
