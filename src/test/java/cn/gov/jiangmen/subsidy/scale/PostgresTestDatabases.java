package cn.gov.jiangmen.subsidy.scale;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Moves every full test that would run on an in-memory H2 database onto a real PostgreSQL, when
 * {@code -Dscale.pg.url=jdbc:postgresql://host:port/postgres} is given (the {@code postgres-tests}
 * Maven profile registers this class and sets the property; see {@code scripts/postgres-tests.sh}).
 *
 * <p>Each H2 database name ({@code jdbc:h2:mem:subsidy-test}) becomes its own PostgreSQL database
 * ({@code t_subsidy_test}), dropped and created empty the first time this JVM uses it, so tests
 * that were isolated on H2 stay isolated on PostgreSQL. The engine then runs with
 * {@code camunda.bpm.database.type=postgres} and Flyway migrates the app's tables there.
 */
public class PostgresTestDatabases implements EnvironmentPostProcessor, Ordered {

	public static final String URL = "scale.pg.url";
	private static final Set<String> PREPARED = ConcurrentHashMap.newKeySet();

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String server = System.getProperty(URL);
		String url = environment.getProperty("spring.datasource.url");
		if (server == null || server.isBlank() || url == null || !url.startsWith("jdbc:h2:mem:")) {
			return;
		}
		String h2Name = url.substring("jdbc:h2:mem:".length()).split(";", 2)[0];
		String database = "t_" + h2Name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
		String pgUrl = prepare(server, database);
		environment.getPropertySources()
			.addFirst(new MapPropertySource("postgres-test-database",
					Map.of("spring.datasource.url", pgUrl, "spring.datasource.username", username(),
							"spring.datasource.password", password(), "spring.datasource.driver-class-name",
							"org.postgresql.Driver", "camunda.bpm.database.type", "postgres")));
	}

	static String username() {
		return System.getProperty("scale.pg.username", "subsidy");
	}

	static String password() {
		return System.getProperty("scale.pg.password", "subsidy");
	}

	/** Drops and creates the database the first time this JVM asks for it; returns its JDBC URL. */
	public static String prepare(String serverUrl, String database) {
		String base = serverUrl.substring(0, serverUrl.lastIndexOf('/') + 1);
		if (PREPARED.add(database)) {
			try (Connection c = DriverManager.getConnection(serverUrl, username(), password());
					Statement s = c.createStatement()) {
				s.execute("DROP DATABASE IF EXISTS \"" + database + "\" WITH (FORCE)");
				s.execute("CREATE DATABASE \"" + database + "\"");
			}
			catch (SQLException e) {
				throw new IllegalStateException("cannot prepare PostgreSQL test database " + database + " on "
						+ serverUrl + ": " + e.getMessage(), e);
			}
		}
		return base + database;
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
