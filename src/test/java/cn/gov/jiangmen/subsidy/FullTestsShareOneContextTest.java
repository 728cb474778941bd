package cn.gov.jiangmen.subsidy;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;

/**
 * The full tests, in bytecode: each runs in the one context {@link AppTest} describes (a second context
 * would start a second engine "default" beside the first and break the tests after it), and none copies
 * the setup {@link ProcedureTest} provides. Rules as methods, as in {@link ArchitectureTest}.
 */
@AnalyzeClasses(packages = "cn.gov.jiangmen.subsidy", importOptions = ImportOption.OnlyIncludeTests.class)
class FullTestsShareOneContextTest {

	@ArchTest
	void a_full_test_adds_no_context_configuration_of_its_own(JavaClasses classes) {
		noClasses().that()
			.areMetaAnnotatedWith(AppTest.class)
			.should()
			.beMetaAnnotatedWith("org.springframework.test.context.TestPropertySource")
			.orShould()
			.beMetaAnnotatedWith("org.springframework.test.context.ActiveProfiles")
			.orShould()
			.beMetaAnnotatedWith("org.springframework.test.annotation.DirtiesContext")
			.orShould()
			.beMetaAnnotatedWith("org.springframework.test.context.ContextConfiguration")
			.check(classes);
		noFields().that()
			.areDeclaredInClassesThat()
			.areMetaAnnotatedWith(AppTest.class)
			.should()
			.beAnnotatedWith("org.springframework.test.context.bean.override.mockito.MockitoBean")
			.orShould()
			.beAnnotatedWith("org.springframework.test.context.bean.override.mockito.MockitoSpyBean")
			.orShould()
			.beAnnotatedWith("org.springframework.boot.test.mock.mockito.MockBean")
			.orShould()
			.beAnnotatedWith("org.springframework.boot.test.mock.mockito.SpyBean")
			.check(classes);
		noMethods().that()
			.areDeclaredInClassesThat()
			.areMetaAnnotatedWith(AppTest.class)
			.should()
			.beAnnotatedWith("org.springframework.test.context.DynamicPropertySource")
			.check(classes);
	}

	/** {@link FreshProcedure} resets the procedure and the context holds the one driver: no class does it again. */
	@ArchTest
	void a_full_test_neither_resets_the_procedure_nor_builds_a_driver_itself(JavaClasses classes) {
		noClasses().that()
			.areMetaAnnotatedWith(AppTest.class)
			.should()
			.callMethod(TestData.class, "reset", ProcessEngine.class, JdbcClient.class)
			.orShould()
			.callConstructor(ProcedureDriver.class, ProcessEngine.class, TestRestTemplate.class, JdbcClient.class)
			.check(classes);
	}

}
