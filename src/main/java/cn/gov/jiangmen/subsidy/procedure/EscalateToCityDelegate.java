package cn.gov.jiangmen.subsidy.procedure;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.gov.jiangmen.subsidy.application.ApplicationHistory;
import cn.gov.jiangmen.subsidy.procedure.ProcessConstants.Groups;

/**
 * The 10 working days of 第十四条 have passed: the city bureau gets the open investigation too,
 * so it can decide it itself or press the district.
 */
@Component
class EscalateToCityDelegate implements JavaDelegate {

	static final int OVERDUE_PRIORITY = 100;

	private final InvestigationTasks investigations;
	private final ApplicationHistory history;
	private final ApplicationOfProcess applications;

	EscalateToCityDelegate(InvestigationTasks investigations, ApplicationHistory history,
			ApplicationOfProcess applications) {
		this.investigations = investigations;
		this.history = history;
		this.applications = applications;
	}

	@Override
	public void execute(DelegateExecution execution) {
		investigations.shareWith(execution.getProcessInstanceId(), Groups.CITY_COMMERCE, OVERDUE_PRIORITY);
		history.record(applications.of(execution), "OBJECTION_ESCALATED", "system",
				"异议核查已超过10个工作日，已提请市商务局督办");
	}

}
