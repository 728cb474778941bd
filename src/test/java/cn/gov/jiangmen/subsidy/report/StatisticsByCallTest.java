package cn.gov.jiangmen.subsidy.report;

import static cn.gov.jiangmen.subsidy.TestData.setClock;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;

import cn.gov.jiangmen.subsidy.ProcedureDriver;
import cn.gov.jiangmen.subsidy.ProcedureTest;
import cn.gov.jiangmen.subsidy.TestData;
import cn.gov.jiangmen.subsidy.web.WebSession;

/**
 * A bureau looks at the figures of one call for applications (申报通知, 第十三条): an application
 * counts under the call it was submitted in, whatever the year's other calls hold.
 */
@ProcedureTest
class StatisticsByCallTest {

	@Autowired
	TestRestTemplate rest;

	@Autowired
	ProcedureDriver driver;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	long demoCall;

	long springCall;

	String underDemoCall;

	String underSpringCall;

	@BeforeEach
	void twoApplicationsUnderTwoCalls() {
		setClock(2026, 2, 10, 10, 0);
		demoCall = jdbc.sql("SELECT id FROM app_call WHERE published_by = 'system'").query(Long.class).single();
		underDemoCall = driver.submit("enterprise-demo", TestData.demoRequest()).get("id").asText();

		jdbc.sql("UPDATE app_call SET closed_at = CURRENT_TIMESTAMP, closed_by = 'test'").update();
		jdbc.sql("""
				INSERT INTO app_call (title, document_no, opens_on, closes_on, period_from, period_to, published_by, published_at)
				VALUES ('2026年春季外贸扶持资金申报', '江商务贸函〔2026〕3号', DATE '2026-02-01', DATE '2026-04-30',
				        DATE '2024-01-01', DATE '2026-12-31', 'city-officer', CURRENT_TIMESTAMP)""").update();
		springCall = jdbc.sql("SELECT id FROM app_call WHERE published_by = 'city-officer'").query(Long.class).single();
		underSpringCall = driver
			.submit("admin", TestData.request(TestData.creditCode("440704", 913), "江海通知统计测试有限公司", "JIANGHAI"))
			.get("id")
			.asText();
	}

	@AfterEach
	void onlyTheDemoCallStays() {
		jdbc.sql("UPDATE app_application SET call_id = NULL").update();
		jdbc.sql("DELETE FROM app_call WHERE published_by <> 'system'").update();
		jdbc.sql("UPDATE app_call SET closed_at = NULL, closed_by = NULL").update();
	}

	@Test
	void the_figures_of_one_call_hold_only_the_applications_submitted_under_it() {
		JsonNode year = statistics("");
		assertThat(year.get("totals").get("count").asLong()).as("two items each").isEqualTo(4);
		assertThat(year.has("call")).isFalse();

		JsonNode spring = statistics("&call=" + springCall);
		assertThat(spring.get("call").get("documentNo").asText()).isEqualTo("江商务贸函〔2026〕3号");
		assertThat(spring.get("rows").findValuesAsText("district")).containsOnly("JIANGHAI");
		assertThat(new BigDecimal(spring.get("totals").get("amount").asText())).isEqualByComparingTo(total(underSpringCall));

		JsonNode demo = statistics("&call=" + demoCall);
		assertThat(demo.get("rows").findValuesAsText("district")).containsOnly("PENGJIANG");
		assertThat(new BigDecimal(demo.get("totals").get("amount").asText())).isEqualByComparingTo(total(underDemoCall));

		for (String wrong : new String[] { "abc", "999999", "-1" }) {
			assertThat(rest.withBasicAuth("admin", "demo")
				.getForEntity("/api/reports/statistics?year=2026&call=" + wrong, String.class)
				.getStatusCode()).as(wrong).isEqualTo(HttpStatus.BAD_REQUEST);
		}
		assertThat(rest.withBasicAuth("jianghai-officer", "demo")
			.getForObject("/api/reports/statistics?year=2026&call=" + demoCall, JsonNode.class)
			.get("totals")
			.get("count")
			.asLong()).as("a district officer: its own district under that call, none").isZero();
	}

	@Test
	void the_officer_chooses_the_call_on_the_statistics_page() {
		WebSession city = new WebSession(port).signIn("city-officer", "demo");
		String all = city.get("/officer/statistics?year=2026").body();
		assertThat(all).contains("全部申报通知", "2026年春季外贸扶持资金申报（江商务贸函〔2026〕3号）", "蓬江区", "江海区");
		String one = city.get("/officer/statistics?year=2026&call=" + springCall).body();
		assertThat(one).contains("统计分析", "2026年春季外贸扶持资金申报", "江海区", "江海通知统计测试有限公司")
			.doesNotContain("江门示范外贸有限公司");
	}

	private JsonNode statistics(String query) {
		return rest.withBasicAuth("admin", "demo").getForObject("/api/reports/statistics?year=2026" + query, JsonNode.class);
	}

	private BigDecimal total(String applicationId) {
		return jdbc.sql("SELECT total FROM app_application WHERE id = :id").param("id", applicationId)
			.query(BigDecimal.class)
			.single();
	}

}
