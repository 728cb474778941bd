package cn.gov.jiangmen.subsidy.procedure;

import java.math.RoundingMode;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;

import cn.gov.jiangmen.subsidy.application.ApplicationLifecycle;
import cn.gov.jiangmen.subsidy.policy.Assessment;
import cn.gov.jiangmen.subsidy.processes.ProcessConstants.Vars;
import cn.gov.jiangmen.subsidy.system.SpinJson;

/** 资格审查与金额测算: the policy engine assesses every item; the officers see the result in their forms. */
@Component
class AssessEligibilityDelegate implements JavaDelegate {

	private final ApplicationLifecycle lifecycle;
	private final ApplicationOfProcess applications;

	AssessEligibilityDelegate(ApplicationLifecycle lifecycle, ApplicationOfProcess applications) {
		this.lifecycle = lifecycle;
		this.applications = applications;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String applicationId = applications.of(execution);
		Assessment assessment = lifecycle.assess(applicationId);
		JsonNode request = lifecycle.request(applicationId);
		execution.setVariable(Vars.ITEMS, ItemRows.items(assessment));
		execution.setVariable(Vars.ITEM_DETAILS, SpinJson.of(ItemDetails.of(request.path("items"),
				assessment.items().stream().map(item -> item.type().label()).toList())));
		JsonNode bankAccount = request.path("enterprise").path("bankAccount");
		execution.setVariable(Vars.BANK_ACCOUNT, bankAccount.isObject() ? SpinJson.of(bankAccount) : null);
		execution.setVariable(Vars.TOTAL, assessment.total().toPlainString());
		execution.setVariable(Vars.TOTAL_YUAN, assessment.total().setScale(0, RoundingMode.DOWN).intValueExact());
	}

}
