package cn.gov.jiangmen.subsidy.procedure;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import cn.gov.jiangmen.subsidy.batch.BatchKind;
import cn.gov.jiangmen.subsidy.batch.BatchService;
import cn.gov.jiangmen.subsidy.application.ApplicationLifecycle;

/** Called from the models as {@code ${batches.enlist(execution, 'PUBLIC_NOTICE')}}. */
@Component("batches")
public class BatchEnlistmentListener {

	private final BatchService batches;
	private final ApplicationOfProcess applications;
	private final ApplicationLifecycle lifecycle;

	BatchEnlistmentListener(BatchService batches, ApplicationOfProcess applications, ApplicationLifecycle lifecycle) {
		this.batches = batches;
		this.applications = applications;
		this.lifecycle = lifecycle;
	}

	/** The application joins the batch of its own district, as its record says. */
	public void enlist(DelegateExecution execution, String kind) {
		String applicationId = applications.of(execution);
		batches.enlist(applicationId, lifecycle.get(applicationId).district(), BatchKind.valueOf(kind));
	}

}
