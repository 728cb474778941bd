package cn.gov.jiangmen.subsidy.ledger;

import java.io.IOException;
import java.io.InputStream;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;

import cn.gov.jiangmen.subsidy.policy.jiangmen.Jiangmen2025Policy;
import cn.gov.jiangmen.subsidy.policy.Policy;
import cn.gov.jiangmen.subsidy.policy.ProcedureTerms;

/**
 * The policy pack the ledger assesses with. {@code subsidy.policy.parameters} may point at another
 * copy of the parameter file (e.g. {@code file:/etc/subsidy/jiangmen-2025.yaml}) where a district
 * has set its insurance top-up or a county-level city has adopted the rules (第十九条).
 */
@Configuration(proxyBeanMethods = false)
class PolicyConfiguration {

	@Bean
	Policy policy(@Value("${subsidy.policy.parameters:classpath:policy/jiangmen-2025.yaml}") Resource parameters)
			throws IOException {
		try (InputStream in = parameters.getInputStream()) {
			return Jiangmen2025Policy.from(in);
		}
	}

	/** The terms of the procedure (第十四条), from the same file as the money. */
	@Bean
	ProcedureTerms procedureTerms(
			@Value("${subsidy.policy.parameters:classpath:policy/jiangmen-2025.yaml}") Resource parameters)
			throws IOException {
		try (InputStream in = parameters.getInputStream()) {
			return ProcedureTerms.from(in);
		}
	}
}
