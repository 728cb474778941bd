package cn.gov.jiangmen.subsidy.procedure;

import java.time.LocalDate;
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
import cn.gov.jiangmen.subsidy.calendar.WorkingDays;
import cn.gov.jiangmen.subsidy.procedure.ProcessConstants.Messages;
import cn.gov.jiangmen.subsidy.procedure.ProcessConstants.Vars;

/**
 * The officer's one act for the whole list: every application of the batch receives its message,
 * with the dates that act fixes (end of the public notice, the budget year).
 */
@Component
class ReleaseBatchDelegate implements JavaDelegate {

	/** 第十四条: 公示时间不少于5个工作日 */
	static final int NOTICE_WORKING_DAYS = 5;

	private final BatchService batches;
	private final RuntimeService runtime;
	private final WorkingDays workingDays;
	private final ApplicationHistory history;

	ReleaseBatchDelegate(BatchService batches, RuntimeService runtime, WorkingDays workingDays,
			ApplicationHistory history) {
		this.batches = batches;
		this.runtime = runtime;
		this.workingDays = workingDays;
		this.history = history;
	}

	/**
	 * The batch is the one of this very process, its act the one its officer closed it with: the
	 * messages go to the process instances the batch lists, and the history names that officer.
	 */
	@Override
	public void execute(DelegateExecution execution) {
		Batch batch = batches.ofProcess(execution.getProcessInstanceId(), execution.getProcessBusinessKey());
		Act act = act(batch.kind(), execution, batch.id());
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

	private Act act(BatchKind kind, DelegateExecution execution, String batchId) {
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
				String channel = ((String) execution.getVariable(Vars.NOTICE_CHANNEL)).strip();
				Date endsAt = workingDays.endOfWorkingDaysAfter(now, NOTICE_WORKING_DAYS);
				variables.put(Vars.NOTICE_ENDS_AT, endsAt);
				LocalDate lastDay = endsAt.toInstant().atZone(WorkingDays.ZONE).toLocalDate().minusDays(1);
				yield new Act(Messages.NOTICE_PUBLISHED, "NOTICE_PUBLISHED",
						"公示 " + batchId + "，渠道：" + channel + "，公示期至 " + lastDay + suffix, variables);
			}
			case BUDGET -> {
				int budgetYear = now.toInstant().atZone(WorkingDays.ZONE).getYear() + 1;
				variables.put(Vars.BUDGET_YEAR, budgetYear);
				variables.put(Vars.BUDGET_YEAR_STARTS_AT,
						Date.from(LocalDate.of(budgetYear, 1, 1).atStartOfDay(WorkingDays.ZONE).toInstant()));
				yield new Act(Messages.BUDGET_INCLUDED, "BUDGET_INCLUDED",
						"编入 " + budgetYear + " 年部门预算（" + batchId + "）" + suffix, variables);
			}
			case FUNDS_RELEASE -> {
				String document = ((String) execution.getVariable(Vars.RELEASE_DOCUMENT_NO)).strip();
				yield new Act(Messages.FUNDS_RELEASED, "FUNDS_RELEASED", "市财政局下达资金，文号 " + document + suffix,
						variables);
			}
		};
	}

}
