package cn.gov.jiangmen.subsidy.procedure;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import cn.gov.jiangmen.subsidy.application.ApplicationHistory;
import cn.gov.jiangmen.subsidy.batch.Batch;
import cn.gov.jiangmen.subsidy.batch.BatchKind;
import cn.gov.jiangmen.subsidy.batch.BatchService;
import cn.gov.jiangmen.subsidy.batch.BatchTerms;
import cn.gov.jiangmen.subsidy.notice.Notice;
import cn.gov.jiangmen.subsidy.notice.Notices;
import cn.gov.jiangmen.subsidy.processes.ProcessConstants.Messages;
import cn.gov.jiangmen.subsidy.processes.ProcessConstants.Vars;

/**
 * The officer's one act for the whole list: every application of the batch receives its message,
 * with the dates that act fixes (end of the public notice, the budget year), as {@link BatchTerms}
 * reads them from the procedure's dated terms.
 */
@Component
class ReleaseBatchDelegate implements JavaDelegate {

	private final BatchService batches;
	private final RuntimeService runtime;
	private final BatchTerms terms;
	private final ApplicationHistory history;
	private final Notices notices;

	ReleaseBatchDelegate(BatchService batches, RuntimeService runtime, BatchTerms terms, ApplicationHistory history,
			Notices notices) {
		this.batches = batches;
		this.runtime = runtime;
		this.terms = terms;
		this.history = history;
		this.notices = notices;
	}

	/**
	 * The batch is the one of this very process, its act the one its officer closed it with: the
	 * messages go to the process instances the batch lists, and the history names that officer.
	 */
	@Override
	public void execute(DelegateExecution execution) {
		Batch batch = batches.ofProcess(execution.getProcessInstanceId(), execution.getProcessBusinessKey());
		Act act = act(batch, execution);
		for (BatchService.Listed listed : batches.release(batch)) {
			runtime.createMessageCorrelation(act.message())
				.processInstanceId(listed.processInstanceId())
				.setVariables(act.variables())
				.correlateWithResult();
			history.record(listed.applicationId(), act.step(), batch.closedBy(), act.note());
		}
	}

	private record Act(String message, String step, String note, Map<String, Object> variables) {
	}

	private Act act(Batch batch, DelegateExecution execution) {
		BatchKind kind = batch.kind();
		String batchId = batch.id();
		Date now = ClockUtil.getCurrentTime();
		String comment = (String) execution.getVariable(Vars.COMMENT);
		comment = comment == null || comment.isBlank() ? null : comment.strip();
		String suffix = comment == null ? "" : "；" + comment;
		Map<String, Object> variables = new HashMap<>();
		return switch (kind) {
			case DISTRICT_PLAN -> {
				yield new Act(Messages.DISTRICT_PLAN_REPORTED, "PLAN_REPORTED", "列入拟下达项目计划 " + batchId + " 报市商务局" + suffix,
						variables);
			}
			case PUBLIC_NOTICE -> {
				// The notice is the record of the act; its period is the one the timers keep.
				Notice notice = notices.publish(batchId, batch.closedBy(), (String) execution.getVariable(Vars.NOTICE_CONTACT));
				variables.put(Vars.NOTICE_ENDS_AT, Date.from(notice.endsAt()));
				yield new Act(Messages.NOTICE_PUBLISHED, "NOTICE_PUBLISHED", "公示 " + notice.documentNo() + "（"
						+ notice.id() + "），公示期 " + notice.firstDay() + " 至 " + notice.lastDay() + suffix, variables);
			}
			case BUDGET -> {
				BatchTerms.BudgetYear budget = terms.budgetYear(now);
				variables.put(Vars.BUDGET_YEAR, budget.year());
				variables.put(Vars.BUDGET_YEAR_STARTS_AT, budget.startsAt());
				yield new Act(Messages.BUDGET_INCLUDED, "BUDGET_INCLUDED",
						"编入 " + budget.year() + " 年部门预算（" + batchId + "）" + suffix, variables);
			}
			case FUNDS_RELEASE -> {
				String document = ((String) execution.getVariable(Vars.RELEASE_DOCUMENT_NO)).strip();
				yield new Act(Messages.FUNDS_RELEASED, "FUNDS_RELEASED", "市财政局下达资金，文号 " + document + suffix,
						variables);
			}
		};
	}

}
