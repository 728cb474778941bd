package cn.gov.jiangmen.subsidy.security;

import java.util.Arrays;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Runs before any bean exists, so that under {@code prod} nothing (no engine, no demo users) is
 * created from an unsafe configuration.
 */
public class ProdSettingsCheck implements EnvironmentPostProcessor {

	static final String ADMIN_PASSWORD = "APP_ADMIN_PASSWORD";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!Arrays.asList(environment.getActiveProfiles()).contains("prod")) {
			return;
		}
		if (environment.getProperty("app.demo-data", Boolean.class, false)) {
			throw new IllegalStateException("Refusing to start: demo users (app.demo-data=true) under the prod profile.");
		}
		String password = environment.getProperty(ADMIN_PASSWORD);
		if (password == null || password.isBlank() || password.equals(DemoData.PASSWORD) || password.length() < 12) {
			throw new IllegalStateException("Refusing to start under the prod profile: set " + ADMIN_PASSWORD
					+ " in the environment to an admin password of at least 12 characters.");
		}
	}

}
