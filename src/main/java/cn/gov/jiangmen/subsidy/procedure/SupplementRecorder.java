package cn.gov.jiangmen.subsidy.procedure;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.gov.jiangmen.subsidy.application.ApplicationLifecycle;
import cn.gov.jiangmen.subsidy.processes.ProcessConstants.Decisions;
import cn.gov.jiangmen.subsidy.processes.ProcessConstants.Vars;
import cn.gov.jiangmen.subsidy.refusal.InvalidFieldsException;
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
	private final ApplicationOfProcess applications;

	SupplementRecorder(ApplicationLifecycle lifecycle, CurrentUsers users, ObjectMapper json,
			ApplicationOfProcess applications) {
		this.lifecycle = lifecycle;
		this.users = users;
		this.json = json;
		this.applications = applications;
	}

	public void record(DelegateTask task) {
		String action = (String) task.getVariable(Vars.SUPPLEMENT_ACTION);
		String comment = FreeText.clean((String) task.getVariable(Vars.COMMENT));
		if (Decisions.WITHDRAW.equals(action)) {
			return;
		}
		if (!Decisions.RESUBMIT.equals(action)) {
			throw new ProcessEngineException("请选择补正后重新提交或撤回申报 (supplementAction '" + action + "')");
		}
		// The district's next review reads the enterprise's explanation beside its own return reason.
		task.setVariable(Vars.SUPPLEMENT_EXPLANATION, comment == null ? "（企业未填写补正说明）" : comment);
		try {
			lifecycle.replaceItems(applications.of(task), items(task), users.current().id(), comment);
		}
		catch (InvalidFieldsException e) {
			throw new ProcessEngineException("补正内容有误：" + e.getMessage(), e);
		}
	}

	/**
	 * Tasklist sends an empty optional field of the item list as null; a request leaves it out.
	 * Dropping the nulls lets the same rules read both.
	 */
	private JsonNode items(DelegateTask task) {
		Object value = task.getVariable(Vars.ITEM_INPUTS);
		if (value == null) {
			throw new ProcessEngineException("缺少申报事项 (itemInputs)");
		}
		try {
			JsonNode items = json.readTree(value.toString());
			for (JsonNode item : items) {
				if (item instanceof ObjectNode fields) {
					List<String> empty = new ArrayList<>();
					fields.fields().forEachRemaining(field -> {
						if (field.getValue().isNull()) {
							empty.add(field.getKey());
						}
					});
					fields.remove(empty);
				}
			}
			return items;
		}
		catch (JsonProcessingException e) {
			throw new ProcessEngineException("补正的申报事项不是有效数据", e);
		}
	}

}
