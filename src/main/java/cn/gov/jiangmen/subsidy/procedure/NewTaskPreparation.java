package cn.gov.jiangmen.subsidy.procedure;

import java.util.List;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

import cn.gov.jiangmen.subsidy.processes.ProcessConstants.Vars;

/**
 * Gives every new user task the values of Tasklist's list columns (application number, enterprise,
 * district, amount): officers may read their tasks but not whole process instances (that would
 * show other districts), so each new task gets its own copy of those few values; they never change
 * while the task is open. What a task's form writes is not touched here: each review task's input
 * mapping, visible in the model, empties its {@code decision}, {@code comment}
 * and, where the form has it, {@code reason}.
 */
@Component
class NewTaskPreparation extends AbstractProcessEnginePlugin {

	static final List<String> COLUMNS = List.of(Vars.APPLICATION_ID, Vars.ENTERPRISE_NAME, Vars.DISTRICT_NAME,
			Vars.TOTAL, Vars.BATCH_ID);

	private static final TaskListener PREPARE = task -> {
		COLUMNS.forEach(name -> {
			Object value = task.getVariable(name);
			if (value != null) {
				task.setVariableLocal(name, value);
			}
		});
	};

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		if (configuration.getCustomPreBPMNParseListeners() == null) {
			configuration.setCustomPreBPMNParseListeners(new java.util.ArrayList<>());
		}
		configuration.getCustomPreBPMNParseListeners().add(new AbstractBpmnParseListener() {
			@Override
			public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
				((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
					.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, PREPARE);
			}
		});
	}

}
