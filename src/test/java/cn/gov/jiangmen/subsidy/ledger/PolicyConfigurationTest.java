package cn.gov.jiangmen.subsidy.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import cn.gov.jiangmen.subsidy.policy.Policy;
import cn.gov.jiangmen.subsidy.policy.PolicyDataException;

/** The application does not start with a parameter file that breaks the text; it says which value and article. */
class PolicyConfigurationTest {

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withUserConfiguration(PolicyConfiguration.class);

	@Test
	void the_shipped_parameters_start() {
		context.run(started -> assertThat(started).hasNotFailed().hasSingleBean(Policy.class));
	}

	@Test
	void a_district_top_up_above_five_percent_stops_the_start() {
		context.withPropertyValues("subsidy.policy.parameters=classpath:policy-fixtures/top-up-above-five-percent.yaml")
			.run(started -> assertThat(started).hasFailed()
				.getFailure()
				.rootCause()
				.isInstanceOf(PolicyDataException.class)
				.hasMessageContaining("insurance_top_up_rate 6%（新会区加码决定）超过第十条第（一）项"));
	}

	@Test
	void a_gap_in_a_dated_series_stops_the_start() {
		context.withPropertyValues("subsidy.policy.parameters=classpath:policy-fixtures/gap-in-a-series.yaml")
			.run(started -> assertThat(started).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("credit_service.rate 的取值有空档"));
	}
}
