package cn.gov.jiangmen.subsidy.call;

import static cn.gov.jiangmen.subsidy.TestData.setClock;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;

import cn.gov.jiangmen.subsidy.ProcedureTest;
import cn.gov.jiangmen.subsidy.ProcedureDriver;
import cn.gov.jiangmen.subsidy.TestData;
import cn.gov.jiangmen.subsidy.web.WebSession;

/** 申报通知 (第四条, 第十三条): applications only while a call is open, for the expenses of its period. */
@ProcedureTest
class CallsTest {

	@Autowired
	TestRestTemplate rest;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	@Autowired
	ProcedureDriver driver;

	@AfterEach
	void onlyTheDemoCallStays() {
		jdbc.sql("UPDATE app_application SET call_id = NULL").update();
		jdbc.sql("DELETE FROM app_call WHERE published_by <> 'system'").update();
		jdbc.sql("UPDATE app_call SET closed_at = NULL, closed_by = NULL").update();
	}

	@Test
	void every_signed_in_user_reads_the_calls_and_the_demo_call_is_open() {
		setClock(2026, 3, 10, 9, 0);
		ResponseEntity<JsonNode> calls = rest.withBasicAuth("enterprise-demo", "demo").getForEntity("/api/calls", JsonNode.class);
		assertThat(calls.getStatusCode().value()).isEqualTo(200);
		JsonNode demo = calls.getBody().get(0);
		assertThat(demo.get("periodFrom").asText()).isEqualTo("2024-01-01");
		assertThat(demo.get("periodTo").asText()).isEqualTo("2026-12-31");
		assertThat(demo.get("closesOn").asText()).isEqualTo("2027-06-30");
		assertThat(demo.get("open").asBoolean()).isTrue();
		assertThat(demo.fieldNames()).toIterable()
			.containsExactlyInAnyOrder("id", "title", "documentNo", "opensOn", "closesOn", "periodFrom", "periodTo", "open");
		assertThat(rest.getForEntity("/api/calls", String.class).getStatusCode().value()).isEqualTo(401);
	}

	@Test
	void a_submission_after_the_call_has_closed_is_refused_with_409_in_chinese_and_stores_nothing() {
		setClock(2027, 7, 1, 9, 0);
		ResponseEntity<JsonNode> refused = driver.post("enterprise-demo", "/api/applications", TestData.demoRequest());
		assertThat(refused.getStatusCode().value()).isEqualTo(409);
		assertThat(refused.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
		assertThat(refused.getBody().get("detail").asText()).contains("当前没有开放的申报通知");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM app_application").query(Long.class).single()).isZero();
	}

	@Test
	void an_item_outside_the_open_call_s_period_is_refused_with_outside_call_period_by_the_quote_as_by_the_submission() {
		setClock(2026, 3, 10, 9, 0);
		jdbc.sql("UPDATE app_call SET closed_at = CURRENT_TIMESTAMP, closed_by = 'test'").update();
		jdbc.sql("""
				INSERT INTO app_call (title, document_no, opens_on, closes_on, period_from, period_to, published_by, published_at)
				VALUES ('2025年度申报', '江商务贸函〔2026〕1号', DATE '2026-03-01', DATE '2026-04-30', DATE '2025-04-01',
				        DATE '2025-12-31', 'city-officer', CURRENT_TIMESTAMP)""").update();
		// The demo request: a fair on 2025-06-10 (inside) and a premium paid on 2025-03-01 (outside).
		JsonNode quoted = driver.post("enterprise-demo", "/api/quotes", TestData.demoRequest()).getBody();
		assertThat(quoted.get("items").get(1).get("reasons").get(0).asText()).isEqualTo("OUTSIDE_CALL_PERIOD");
		assertThat(quoted.get("total").asText()).isEqualTo("40000.00");
		JsonNode submitted = driver.submit("enterprise-demo", TestData.demoRequest());
		assertThat(submitted.get("items").get(0).get("eligible").asBoolean()).isTrue();
		assertThat(submitted.get("items").get(1).get("reasons").get(0).asText()).isEqualTo("OUTSIDE_CALL_PERIOD");
		assertThat(submitted.get("total").asText()).isEqualTo("40000.00");
	}

	@Test
	void the_city_bureau_publishes_and_closes_a_call_on_the_officers_page_and_others_only_read_it() {
		setClock(2026, 3, 10, 9, 0);
		jdbc.sql("UPDATE app_call SET closed_at = CURRENT_TIMESTAMP, closed_by = 'test'").update();
		WebSession city = new WebSession(port).signIn("city-officer", "demo");
		assertThat(city.get("/officer/calls").body()).contains("id=\"publish\"", "name=\"_csrf\"");
		var invalid = city.postForm("/officer/calls", Map.of("title", "", "documentNo", "江商务贸函〔2026〕9号", "opensOn",
				"2026-03-10", "closesOn", "2026-03-01", "periodFrom", "2025-01-01", "periodTo", "2025-12-31"));
		assertThat(invalid.body()).contains("id=\"title-error\"", "必填", "截止日期不得早于开始日期");
		var published = city.postForm("/officer/calls", Map.of("title", "2025年度外贸专项资金申报", "documentNo",
				"江商务贸函〔2026〕9号", "opensOn", "2026-03-10", "closesOn", "2026-04-30", "periodFrom", "2025-01-01",
				"periodTo", "2025-12-31"));
		assertThat(published.statusCode()).isEqualTo(302);
		assertThat(city.get("/officer/calls").body()).contains("2025年度外贸专项资金申报", "申报中");
		long id = jdbc.sql("SELECT id FROM app_call WHERE document_no = '江商务贸函〔2026〕9号'").query(Long.class).single();
		assertThat(driver.post("enterprise-demo", "/api/applications", TestData.demoRequest()).getStatusCode().value())
			.isEqualTo(201);

		WebSession district = new WebSession(port).signIn("pengjiang-officer", "demo");
		assertThat(district.get("/officer/calls").body()).contains("2025年度外贸专项资金申报").doesNotContain("id=\"publish\"", "结束申报");
		assertThat(district.postForm("/officer/calls/" + id + "/close", Map.of()).statusCode()).isEqualTo(403);

		city.get("/officer/calls");
		assertThat(city.postForm("/officer/calls/" + id + "/close", Map.of()).statusCode()).isEqualTo(302);
		assertThat(driver.post("enterprise-demo", "/api/applications", TestData.demoRequest()).getStatusCode().value())
			.isEqualTo(409);
	}

}
