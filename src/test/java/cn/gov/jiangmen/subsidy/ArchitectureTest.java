package cn.gov.jiangmen.subsidy;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.math.BigDecimal;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;

/**
 * The rules are methods, not {@code ArchRule} fields: Surefire 3.5.3 silently skips
 * {@code @ArchTest} fields (TNG/ArchUnit#1442), and a rule that never runs cannot fail.
 */
@AnalyzeClasses(packages = "cn.gov.jiangmen.subsidy", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	/** The rules are plain Java that policy staff can read and tests can run without a container. */
	@ArchTest
	void the_policy_knows_nothing_of_frameworks(JavaClasses classes) {
		noClasses().that()
			.resideInAPackage("..subsidy.policy..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "org.camunda..", "jakarta.servlet..",
					"com.fasterxml.jackson..", "java.sql..", "javax.sql..")
			.check(classes);
	}

	/** The policy is the inner ring: it never calls the ledger, the web or the process. */
	@ArchTest
	void the_policy_depends_on_no_other_package_of_the_application(JavaClasses classes) {
		classes().that()
			.resideInAPackage("..subsidy.policy..")
			.should()
			.onlyDependOnClassesThat()
			.resideOutsideOfPackages("cn.gov.jiangmen.subsidy.ledger..", "cn.gov.jiangmen.subsidy.quote..",
					"cn.gov.jiangmen.subsidy.application..", "cn.gov.jiangmen.subsidy.procedure..",
					"cn.gov.jiangmen.subsidy.security..", "cn.gov.jiangmen.subsidy.calendar..",
					"cn.gov.jiangmen.subsidy.system..")
			.check(classes);
	}

	/** Money is never a floating-point number. */
	@ArchTest
	void money_is_never_a_double(JavaClasses classes) {
		noClasses().that()
			.resideInAnyPackage("..subsidy.policy..", "..subsidy.ledger..", "..subsidy.quote..")
			.should()
			.callMethod(BigDecimal.class, "valueOf", double.class)
			.orShould()
			.callConstructor(BigDecimal.class, double.class)
			.orShould()
			.callMethod(BigDecimal.class, "doubleValue")
			.check(classes);
	}

	/** H2's insides (compaction, online backup) are reached from one place, the store package. */
	@ArchTest
	void only_the_store_reaches_into_h2(JavaClasses classes) {
		noClasses().that()
			.resideOutsideOfPackage("..subsidy.store..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.h2..")
			.check(classes);
	}

	/** Only the ledger writes ledger rows; everyone else goes through the Ledger service. */
	@ArchTest
	void the_ledger_s_sql_stays_in_the_ledger(JavaClasses classes) {
		noClasses().that()
			.resideInAnyPackage("..subsidy.policy..", "..subsidy.quote..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework.jdbc..", "java.sql..")
			.check(classes);
	}
}
