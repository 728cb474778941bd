package cn.gov.jiangmen.subsidy.procedure;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import cn.gov.jiangmen.subsidy.procedure.ProcessConstants.Elements;
import cn.gov.jiangmen.subsidy.procedure.ProcessConstants.Vars;
import cn.gov.jiangmen.subsidy.security.CurrentUsers;

/**
 * Checks a batch form on the server when the officer completes it, and notes who acted: the
 * release itself runs afterwards as a job, where no user is signed in.
 */
@Component("batchForms")
public class BatchForms {

	static final String ACTOR = "batchActor";
	static final int MAX_TEXT = 500;

	private final CurrentUsers users;

	BatchForms(CurrentUsers users) {
		this.users = users;
	}

	public void check(DelegateTask task) {
		switch (task.getTaskDefinitionKey()) {
			case Elements.REPORT_DISTRICT_PLAN, Elements.INCLUDE_IN_BUDGET -> requireConfirmed(task);
			case Elements.PUBLISH_NOTICE -> requireText(task, Vars.NOTICE_CHANNEL, "公示网址或渠道");
			case Elements.RELEASE_FUNDS -> requireText(task, Vars.RELEASE_DOCUMENT_NO, "资金下达文号");
			default -> throw new IllegalStateException("not a batch task: " + task.getTaskDefinitionKey());
		}
		Texts.clean((String) task.getVariable(Vars.COMMENT));
		task.setVariable(ACTOR, users.current().id());
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
