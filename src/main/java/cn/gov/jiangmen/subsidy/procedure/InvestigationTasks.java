package cn.gov.jiangmen.subsidy.procedure;

import java.util.Objects;
import java.util.function.Consumer;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import cn.gov.jiangmen.subsidy.processes.ProcessConstants.Elements;
import cn.gov.jiangmen.subsidy.processes.ProcessConstants.Vars;

/**
 * The open investigation of one objection, for its reminder and its escalation: an application may
 * have several objections under investigation, each with its own deadline.
 */
@Component
class InvestigationTasks {

	private final TaskService tasks;

	InvestigationTasks(TaskService tasks) {
		this.tasks = tasks;
	}

	void raisePriority(DelegateExecution objection, int priority) {
		forEachOpen(objection, task -> tasks.setPriority(task.getId(), priority));
	}

	void shareWith(DelegateExecution objection, String group, int priority) {
		forEachOpen(objection, task -> {
			tasks.addCandidateGroup(task.getId(), group);
			tasks.setPriority(task.getId(), priority);
		});
	}

	private void forEachOpen(DelegateExecution objection, Consumer<Task> action) {
		Object objectionId = objection.getVariable(Vars.OBJECTION_ID);
		tasks.createTaskQuery()
			.processInstanceId(objection.getProcessInstanceId())
			.taskDefinitionKey(Elements.INVESTIGATE_OBJECTION)
			.list()
			.stream()
			.filter(task -> Objects.equals(objectionId, tasks.getVariable(task.getId(), Vars.OBJECTION_ID)))
			.forEach(action);
	}

}
