package cn.gov.jiangmen.subsidy.procedure;

import java.math.RoundingMode;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.gov.jiangmen.subsidy.application.ApplicationLifecycle;
import cn.gov.jiangmen.subsidy.policy.Assessment;
import cn.gov.jiangmen.subsidy.procedure.ProcessConstants.Vars;

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
		Assessment assessment = lifecycle.assess(applications.of(execution));
		execution.setVariable(Vars.ITEMS, FormData.items(assessment));
		execution.setVariable(Vars.TOTAL, assessment.total().toPlainString());
		execution.setVariable(Vars.TOTAL_YUAN, assessment.total().setScale(0, RoundingMode.DOWN).intValueExact());
	}

}
