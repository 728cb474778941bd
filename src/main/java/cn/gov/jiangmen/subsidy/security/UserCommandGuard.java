package cn.gov.jiangmen.subsidy.security;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.ActivityStatisticsQueryImpl;
import org.camunda.bpm.engine.impl.CleanableHistoricBatchReportImpl;
import org.camunda.bpm.engine.impl.CleanableHistoricDecisionInstanceReportImpl;
import org.camunda.bpm.engine.impl.CleanableHistoricProcessInstanceReportImpl;
import org.camunda.bpm.engine.impl.DeploymentStatisticsQueryImpl;
import org.camunda.bpm.engine.impl.HistoricActivityStatisticsQueryImpl;
import org.camunda.bpm.engine.impl.HistoricProcessInstanceReportImpl;
import org.camunda.bpm.engine.impl.HistoricTaskInstanceReportImpl;
import org.camunda.bpm.engine.impl.ProcessDefinitionStatisticsQueryImpl;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cmd.AbstractAddIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractCorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRemoveVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetTaskPropertyCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CreateAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteJobCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteJobsCmd;
import org.camunda.bpm.engine.impl.cmd.GetUniqueTaskWorkerCountCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.MessageEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.RecalculateJobDuedateCmd;
import org.camunda.bpm.engine.impl.cmd.ResolveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SaveAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobDuedateCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobPriorityCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobRetriesCmd;
import org.camunda.bpm.engine.impl.cmd.SignalCmd;
import org.camunda.bpm.engine.impl.cmd.SignalEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.jobexecutor.FailedJobListener;
import org.camunda.bpm.engine.impl.metrics.MetricsQueryImpl;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;

/**
 * The engine's own check of what a signed-in user asks of it, whichever door the request came
 * through (the engine REST API, Tasklist's copy of it, or the application acting for the user):
 * <ul>
 * <li>A task is completed with the fields of its Camunda Form and nothing else, each a plain value
 * (text, number, yes/no, date, or a JSON list such as the items of a supplement). Anything else
 * would reach the delegates and listeners as if the procedure had set it.</li>
 * <li>Only the admin sets or removes variables, throws BPMN errors or escalations at a task,
 * resolves tasks, correlates messages or signals, runs or reschedules jobs, attaches files to
 * tasks, or reads the city-wide statistics, reports and metrics: nobody else ends, moves or
 * steers a process except through its forms. A refused run of a job is not booked as the job's
 * failure either: the engine would take one of its retries each time, and a few calls would stop a
 * deadline's timer with an incident.</li>
 * <li>A task is claimed for oneself only; its assignee may give it back.</li>
 * <li>A refusal names nothing: not the resource, nor the process instance it belongs to.</li>
 * </ul>
 * Only the outermost command of a call is judged: what the procedure's own listeners and
 * delegates do inside it (messages, variables) is the application's doing, not the user's. Work
 * without a signed-in user (jobs, start-up) is the engine's own.
 */
final class UserCommandGuard extends CommandInterceptor {

	static final String REFUSED = "无权执行此操作：流程只能通过任务表单办理";
	static final String NOT_YOURS = "无权执行此操作：不属于本人或本部门办理的事项";

	private static final List<Class<?>> ADMIN_ONLY = List.of(
			AbstractSetVariableCmd.class, AbstractRemoveVariableCmd.class, AbstractPatchVariablesCmd.class,
			HandleTaskBpmnErrorCmd.class, HandleTaskEscalationCmd.class, ResolveTaskCmd.class,
			AbstractCorrelateMessageCmd.class, MessageEventReceivedCmd.class, SignalEventReceivedCmd.class,
			SignalCmd.class,
			ExecuteJobsCmd.class, FailedJobListener.class, SetJobRetriesCmd.class, SetJobDuedateCmd.class,
			RecalculateJobDuedateCmd.class, SetJobPriorityCmd.class, DeleteJobCmd.class,
			CreateAttachmentCmd.class, SaveAttachmentCmd.class, DeleteAttachmentCmd.class,
			ProcessDefinitionStatisticsQueryImpl.class, ActivityStatisticsQueryImpl.class,
			DeploymentStatisticsQueryImpl.class, HistoricActivityStatisticsQueryImpl.class,
			HistoricProcessInstanceReportImpl.class, HistoricTaskInstanceReportImpl.class,
			CleanableHistoricProcessInstanceReportImpl.class, CleanableHistoricDecisionInstanceReportImpl.class,
			CleanableHistoricBatchReportImpl.class, MetricsQueryImpl.class, GetUniqueTaskWorkerCountCmd.class);

	/** Value types a form sends: form-js submits text, numbers, booleans, dates as text, and JSON lists. */
	private static final Set<String> PLAIN_TYPES = Set.of("string", "boolean", "integer", "long", "short", "double",
			"date", "null", "json");

	private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

	@Override
	public <T> T execute(Command<T> command) {
		int[] depth = DEPTH.get();
		depth[0]++;
		try {
			if (depth[0] == 1 && judge(command) == Verdict.OWN_TASK_GIVEN_BACK) {
				return withoutAuthorizationCheck(command);
			}
			return next.execute(command);
		}
		catch (AuthorizationException refused) {
			throw depth[0] == 1 ? withoutNames(refused) : refused;
		}
		finally {
			depth[0]--;
		}
	}

	/**
	 * The engine's refusals name what was refused: the resource, the permission and, for a job or
	 * an incident, the process instance it belongs to, which the user did not name and may not
	 * know. A signed-in user other than the admin is told only that it was refused.
	 */
	private static AuthorizationException withoutNames(AuthorizationException refused) {
		CommandContext context = Context.getCommandContext();
		Authentication user = context == null ? null : context.getAuthentication();
		if (user == null || user.getUserId() == null || context.getAuthorizationManager().isCamundaAdmin(user)
				|| REFUSED.equals(refused.getMessage())) {
			return refused;
		}
		AuthorizationException plain = new AuthorizationException(NOT_YOURS);
		plain.initCause(refused);
		return plain;
	}

	private enum Verdict {
		AS_THE_ENGINE_DECIDES, OWN_TASK_GIVEN_BACK
	}

	private Verdict judge(Command<?> command) {
		CommandContext context = Context.getCommandContext();
		Authentication user = context == null ? null : context.getAuthentication();
		if (user == null || user.getUserId() == null) {
			return Verdict.AS_THE_ENGINE_DECIDES;
		}
		if (command instanceof ClaimTaskCmd) {
			checkClaimedForSelf(context, user, (String) field(command, ClaimTaskCmd.class, "userId"));
		}
		else if (command instanceof AssignTaskCmd) {
			return givesBackOwnTask(context, user, (String) field(command, AbstractSetTaskPropertyCmd.class, "taskId"),
					(String) field(command, AbstractAddIdentityLinkCmd.class, "userId"));
		}
		else if (command instanceof ResolveTaskCmd) {
			refuseUnlessAdmin(context, user);
		}
		else if (command instanceof CompleteTaskCmd) {
			checkFormFields(context, (String) field(command, CompleteTaskCmd.class, "taskId"),
					map(field(command, CompleteTaskCmd.class, "variables")));
		}
		else if (command instanceof SubmitTaskFormCmd) {
			checkFormFields(context, (String) field(command, SubmitTaskFormCmd.class, "taskId"),
					map(field(command, SubmitTaskFormCmd.class, "properties")));
		}
		else if (ADMIN_ONLY.stream().anyMatch(refused -> refused.isInstance(command))) {
			refuseUnlessAdmin(context, user);
		}
		return Verdict.AS_THE_ENGINE_DECIDES;
	}

	/**
	 * Whoever may work a task claims it for themselves, never for someone else: the assignee gets
	 * a grant to work the task, and a user of another enterprise (the group of every tenant) would
	 * get one on this enterprise's supplement.
	 */
	private static void checkClaimedForSelf(CommandContext context, Authentication user, String claimant) {
		if (claimant != null && !claimant.equals(user.getUserId())) {
			refuseUnlessAdmin(context, user);
		}
	}

	/**
	 * Those who work tasks may not assign them (TASK_WORK, not TASK_ASSIGN), but the one a task is
	 * assigned to may give it back (Tasklist's 取消认领), so that a colleague can take it.
	 */
	private static Verdict givesBackOwnTask(CommandContext context, Authentication user, String taskId,
			String newAssignee) {
		TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
		boolean ownTaskGivenBack = newAssignee == null && task != null && user.getUserId().equals(task.getAssignee());
		return ownTaskGivenBack ? Verdict.OWN_TASK_GIVEN_BACK : Verdict.AS_THE_ENGINE_DECIDES;
	}

	private <T> T withoutAuthorizationCheck(Command<T> command) {
		CommandContext context = Context.getCommandContext();
		context.disableAuthorizationCheck();
		try {
			return next.execute(command);
		}
		finally {
			context.enableAuthorizationCheck();
		}
	}

	private static void refuseUnlessAdmin(CommandContext context, Authentication user) {
		if (!context.getAuthorizationManager().isCamundaAdmin(user)) {
			throw new AuthorizationException(REFUSED);
		}
	}

	/**
	 * Whoever may not work on the task learns nothing about its form: the engine's own check
	 * comes first, as the command would make it.
	 */
	private static void checkFormFields(CommandContext context, String taskId, Map<String, ?> variables) {
		TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
		if (task == null || variables == null || variables.isEmpty()) {
			return;
		}
		for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
			checker.checkTaskWork(task);
		}
		Set<String> fields = fieldsOfForm(context, taskId);
		List<String> unknown = variables.keySet().stream().filter(name -> !fields.contains(name)).sorted().toList();
		if (!unknown.isEmpty()) {
			throw new FormFieldValidationException(unknown,
					"此任务的表单没有这些字段，不能随任务提交：" + String.join("、", unknown));
		}
		List<String> notPlain = variables.keySet().stream()
			.filter(name -> !plain(valueOf(variables, name)))
			.sorted()
			.toList();
		if (!notPlain.isEmpty()) {
			throw new FormFieldValidationException(notPlain,
					"表单字段只能是文本、数字、是否、日期或列表：" + String.join("、", notPlain));
		}
	}

	/** The form Tasklist shows for the task; a task without one takes no variables. */
	private static Set<String> fieldsOfForm(CommandContext context, String taskId) {
		try {
			String form = context.runWithoutAuthorization(() -> {
				try (InputStream in = context.getProcessEngineConfiguration().getFormService()
					.getDeployedTaskForm(taskId)) {
					return new String(in.readAllBytes(), StandardCharsets.UTF_8);
				}
			});
			return FormFields.submittedBy(form);
		}
		catch (ProcessEngineException noDeployedForm) {
			return Set.of();
		}
	}

	/** A variable map from the REST API holds typed values; read as they are, never deserialized. */
	private static Object valueOf(Map<String, ?> variables, String name) {
		return variables instanceof VariableMap typed ? typed.getValueTyped(name) : variables.get(name);
	}

	private static boolean plain(Object value) {
		if (value instanceof TypedValue typed) {
			ValueType type = typed.getType();
			return type == null ? plainObject(typed.getValue()) : PLAIN_TYPES.contains(type.getName());
		}
		return plainObject(value);
	}

	private static boolean plainObject(Object value) {
		return value == null || value instanceof String || value instanceof Boolean || value instanceof Number
				|| value instanceof Date || value instanceof SpinJsonNode;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, ?> map(Object value) {
		return (Map<String, ?>) value;
	}

	/**
	 * The engine's completion commands keep the task and its variables in protected fields, with no
	 * getter. If a later engine renames them, every completion by a user is refused until this is
	 * adapted: the check fails closed, never open.
	 */
	private static Object field(Object command, Class<?> declaring, String name) {
		try {
			Field field = declaring.getDeclaredField(name);
			field.setAccessible(true);
			return field.get(command);
		}
		catch (ReflectiveOperationException | RuntimeException e) {
			throw new ProcessEngineException("cannot check the variables sent with " + declaring.getSimpleName(), e);
		}
	}

}
