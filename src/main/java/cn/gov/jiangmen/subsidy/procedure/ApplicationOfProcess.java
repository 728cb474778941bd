package cn.gov.jiangmen.subsidy.procedure;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import cn.gov.jiangmen.subsidy.application.ApplicationLifecycle;

/**
 * The application a delegate or listener acts on: the one its process instance is linked to in the
 * app's records. Never the variable {@code applicationId}, which is there for the forms and
 * Tasklist's list columns only.
 */
@Component
class ApplicationOfProcess {

	private final ApplicationLifecycle lifecycle;

	ApplicationOfProcess(ApplicationLifecycle lifecycle) {
		this.lifecycle = lifecycle;
	}

	String of(DelegateExecution execution) {
		return lifecycle.idOfProcess(execution.getProcessInstanceId(), execution.getProcessBusinessKey());
	}

	String of(DelegateTask task) {
		return of(task.getExecution());
	}

}
