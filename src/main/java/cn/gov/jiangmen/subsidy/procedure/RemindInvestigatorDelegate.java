package cn.gov.jiangmen.subsidy.procedure;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import cn.gov.jiangmen.subsidy.application.ApplicationHistory;
import cn.gov.jiangmen.subsidy.calendar.WorkingDays;
import cn.gov.jiangmen.subsidy.policy.ProcedureTerms;
import cn.gov.jiangmen.subsidy.processes.ProcessConstants.Vars;

/**
 * When the last working days of the investigation begin (the timer the objection set, from
 * {@link ProcedureTerms#REMINDER_WORKING_DAYS_LEFT}) the objection task rises in the investigator's list.
 */
@Component
class RemindInvestigatorDelegate implements JavaDelegate {

	static final int REMINDER_PRIORITY = 75;

	private final InvestigationTasks investigations;
	private final ApplicationHistory history;
	private final ApplicationOfProcess applications;
	private final ProcedureTerms terms;
	private final WorkingDays workingDays;

	RemindInvestigatorDelegate(InvestigationTasks investigations, ApplicationHistory history,
			ApplicationOfProcess applications, ProcedureTerms terms, WorkingDays workingDays) {
		this.investigations = investigations;
		this.history = history;
		this.applications = applications;
		this.terms = terms;
		this.workingDays = workingDays;
	}

	@Override
	public void execute(DelegateExecution execution) {
		investigations.raisePriority(execution, REMINDER_PRIORITY);
		int daysLeft = terms.reminderWorkingDaysLeft(workingDays.dayOf(ClockUtil.getCurrentTime())).value();
		history.record(applications.of(execution), "OBJECTION_REMINDER", "system",
				"第" + execution.getVariable(Vars.OBJECTION_NUMBER) + "件异议的核查将于" + daysLeft + "个工作日后到期，请及时处理");
	}

}
