package cn.gov.jiangmen.subsidy.procedure;

import java.util.function.Consumer;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import cn.gov.jiangmen.subsidy.processes.ProcessConstants.Elements;

/** The open objection investigation of an application, for the reminder and the escalation. */
@Component
class InvestigationTasks {

	private final TaskService tasks;

	InvestigationTasks(TaskService tasks) {
		this.tasks = tasks;
	}

	void raisePriority(String processInstanceId, int priority) {
		forEachOpen(processInstanceId, task -> tasks.setPriority(task.getId(), priority));
	}

	void shareWith(String processInstanceId, String group, int priority) {
		forEachOpen(processInstanceId, task -> {
			tasks.addCandidateGroup(task.getId(), group);
			tasks.setPriority(task.getId(), priority);
		});
	}

	private void forEachOpen(String processInstanceId, Consumer<Task> action) {
		tasks.createTaskQuery()
			.processInstanceId(processInstanceId)
			.taskDefinitionKey(Elements.INVESTIGATE_OBJECTION)
			.list()
			.forEach(action);
	}

}
