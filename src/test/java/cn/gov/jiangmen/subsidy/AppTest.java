package cn.gov.jiangmen.subsidy;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestExecutionListeners;

/**
 * The whole application on a random port, over an in-memory H2 database, with the job executor
 * off (tests run timers themselves). Every full test uses exactly this, so Spring caches one
 * context and one engine for all of them. A test that works the procedure uses {@link ProcedureTest},
 * which adds the reset; {@link ProcedureDriver} and {@link TestEnterprises} are beans of this context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"spring.datasource.url=jdbc:h2:mem:subsidy-test;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
		"camunda.bpm.job-execution.enabled=false",
		"app.demo-data=true",
		// Out of reach, so that tests trying wrong passwords do not slow each other down; SignInThrottlingTest tries the limits.
		"app.sign-in.free-failures-per-address=100000", "app.sign-in.free-failures-per-account=100000" })
@Import({ ProcessEngineCoverageConfiguration.class, FullTestConfiguration.class })
@TestExecutionListeners(value = ProcessEngineCoverageTestExecutionListener.class,
		mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public @interface AppTest {
}
