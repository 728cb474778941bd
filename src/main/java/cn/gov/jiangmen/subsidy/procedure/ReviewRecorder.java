package cn.gov.jiangmen.subsidy.procedure;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import cn.gov.jiangmen.subsidy.application.ApplicationHistory;
import cn.gov.jiangmen.subsidy.calendar.WorkingDays;
import cn.gov.jiangmen.subsidy.processes.ProcessConstants.Decisions;
import cn.gov.jiangmen.subsidy.processes.ProcessConstants.Elements;
import cn.gov.jiangmen.subsidy.processes.ProcessConstants.Vars;
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

	/** The decisions the enterprise is told the reason of, word for word (退回补正, 不予支持, 异议成立). */
	private static final Set<String> NEED_A_REASON = Set.of(Decisions.RETURN, Decisions.REJECT, Decisions.UPHOLD);

	/** As long as the forms let a reason or comment be. */
	static final int MAX_REASON = 2000;


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

	private final Clock clock;

	ReviewRecorder(ApplicationHistory history, CurrentUsers users, ApplicationOfProcess applications, Clock clock) {
		this.clock = clock;
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
		String comment = FreeText.clean((String) task.getVariable(Vars.COMMENT), MAX_REASON);
		String reason = FreeText.clean((String) task.getVariable(Vars.REASON), MAX_REASON);
		if (NEED_A_REASON.contains(decision)) {
			// The form asks for the reason in its own field; a client that sends the contract's
			// comment alone gives its reason there.
			reason = reason != null ? reason : comment;
			if (reason == null) {
				throw new ProcessEngineException("请填写" + DECISION_LABELS.get(decision) + "的理由：申报企业将收到这一理由");
			}
		}
		String said = NEED_A_REASON.contains(decision) ? reason : comment;
		history.record(applications.of(task), STEPS.get(step), users.current().id(),
				DECISION_LABELS.get(decision) + (said == null ? "" : "：" + said));

		// Named by bureau, as the officers read an opinion; the history keeps the user who gave it.
		String bureau = Elements.CITY_REVIEW.equals(step) ? "江门市商务局" : task.getVariable(Vars.DISTRICT_NAME) + "商务局";
		String opinion = DECISION_LABELS.get(decision) + "（" + bureau + "，"
				+ LocalDate.now(clock.withZone(WorkingDays.ZONE)) + "）" + (said == null ? "" : "：" + said);
		if (Elements.DISTRICT_REVIEW.equals(step)) {
			task.setVariable(Vars.DISTRICT_OPINION, opinion);
		}
		else if (Elements.CITY_REVIEW.equals(step)) {
			task.setVariable(Vars.CITY_OPINION, opinion);
		}
		if (Decisions.RETURN.equals(decision)) {
			task.setVariable(Vars.RETURN_REASON, reason);
		}
		if (Decisions.REJECT.equals(decision) || Decisions.UPHOLD.equals(decision)) {
			task.setVariable(Vars.REJECTION_REASON, reason);
		}
	}

	/** 向市商务局报告专项资金使用情况: the report is required and kept in the history. */
	public void recordFundUse(DelegateTask task) {
		String report = FreeText.clean((String) task.getVariable(Vars.FUND_USE_REPORT), MAX_FUND_USE_REPORT);
		if (report == null) {
			throw new ProcessEngineException("请填写资金使用情况");
		}
		history.record(applications.of(task), "FUND_USE_REPORTED", users.current().id(), report);
	}

}
