package cn.gov.jiangmen.subsidy;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.gov.jiangmen.subsidy.identity.EnterpriseDirectory;

/** What every full test may inject beside the application's own beans: one driver, the extra enterprises. */
@TestConfiguration(proxyBeanMethods = false)
class FullTestConfiguration {

	@Bean
	@Lazy
	ProcedureDriver procedureDriver(ProcessEngine engine, TestRestTemplate rest, JdbcClient jdbc) {
		return new ProcedureDriver(engine, rest, jdbc);
	}

	@Bean
	@Lazy
	TestEnterprises testEnterprises(ProcessEngine engine, EnterpriseDirectory enterprises) {
		return new TestEnterprises(engine, enterprises);
	}

}
