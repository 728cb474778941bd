package cn.gov.jiangmen.subsidy.procedure;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.gov.jiangmen.subsidy.application.ApplicationLifecycle;
import cn.gov.jiangmen.subsidy.procedure.ProcessConstants.Decisions;
import cn.gov.jiangmen.subsidy.procedure.ProcessConstants.Vars;
import cn.gov.jiangmen.subsidy.quote.InvalidClaimRequestException;
import cn.gov.jiangmen.subsidy.security.CurrentUsers;

/**
 * The enterprise's answer to a return: corrected items (checked by the same rules as a new
 * submission) and resubmit, or withdraw.
 */
@Component("supplementRecorder")
public class SupplementRecorder {

	private final ApplicationLifecycle lifecycle;
	private final CurrentUsers users;
	private final ObjectMapper json;

	SupplementRecorder(ApplicationLifecycle lifecycle, CurrentUsers users,
			ObjectMapper json) {
		this.lifecycle = lifecycle;
		this.users = users;
		this.json = json;
	}

	public void record(DelegateTask task) {
		String action = (String) task.getVariable(Vars.SUPPLEMENT_ACTION);
		String applicationId = (String) task.getVariable(Vars.APPLICATION_ID);
		String comment = Texts.clean((String) task.getVariable(Vars.COMMENT));
		String actor = users.current().id();
		if (Decisions.WITHDRAW.equals(action)) {
			task.setVariable("withdrawnBy", actor);
			return;
		}
		if (!Decisions.RESUBMIT.equals(action)) {
			throw new ProcessEngineException("请选择补正后重新提交或撤回申报 (supplementAction '" + action + "')");
		}
		try {
			lifecycle.replaceItems(applicationId, items(task), actor, comment);
		}
		catch (InvalidClaimRequestException e) {
			throw new ProcessEngineException("补正内容有误：" + e.getMessage(), e);
		}
	}

	private JsonNode items(DelegateTask task) {
		Object value = task.getVariable(Vars.ITEM_INPUTS);
		try {
			return value instanceof String text ? json.readTree(text) : json.readTree(value.toString());
		}
		catch (JsonProcessingException e) {
			throw new ProcessEngineException("补正的申报事项不是有效数据", e);
		}
	}

}
