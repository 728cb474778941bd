package cn.gov.jiangmen.subsidy.procedure;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.gov.jiangmen.subsidy.application.ApplicationHistory;
import cn.gov.jiangmen.subsidy.policy.ProcedureTerms;
import cn.gov.jiangmen.subsidy.processes.ProcessConstants.Groups;
import cn.gov.jiangmen.subsidy.processes.ProcessConstants.Vars;

/**
 * The working days of 第十四条 for the re-investigation (10, as the term in force on the day the
 * objection was received says) have passed: the city bureau gets the open investigation too,
 * so it can decide it itself or press the district.
 */
@Component
class EscalateToCityDelegate implements JavaDelegate {

	static final int OVERDUE_PRIORITY = 100;

	private final InvestigationTasks investigations;
	private final ApplicationHistory history;
	private final ApplicationOfProcess applications;
	private final ProcedureTerms terms;

	EscalateToCityDelegate(InvestigationTasks investigations, ApplicationHistory history,
			ApplicationOfProcess applications, ProcedureTerms terms) {
		this.investigations = investigations;
		this.history = history;
		this.applications = applications;
		this.terms = terms;
	}

	@Override
	public void execute(DelegateExecution execution) {
		investigations.shareWith(execution, Groups.CITY_COMMERCE, OVERDUE_PRIORITY);
		LocalDate receivedOn = LocalDate.parse((String) execution.getVariable(Vars.OBJECTION_RECEIVED_ON));
		ProcedureTerms.Term term = terms.investigationWorkingDays(receivedOn);
		history.record(applications.of(execution), "OBJECTION_ESCALATED", "system",
				"第" + execution.getVariable(Vars.OBJECTION_NUMBER) + "件异议的核查已超过" + term.value() + "个工作日（"
						+ term.article() + "），已提请市商务局督办");
	}

}
