package cn.gov.jiangmen.subsidy.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import cn.gov.jiangmen.subsidy.AppTest;

/**
 * The store as an admin and everyone else see it over HTTP. The test context runs on an in-memory H2,
 * or on a PostgreSQL database in the CI's PostgreSQL leg: the expected kind is read off the connection.
 */
@AppTest
class StoreEndpointsTest {

	@Autowired
	TestRestTemplate rest;

	@Autowired
	ProcessEngine engine;

	@Autowired
	DataSource dataSource;

	private String expectedKind() throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName()) ? "POSTGRESQL" : "H2_MEMORY";
		}
	}

	@Test
	void anyone_gets_the_health_status_and_only_the_admin_its_details_with_the_store_and_the_free_disk()
			throws SQLException {
		ResponseEntity<String> anonymous = rest.getForEntity("/actuator/health", String.class);
		assertThat(anonymous.getStatusCode().value()).isEqualTo(200);
		assertThat(anonymous.getBody()).isEqualTo("{\"status\":\"UP\"}");

		ResponseEntity<String> officer = rest.withBasicAuth("city-officer", "demo").getForEntity("/actuator/health",
				String.class);
		assertThat(officer.getBody()).isEqualTo("{\"status\":\"UP\"}");

		ResponseEntity<JsonNode> admin = rest.withBasicAuth("admin", "demo").getForEntity("/actuator/health",
				JsonNode.class);
		assertThat(admin.getStatusCode().value()).isEqualTo(200);
		JsonNode store = admin.getBody().at("/components/store");
		assertThat(store.get("status").asText()).isEqualTo("UP");
		String kind = expectedKind();
		assertThat(store.at("/details/database").asText()).isEqualTo(kind);
		assertThat(store.at("/details/freeDiskBytes").asLong()).isPositive();
		assertThat(store.at("/details/minFreeDiskBytes").asLong()).isEqualTo(1L << 30);
		if (kind.equals("H2_MEMORY")) {
			assertThat(store.at("/details/sizeBytes").asLong()).as("unknown for an in-memory store").isEqualTo(-1);
		}
		else {
			assertThat(store.at("/details/sizeBytes").asLong()).as("PostgreSQL's own count").isPositive();
		}
	}

	@Test
	void a_wrong_password_on_the_health_endpoint_is_refused_not_ignored() {
		assertThat(rest.withBasicAuth("xinhui-finance", "wrong").getForEntity("/actuator/health", String.class)
			.getStatusCode()
			.value()).isEqualTo(401);
		engine.getIdentityService().unlockUser("xinhui-finance");
	}

	@Test
	void the_store_size_metric_is_there_for_the_admin_only() throws SQLException {
		assertThat(rest.getForEntity("/actuator/metrics/app.store.size", String.class).getStatusCode().value())
			.isEqualTo(401);
		assertThat(rest.withBasicAuth("city-officer", "demo").getForEntity("/actuator/metrics", String.class)
			.getStatusCode()
			.value()).isEqualTo(403);
		ResponseEntity<JsonNode> metric = rest.withBasicAuth("admin", "demo")
			.getForEntity("/actuator/metrics/app.store.size", JsonNode.class);
		assertThat(metric.getStatusCode().value()).isEqualTo(200);
		assertThat(metric.getBody().at("/baseUnit").asText()).isEqualTo("bytes");
		assertThat(metric.getBody().at("/availableTags/0/values/0").asText()).isEqualTo(expectedKind());
		assertThat(rest.withBasicAuth("admin", "demo").getForEntity("/actuator/metrics/app.store.disk.free",
				JsonNode.class).getBody().at("/measurements/0/value").asDouble()).isPositive();
	}

	@Test
	void only_the_admin_takes_backups_and_the_app_backs_up_only_its_own_file_store() {
		assertThat(rest.postForEntity("/api/admin/backups", null, String.class).getStatusCode().value()).isEqualTo(401);
		assertThat(rest.withBasicAuth("city-officer", "demo").postForEntity("/api/admin/backups", null, String.class)
			.getStatusCode()
			.value()).isEqualTo(403);
		ResponseEntity<JsonNode> admin = rest.withBasicAuth("admin", "demo").postForEntity("/api/admin/backups", null,
				JsonNode.class);
		assertThat(admin.getStatusCode().value()).as("an in-memory store has no file to back up").isEqualTo(409);
		assertThat(admin.getHeaders().getContentType().toString()).startsWith("application/problem+json");
		assertThat(rest.withBasicAuth("admin", "demo").getForEntity("/api/admin/backups/..%2F..%2Fetc%2Fpasswd",
				String.class).getStatusCode().value()).isIn(400, 404);
	}

}
