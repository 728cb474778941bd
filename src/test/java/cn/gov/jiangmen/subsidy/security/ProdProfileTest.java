package cn.gov.jiangmen.subsidy.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import cn.gov.jiangmen.subsidy.SubsidyApplication;

/** Under {@code prod} the app refuses to start with demo users or without an admin password. */
class ProdProfileTest {

	private static final String STRONG_PASSWORD = "APP_ADMIN_PASSWORD=Str0ng-and-long-enough";

	@Test
	void prod_refuses_to_start_when_demo_data_is_switched_on() {
		assertThatThrownBy(() -> start("prod", "app.demo-data=true", STRONG_PASSWORD, database("prod-demo")))
			.hasMessageContaining("demo users");
	}

	@Test
	void prod_refuses_to_start_without_an_admin_password_from_the_environment() {
		assertThatThrownBy(() -> start("prod", database("prod-nopass"))).hasMessageContaining("APP_ADMIN_PASSWORD");
	}

	@Test
	void prod_refuses_the_demo_password_as_admin_password() {
		assertThatThrownBy(() -> start("prod", "APP_ADMIN_PASSWORD=demo", database("prod-demopass")))
			.hasMessageContaining("APP_ADMIN_PASSWORD");
	}

	@Test
	void prod_refuses_a_database_that_still_holds_demo_users_with_the_demo_password() {
		String database = database("prod-leftover");
		try (ConfigurableApplicationContext demo = start("default", database, "app.demo-data=true")) {
			assertThat(demo.isActive()).isTrue();
		}
		assertThatThrownBy(() -> start("prod", database, STRONG_PASSWORD)).hasMessageContaining("demo password");
	}

	private static ConfigurableApplicationContext start(String profile, String... properties) {
		String[] arguments = java.util.stream.Stream
			.concat(java.util.stream.Stream.of("server.port=0", "camunda.bpm.job-execution.enabled=false",
					"camunda.bpm.generate-unique-process-engine-name=true", "spring.jmx.enabled=false",
					// The webapps keep their runtime in static fields: a second context with them
					// would take Tasklist's sign-in away from the shared test context's engine.
					"camunda.bpm.webapp.enabled=false"),
					java.util.Arrays.stream(properties))
			.map(property -> "--" + property)
			.toArray(String[]::new);
		// Command-line arguments, as an operator would pass them: they win over application-prod.yaml.
		return new SpringApplicationBuilder(SubsidyApplication.class).profiles(profile).run(arguments);
	}

	private static String database(String name) {
		return "spring.datasource.url=jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
	}

}
