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
 * Tasklist's list columns (application number, enterprise, district, amount) read variables the
 * user may read. Officers may read their tasks but not whole process instances (that would show
 * other districts), so each new task gets its own copy of those few values. They never change
 * while the task is open.
 */
@Component
class TaskListColumns extends AbstractProcessEnginePlugin {

	static final List<String> COLUMNS = List.of(Vars.APPLICATION_ID, Vars.ENTERPRISE_NAME, Vars.DISTRICT_NAME,
			Vars.TOTAL, Vars.BATCH_ID);

	private static final TaskListener COPY_COLUMNS = task -> COLUMNS.forEach(name -> {
		Object value = task.getVariable(name);
		if (value != null) {
			task.setVariableLocal(name, value);
		}
	});

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		if (configuration.getCustomPreBPMNParseListeners() == null) {
			configuration.setCustomPreBPMNParseListeners(new java.util.ArrayList<>());
		}
		configuration.getCustomPreBPMNParseListeners().add(new AbstractBpmnParseListener() {
			@Override
			public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
				((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
					.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, COPY_COLUMNS);
			}
		});
	}

}
