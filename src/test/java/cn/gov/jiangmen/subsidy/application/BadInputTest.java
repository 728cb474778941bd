package cn.gov.jiangmen.subsidy.application;

import static cn.gov.jiangmen.subsidy.TestData.setClock;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;

import cn.gov.jiangmen.subsidy.ProcedureTest;
import cn.gov.jiangmen.subsidy.ProcedureDriver;
import cn.gov.jiangmen.subsidy.TestData;

/**
 * Whatever is malformed gets a 400 problem naming each offending field, and nothing of it is
 * stored: no application, no ledger entry, no process instance.
 */
@ProcedureTest
class BadInputTest {

	static final String ENTERPRISE = """
			{"creditCode": "91440703MA4U000013", "name": "江门示范外贸有限公司", "district": "PENGJIANG", "tradeRecordSince2024": true}""";
	static final String EXHIBITION = """
			{"type": "OVERSEAS_EXHIBITION", "country": "BR", "startDate": "2025-06-10", "keyPlan": true,
			 "boothKind": "STANDARD", "booths": 2, "expenses": "50000.00"}""";

	@Autowired
	ProcessEngine engine;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ProcedureDriver driver;

	@BeforeEach
	void setUp() {
		setClock(2026, 3, 10, 9, 0);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
			malformed JSON            | `{"enterprise": {`                                                          | $
			unknown item type         | `{"enterprise": E, "items": [{"type": "TRAVEL"}]}`                          | items[0].type
			wrong enum value          | `{"enterprise": E, "items": [{"type": "OVERSEAS_EXHIBITION", "country": "BR", "startDate": "2025-06-10", "keyPlan": true, "boothKind": "HUGE", "booths": 2, "expenses": "1.00"}]}` | items[0].boothKind
			missing field             | `{"enterprise": E, "items": [{"type": "CREDIT_SERVICE", "paidDate": "2025-06-10"}]}` | items[0].fees
			negative money            | `{"enterprise": E, "items": [{"type": "CREDIT_SERVICE", "paidDate": "2025-06-10", "fees": "-1.00"}]}` | items[0].fees
			three decimals            | `{"enterprise": E, "items": [{"type": "CREDIT_SERVICE", "paidDate": "2025-06-10", "fees": "1.001"}]}` | items[0].fees
			non-numeric money         | `{"enterprise": E, "items": [{"type": "CREDIT_SERVICE", "paidDate": "2025-06-10", "fees": "abc"}]}` | items[0].fees
			impossible date           | `{"enterprise": E, "items": [{"type": "CREDIT_SERVICE", "paidDate": "2025-02-30", "fees": "100.00"}]}` | items[0].paidDate
			bad credit code           | `{"enterprise": {"creditCode": "91440703MA4U000012", "name": "x", "district": "PENGJIANG", "tradeRecordSince2024": true}, "items": [X]}` | enterprise.creditCode
			unknown district          | `{"enterprise": {"creditCode": "91440703MA4U000013", "name": "x", "district": "SHENZHEN", "tradeRecordSince2024": true}, "items": [X]}` | enterprise.district
			country not assigned      | `{"enterprise": E, "items": [{"type": "OVERSEAS_EXHIBITION", "country": "XX", "startDate": "2025-06-10", "keyPlan": true, "boothKind": "STANDARD", "booths": 2, "expenses": "1.00"}]}` | items[0].country
			Hong Kong is not abroad   | `{"enterprise": E, "items": [{"type": "OVERSEAS_EXHIBITION", "country": "HK", "startDate": "2025-06-10", "keyPlan": true, "boothKind": "STANDARD", "booths": 2, "expenses": "1.00"}]}` | items[0].country
			no booth                  | `{"enterprise": E, "items": [{"type": "OVERSEAS_EXHIBITION", "country": "BR", "startDate": "2025-06-10", "keyPlan": true, "boothKind": "STANDARD", "booths": 0, "expenses": "1.00"}]}` | items[0].booths
			no items                  | `{"enterprise": E, "items": []}`                                            | items
			""")
	void a_malformed_submission_is_refused_naming_the_field_and_stores_nothing(String rule, String body, String field) {
		String request = body.replace("E,", ENTERPRISE + ",").replace("[X]", "[" + EXHIBITION + "]");
		ResponseEntity<JsonNode> response = driver.post("enterprise-demo", "/api/applications", request);

		assertThat(response.getStatusCode().value()).as(rule).isEqualTo(400);
		assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(response.getBody().get("errors").findValuesAsText("field")).as(rule).contains(field);
		assertNothingStored();
	}

	@Test
	void more_than_fifty_items_are_refused() {
		String items = IntStream.range(0, 51).mapToObj(i -> EXHIBITION).collect(Collectors.joining(","));
		var response = driver.post("enterprise-demo", "/api/applications",
				"{\"enterprise\": " + ENTERPRISE + ", \"items\": [" + items + "]}");
		assertThat(response.getStatusCode().value()).isEqualTo(400);
		assertThat(response.getBody().get("errors").findValuesAsText("field")).contains("items");
		assertNothingStored();
	}

	/** CONTRACT round 2: 413, no longer 400. */
	@Test
	void an_oversized_body_is_refused_before_it_is_read() {
		String padding = "x".repeat(300 * 1024);
		var response = driver.post("enterprise-demo", "/api/applications",
				"{\"enterprise\": " + ENTERPRISE + ", \"note\": \"" + padding + "\", \"items\": [" + EXHIBITION + "]}");
		assertThat(response.getStatusCode().value()).isEqualTo(413);
		assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(response.getBody().get("errors").findValuesAsText("field")).contains("$");
		assertNothingStored();
	}

	@Test
	void an_objection_without_reason_or_contact_is_refused_naming_both() {
		String id = driver.toPublicNotice(TestData.demoRequest());
		var response = driver.post("city-officer", "/api/applications/" + id + "/objections", "{\"reason\": \"  \"}");
		assertThat(response.getStatusCode().value()).isEqualTo(400);
		assertThat(response.getBody().get("errors").findValuesAsText("field")).contains("reason", "contact");
		assertThat(jdbc.sql("SELECT status FROM app_application WHERE id = :id").param("id", id).query(String.class)
			.single()).isEqualTo("PUBLIC_NOTICE");
	}

	@Test
	void typed_text_comes_back_as_the_same_text() {
		String name = "<b>江门</b> **示范** <script>alert(1)</script> 有限公司";
		String request = TestData.request("91440703MA4U000013", name.replace("\"", "\\\""), "PENGJIANG");
		JsonNode submitted = driver.submit("enterprise-demo", request);
		JsonNode application = driver.application("enterprise-demo",
				submitted.get("id").asText());
		assertThat(application.get("enterprise").get("name").asText()).isEqualTo(name);
	}

	private void assertNothingStored() {
		assertThat(count("app_application")).isZero();
		assertThat(count("ledger_entry")).isZero();
		assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isZero();
	}

	private int count(String table) {
		return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Integer.class).single();
	}

}
