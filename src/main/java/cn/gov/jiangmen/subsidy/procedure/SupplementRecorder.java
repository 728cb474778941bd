package cn.gov.jiangmen.subsidy.procedure;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import cn.gov.jiangmen.subsidy.application.ApplicationLifecycle;
import cn.gov.jiangmen.subsidy.procedure.ProcessConstants.Decisions;
import cn.gov.jiangmen.subsidy.procedure.ProcessConstants.Vars;
import cn.gov.jiangmen.subsidy.security.CurrentUsers;

/**
 * The answer to a return: resubmit what the application now holds (the enterprise corrects its
 * items in the portal before it resubmits; an officer who filed for an enterprise resubmits the
 * items as they are), or withdraw. The items never travel with the task: a completion carries only
 * the supplement form's fields, and the guard refuses any other.
 */
@Component("supplementRecorder")
public class SupplementRecorder {

	private final ApplicationLifecycle lifecycle;
	private final CurrentUsers users;
	private final ApplicationOfProcess applications;

	SupplementRecorder(ApplicationLifecycle lifecycle, CurrentUsers users, ApplicationOfProcess applications) {
		this.lifecycle = lifecycle;
		this.users = users;
		this.applications = applications;
	}

	public void record(DelegateTask task) {
		String action = (String) task.getVariable(Vars.SUPPLEMENT_ACTION);
		String comment = Texts.clean((String) task.getVariable(Vars.COMMENT));
		if (Decisions.WITHDRAW.equals(action)) {
			return;
		}
		if (!Decisions.RESUBMIT.equals(action)) {
			throw new ProcessEngineException("请选择补正后重新提交或撤回申报 (supplementAction '" + action + "')");
		}
		lifecycle.resubmitted(applications.of(task), users.current().id(), comment);
	}

}
