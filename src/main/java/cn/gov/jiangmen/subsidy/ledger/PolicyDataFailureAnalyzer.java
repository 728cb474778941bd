package cn.gov.jiangmen.subsidy.ledger;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

import cn.gov.jiangmen.subsidy.policy.PolicyDataException;

/** A start-up refused for its parameter file says what is wrong with the file, not how the bean failed. */
class PolicyDataFailureAnalyzer extends AbstractFailureAnalyzer<PolicyDataException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, PolicyDataException cause) {
		return new FailureAnalysis("政策参数文件有误，应用未启动：" + cause.getMessage(),
				"改正 subsidy.policy.parameters 所指的参数文件（默认 classpath:policy/jiangmen-2025.yaml）后重新启动。",
				cause);
	}
}
