package cn.gov.jiangmen.subsidy.procedure;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.gov.jiangmen.subsidy.application.ApplicationHistory;

/** Three working days before the deadline the objection task rises in the investigator's list. */
@Component
class RemindInvestigatorDelegate implements JavaDelegate {

	static final int REMINDER_PRIORITY = 75;

	private final InvestigationTasks investigations;
	private final ApplicationHistory history;
	private final ApplicationOfProcess applications;

	RemindInvestigatorDelegate(InvestigationTasks investigations, ApplicationHistory history,
			ApplicationOfProcess applications) {
		this.investigations = investigations;
		this.history = history;
		this.applications = applications;
	}

	@Override
	public void execute(DelegateExecution execution) {
		investigations.raisePriority(execution.getProcessInstanceId(), REMINDER_PRIORITY);
		history.record(applications.of(execution), "OBJECTION_REMINDER", "system",
				"异议核查将于3个工作日后到期，请及时处理");
	}

}
