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

import cn.gov.jiangmen.subsidy.procedure.ProcessConstants.Vars;

/**
 * Prepares every new user task, whatever its model says:
 * <ul>
 * <li>Each form opens undecided. Reviews share the variables {@code decision} and {@code comment};
 * left in place, the district's 通过 would stand pre-selected in the city's review.</li>
 * <li>Tasklist's list columns (application number, enterprise, district, amount) read variables
 * the user may read. Officers may read their tasks but not whole process instances (that would
 * show other districts), so each new task gets its own copy of those few values; they never
 * change while the task is open.</li>
 * </ul>
 */
@Component
class NewTaskPreparation extends AbstractProcessEnginePlugin {

	static final List<String> COLUMNS = List.of(Vars.APPLICATION_ID, Vars.ENTERPRISE_NAME, Vars.DISTRICT_NAME,
			Vars.TOTAL, Vars.BATCH_ID);

	static final List<String> PREVIOUS_ANSWERS = List.of(Vars.DECISION, Vars.COMMENT, Vars.REASON);

	private static final TaskListener PREPARE = task -> {
		PREVIOUS_ANSWERS.forEach(name -> task.getExecution().removeVariable(name));
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
