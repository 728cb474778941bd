package cn.gov.jiangmen.subsidy;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.math.BigDecimal;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;

/**
 * The house, in bytecode: web adapters ({@code api}, {@code web}) and the BPMN adapters
 * ({@code procedure}) on top, the engine-facing security beside them, the application services below,
 * the domain (policy, ledger, calendar, who acts, refusals) under those, and the names the models
 * share ({@code processes}) and the engine's plumbing ({@code system}) at the bottom. Bytecode does not
 * see a constant javac inlined: {@link SourceDependenciesTest} reads the same house from the source.
 * <p>
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
			.resideOutsideOfPackages("cn.gov.jiangmen.subsidy.ledger..", "cn.gov.jiangmen.subsidy.api..",
					"cn.gov.jiangmen.subsidy.claim..", "cn.gov.jiangmen.subsidy.application..",
					"cn.gov.jiangmen.subsidy.batch..", "cn.gov.jiangmen.subsidy.procedure..",
					"cn.gov.jiangmen.subsidy.processes..", "cn.gov.jiangmen.subsidy.identity..",
					"cn.gov.jiangmen.subsidy.refusal..", "cn.gov.jiangmen.subsidy.security..",
					"cn.gov.jiangmen.subsidy.calendar..", "cn.gov.jiangmen.subsidy.system..",
					"cn.gov.jiangmen.subsidy.web..")
			.check(classes);
	}

	/** Money is never a floating-point number. */
	@ArchTest
	void money_is_never_a_double(JavaClasses classes) {
		noClasses().that()
			.resideInAnyPackage("..subsidy.policy..", "..subsidy.ledger..", "..subsidy.claim..", "..subsidy.api..")
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
			.resideInAnyPackage("..subsidy.policy..", "..subsidy.claim..", "..subsidy.api..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework.jdbc..", "java.sql..")
			.check(classes);
	}

	/** Each feature (with its sub-packages) knows only what is below it: no two depend on each other. */
	@ArchTest
	void no_two_features_depend_on_each_other(JavaClasses classes) {
		slices().matching("cn.gov.jiangmen.subsidy.(*)..").should().beFreeOfCycles().check(classes);
	}

	/** Within a feature too: {@code policy.jiangmen} reads the core, the core never reads a pack. */
	@ArchTest
	void no_two_packages_depend_on_each_other(JavaClasses classes) {
		slices().matching("cn.gov.jiangmen.subsidy.(**)").should().beFreeOfCycles().check(classes);
	}

	/** The one direction: adapters → application services → domain → shared names. */
	@ArchTest
	void the_layers_point_one_way(JavaClasses classes) {
		layeredArchitecture().consideringOnlyDependenciesInLayers()
			.layer("Procedure").definedBy("..subsidy.procedure..")
			.layer("Web").definedBy("..subsidy.api..", "..subsidy.web..")
			.layer("Engine security").definedBy("..subsidy.security..")
			.layer("Application").definedBy("..subsidy.application..", "..subsidy.batch..", "..subsidy.claim..")
			.layer("Domain")
			.definedBy("..subsidy.policy..", "..subsidy.ledger..", "..subsidy.calendar..", "..subsidy.identity..",
					"..subsidy.refusal..")
			.layer("Shared").definedBy("..subsidy.processes..", "..subsidy.system..")
			.whereLayer("Procedure").mayNotBeAccessedByAnyLayer()
			.whereLayer("Web").mayNotBeAccessedByAnyLayer()
			.whereLayer("Engine security").mayOnlyBeAccessedByLayers("Web", "Procedure")
			.whereLayer("Application").mayOnlyBeAccessedByLayers("Web", "Procedure")
			.whereLayer("Domain").mayOnlyBeAccessedByLayers("Web", "Procedure", "Engine security", "Application")
			.check(classes);
	}

	/** The names both the models and the code read depend on nothing of the application. */
	@ArchTest
	void the_process_names_are_a_leaf(JavaClasses classes) {
		classes().that()
			.resideInAPackage("..subsidy.processes..")
			.should()
			.onlyDependOnClassesThat()
			.resideInAnyPackage("cn.gov.jiangmen.subsidy.processes..", "java..")
			.check(classes);
	}

	/** Services say why they refuse; only the REST edge speaks HTTP. */
	@ArchTest
	void services_throw_refusals_not_http_statuses(JavaClasses classes) {
		noClasses().that()
			.resideInAnyPackage("..subsidy.application..", "..subsidy.batch..", "..subsidy.claim..",
					"..subsidy.ledger..", "..subsidy.calendar..", "..subsidy.identity..", "..subsidy.refusal..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework.http..", "org.springframework.web..", "jakarta.servlet..")
			.check(classes);
	}
}
