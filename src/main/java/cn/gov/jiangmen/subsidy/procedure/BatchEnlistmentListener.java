package cn.gov.jiangmen.subsidy.procedure;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import cn.gov.jiangmen.subsidy.batch.BatchKind;
import cn.gov.jiangmen.subsidy.batch.BatchService;
import cn.gov.jiangmen.subsidy.procedure.ProcessConstants.Vars;

/** Called from the models as {@code ${batches.enlist(execution, 'PUBLIC_NOTICE')}}. */
@Component("batches")
public class BatchEnlistmentListener {

	private final BatchService batches;

	BatchEnlistmentListener(BatchService batches) {
		this.batches = batches;
	}

	public void enlist(DelegateExecution execution, String kind) {
		batches.enlist(execution.getProcessBusinessKey(), (String) execution.getVariable(Vars.DISTRICT),
				BatchKind.valueOf(kind));
	}

}
