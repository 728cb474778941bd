package cn.gov.jiangmen.subsidy;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "cn.gov.jiangmen.subsidy", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	/** The rules are plain Java that policy staff can read and tests can run without a container. */
	@ArchTest
	static final ArchRule the_policy_knows_nothing_of_frameworks = noClasses().that()
		.resideInAPackage("..subsidy.policy..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework..", "org.camunda..", "jakarta.servlet..", "com.fasterxml.jackson..",
				"java.sql..", "javax.sql..");

	/** The policy is the inner ring: it never calls the ledger, the web or the process. */
	@ArchTest
	static final ArchRule the_policy_depends_on_no_other_package_of_the_application = classes().that()
		.resideInAPackage("..subsidy.policy..")
		.should()
		.onlyDependOnClassesThat()
		.resideOutsideOfPackages("cn.gov.jiangmen.subsidy.ledger..", "cn.gov.jiangmen.subsidy.quote..",
				"cn.gov.jiangmen.subsidy.application..", "cn.gov.jiangmen.subsidy.procedure..",
				"cn.gov.jiangmen.subsidy.security..", "cn.gov.jiangmen.subsidy.calendar..",
				"cn.gov.jiangmen.subsidy.system..");

	/** Money is never a floating-point number. */
	@ArchTest
	static final ArchRule money_is_never_a_double = noClasses().that()
		.resideInAnyPackage("..subsidy.policy..", "..subsidy.ledger..", "..subsidy.quote..")
		.should()
		.callMethod(java.math.BigDecimal.class, "valueOf", double.class)
		.orShould()
		.callConstructor(java.math.BigDecimal.class, double.class)
		.orShould()
		.callMethod(java.math.BigDecimal.class, "doubleValue");
}
