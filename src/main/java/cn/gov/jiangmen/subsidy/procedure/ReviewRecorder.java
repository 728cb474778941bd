package cn.gov.jiangmen.subsidy.procedure;

import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import cn.gov.jiangmen.subsidy.application.ApplicationHistory;
import cn.gov.jiangmen.subsidy.procedure.ProcessConstants.Decisions;
import cn.gov.jiangmen.subsidy.procedure.ProcessConstants.Elements;
import cn.gov.jiangmen.subsidy.procedure.ProcessConstants.Vars;
import cn.gov.jiangmen.subsidy.security.CurrentUsers;

/**
 * Checks a review decision again on the server (a form validates only in the browser) and writes
 * it to the application's history with who decided and why. Called on task completion as
 * {@code ${reviewRecorder.record(task)}}.
 */
@Component("reviewRecorder")
public class ReviewRecorder {

	private static final Map<String, Set<String>> ALLOWED = Map.of(
			Elements.DISTRICT_REVIEW, Set.of(Decisions.APPROVE, Decisions.RETURN, Decisions.REJECT),
			Elements.CITY_REVIEW, Set.of(Decisions.APPROVE, Decisions.REJECT),
			Elements.INVESTIGATE_OBJECTION, Set.of(Decisions.DISMISS, Decisions.UPHOLD));

	private static final Map<String, String> DEFAULT_REASONS = Map.of(
			Elements.DISTRICT_REVIEW, "区级初审不予支持",
			Elements.CITY_REVIEW, "市级复审不予支持",
			Elements.INVESTIGATE_OBJECTION, "公示异议经调查成立，不予支持");

	static final String REJECTION_REASON = "rejectionReason";

	/** As long as the report form lets it be. */
	static final int MAX_FUND_USE_REPORT = 5000;

	private static final Map<String, String> DECISION_LABELS = Map.of(Decisions.APPROVE, "通过", Decisions.RETURN,
			"退回补正", Decisions.REJECT, "不予支持", Decisions.DISMISS, "异议不成立", Decisions.UPHOLD, "异议成立");

	/** History step names, as integrators read them in GET /api/applications/{id}. */
	private static final Map<String, String> STEPS = Map.of(Elements.DISTRICT_REVIEW, "DISTRICT_REVIEW",
			Elements.CITY_REVIEW, "CITY_REVIEW", Elements.INVESTIGATE_OBJECTION, "OBJECTION_INVESTIGATION");

	private final ApplicationHistory history;
	private final CurrentUsers users;
	private final ApplicationOfProcess applications;

	ReviewRecorder(ApplicationHistory history, CurrentUsers users, ApplicationOfProcess applications) {
		this.history = history;
		this.users = users;
		this.applications = applications;
	}

	public void record(DelegateTask task) {
		String step = task.getTaskDefinitionKey();
		String decision = (String) task.getVariable(Vars.DECISION);
		if (decision == null || !ALLOWED.get(step).contains(decision)) {
			throw new ProcessEngineException("审核结论无效 (decision '" + decision + "' is not allowed at " + step + ")");
		}
		String comment = Texts.clean((String) task.getVariable(Vars.COMMENT));
		history.record(applications.of(task), STEPS.get(step), users.current().id(),
				DECISION_LABELS.get(decision) + (comment == null ? "" : "：" + comment));

		if (Decisions.RETURN.equals(decision)) {
			task.setVariable(Vars.RETURN_REASON, comment == null ? "请补正申报材料" : comment);
		}
		if (Decisions.REJECT.equals(decision) || Decisions.UPHOLD.equals(decision)) {
			task.setVariable(REJECTION_REASON, comment == null ? DEFAULT_REASONS.get(step) : comment);
		}
	}

	/** 向市商务局报告专项资金使用情况: the report is required and kept in the history. */
	public void recordFundUse(DelegateTask task) {
		String report = Texts.clean((String) task.getVariable(Vars.FUND_USE_REPORT), MAX_FUND_USE_REPORT);
		if (report == null) {
			throw new ProcessEngineException("请填写资金使用情况");
		}
		history.record(applications.of(task), "FUND_USE_REPORTED", users.current().id(), report);
	}

}
