package cn.gov.jiangmen.subsidy.procedure;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import cn.gov.jiangmen.subsidy.batch.Batch;
import cn.gov.jiangmen.subsidy.batch.BatchService;
import cn.gov.jiangmen.subsidy.procedure.ProcessConstants.Elements;
import cn.gov.jiangmen.subsidy.procedure.ProcessConstants.Vars;
import cn.gov.jiangmen.subsidy.security.CurrentUsers;

/**
 * The officer's act on a batch's list, as the batch's task is completed: the form is checked on
 * the server, and the batch of this very process is closed in the officer's name (the release
 * itself runs afterwards as a job, where no user is signed in, and reads the officer from there).
 */
@Component("batchForms")
public class BatchForms {

	static final int MAX_TEXT = 500;

	private final CurrentUsers users;
	private final BatchService batches;

	BatchForms(CurrentUsers users, BatchService batches) {
		this.users = users;
		this.batches = batches;
	}

	public void check(DelegateTask task) {
		Batch batch = batches.ofProcess(task.getProcessInstanceId(), task.getExecution().getProcessBusinessKey());
		if (!batch.kind().taskKey().equals(task.getTaskDefinitionKey())) {
			throw new IllegalStateException(
					"task " + task.getTaskDefinitionKey() + " does not act on the " + batch.kind() + " batch " + batch.id());
		}
		switch (task.getTaskDefinitionKey()) {
			case Elements.REPORT_DISTRICT_PLAN, Elements.INCLUDE_IN_BUDGET -> requireConfirmed(task);
			case Elements.PUBLISH_NOTICE -> requireText(task, Vars.NOTICE_CHANNEL, "公示网址或渠道");
			case Elements.RELEASE_FUNDS -> requireText(task, Vars.RELEASE_DOCUMENT_NO, "资金下达文号");
			default -> throw new IllegalStateException("not a batch task: " + task.getTaskDefinitionKey());
		}
		Texts.clean((String) task.getVariable(Vars.COMMENT));
		batches.close(batch, users.current().id());
	}

	private static void requireConfirmed(DelegateTask task) {
		if (!Boolean.TRUE.equals(task.getVariable("confirmed"))) {
			throw new ProcessEngineException("请先核对并勾选确认清单");
		}
	}

	private static void requireText(DelegateTask task, String variable, String label) {
		Object value = task.getVariable(variable);
		if (!(value instanceof String text) || text.isBlank() || text.length() > MAX_TEXT) {
			throw new ProcessEngineException("请填写" + label + "（不超过 " + MAX_TEXT + " 字）");
		}
	}

}
