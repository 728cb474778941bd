package cn.gov.jiangmen.subsidy.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.stream.Stream;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.gov.jiangmen.subsidy.ProcedureTest;
import cn.gov.jiangmen.subsidy.ProcedureDriver;
import cn.gov.jiangmen.subsidy.TestData;

/**
 * CONTRACT round 2, "Requests: strict": what the audit sent as a determined applicant. Each is 400
 * (413 for size) with a problem naming the field; nothing is stored, no process starts, and the
 * next application number is the one it would have been.
 */
@ProcedureTest
class StrictInputTest {

	static final String ENTERPRISE = """
			{"creditCode": "91440703MA4U000013", "name": "江门示范外贸有限公司", "district": "PENGJIANG",
			 "tradeRecordSince2024": true}""";
	static final String CREDIT_SERVICE = """
			{"type": "CREDIT_SERVICE", "paidDate": "2025-06-10", "fees": "3000.00"}""";

	@Autowired
	ProcessEngine engine;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	@Autowired
	ProcedureDriver driver;

	@BeforeEach
	void setUp() {
		TestData.setClock(2026, 3, 10, 9, 0);
	}

	/** What the applicant sent, the body (E: a valid enterprise, C: a valid item), the field the problem names. */
	static Stream<Arguments> refusedRequests() {
		return Stream.of(
			Arguments.of("the typo otherSubsidy for otherSubsidies",
					"""
					{"enterprise": E, "items": [{"type": "CREDIT_SERVICE", "paidDate": "2025-06-10", "fees": "3000.00", "otherSubsidy": "3000.00"}]}""",
					"items[0].otherSubsidy"),
			Arguments.of("an unknown field at the top",
					"""
					{"enterprise": E, "items": [C], "discount": 1}""",
					"discount"),
			Arguments.of("an unknown field of the enterprise",
					"""
					{"enterprise": {"creditCode": "91440703MA4U000013", "name": "x", "district": "PENGJIANG", "tradeRecordSince2024": true, "taxId": "1"}, "items": [C]}""",
					"enterprise.taxId"),
			Arguments.of("an unknown field of the bank account",
					"""
					{"enterprise": {"creditCode": "91440703MA4U000013", "name": "x", "district": "PENGJIANG", "tradeRecordSince2024": true, "bankAccount": {"bankName": "中国银行江门分行", "accountName": "x", "accountNumber": "6216610200016587010", "iban": "x"}}, "items": [C]}""",
					"enterprise.bankAccount.iban"),
			Arguments.of("the subsidiary route at a fair at home",
					"""
					{"enterprise": E, "items": [{"type": "DOMESTIC_EXHIBITION", "startDate": "2025-06-10", "keyPlan": true, "consumerFair": false, "booths": 2, "expenses": "9000.00", "viaOverseasSubsidiary": true}]}""",
					"items[0].viaOverseasSubsidiary"),
			Arguments.of("the subsidiary route on credit insurance",
					"""
					{"enterprise": E, "items": [{"type": "EXPORT_CREDIT_INSURANCE", "paidDate": "2025-06-10", "premiumPaid": "1000.00", "platformPolicy": false, "viaOverseasSubsidiary": false}]}""",
					"items[0].viaOverseasSubsidiary"),
			Arguments.of("a field of another item type",
					"""
					{"enterprise": E, "items": [{"type": "CREDIT_SERVICE", "paidDate": "2025-06-10", "fees": "3000.00", "exhibitionName": "广交会"}]}""",
					"items[0].exhibitionName"),
			Arguments.of("the items given twice",
					"""
					{"enterprise": E, "items": [C], "items": [C, C]}""",
					"items"),
			Arguments.of("a key given twice in an item",
					"""
					{"enterprise": E, "items": [C, {"type": "CREDIT_SERVICE", "paidDate": "2025-06-10", "fees": "1.00", "fees": "9999.00"}]}""",
					"items[1].fees"),
			Arguments.of("a key given twice in the enterprise",
					"""
					{"enterprise": {"creditCode": "91440703MA4U000013", "name": "x", "name": "y", "district": "PENGJIANG", "tradeRecordSince2024": true}, "items": [C]}""",
					"enterprise.name"),
			Arguments.of("a second document after the first",
					"""
					{"enterprise": E, "items": [C]} {"enterprise": E, "items": [C]}""",
					"$"),
			Arguments.of("text after the document",
					"""
					{"enterprise": E, "items": [C]} and more""",
					"$"),
			Arguments.of("a stray bracket after the document",
					"""
					{"enterprise": E, "items": [C]}]""",
					"$"),
			Arguments.of("a year of five digits with its sign",
					"""
					{"enterprise": E, "items": [{"type": "CREDIT_SERVICE", "paidDate": "+12025-06-10", "fees": "3000.00"}]}""",
					"items[0].paidDate"),
			Arguments.of("a year of five digits",
					"""
					{"enterprise": E, "items": [{"type": "CREDIT_SERVICE", "paidDate": "12025-06-10", "fees": "3000.00"}]}""",
					"items[0].paidDate"),
			Arguments.of("a year of three digits",
					"""
					{"enterprise": E, "items": [{"type": "CREDIT_SERVICE", "paidDate": "025-06-10", "fees": "3000.00"}]}""",
					"items[0].paidDate"),
			Arguments.of("a Canton Fair session of 2,000,000,000",
					"""
					{"enterprise": E, "items": [{"type": "CANTON_FAIR_DESIGN_AWARD", "session": 2000000000, "tier": "GOLD"}]}""",
					"items[0].session"),
			Arguments.of("a session beyond an int",
					"""
					{"enterprise": E, "items": [{"type": "CANTON_FAIR_DESIGN_AWARD", "session": 99999999999999999999, "tier": "GOLD"}]}""",
					"items[0].session"),
			Arguments.of("2,000,000,000 booths",
					"""
					{"enterprise": E, "items": [{"type": "DOMESTIC_EXHIBITION", "startDate": "2025-06-10", "keyPlan": true, "consumerFair": false, "booths": 2000000000, "expenses": "9000.00"}]}""",
					"items[0].booths"),
			Arguments.of("a special booth of a square kilometre",
					"""
					{"enterprise": E, "items": [{"type": "HKMT_EXHIBITION", "country": "HK", "startDate": "2025-06-10", "keyPlan": true, "boothKind": "SPECIAL", "areaSqm": 1000000, "boothFee": "9000.00"}]}""",
					"items[0].areaSqm"),
			Arguments.of("a premium of 10^15 yuan",
					"""
					{"enterprise": E, "items": [{"type": "EXPORT_CREDIT_INSURANCE", "paidDate": "2025-06-10", "premiumPaid": 1e15, "platformPolicy": false}]}""",
					"items[0].premiumPaid"),
			Arguments.of("a trade year of five digits",
					"""
					{"enterprise": {"creditCode": "91440703MA4U000013", "name": "x", "district": "PENGJIANG", "tradeRecordSince2024": true, "tradeYears": [2025, 20250]}, "items": [C]}""",
					"enterprise.tradeYears[1]"),
			Arguments.of("an exhibition name of 201 characters",
					"""
					{"enterprise": E, "items": [{"type": "DOMESTIC_EXHIBITION", "exhibitionName": "NAME201", "startDate": "2025-06-10", "keyPlan": true, "consumerFair": false, "booths": 2, "expenses": "9000.00"}]}""",
					"items[0].exhibitionName"),
			Arguments.of("an enterprise name of 201 characters",
					"""
					{"enterprise": {"creditCode": "91440703MA4U000013", "name": "NAME201", "district": "PENGJIANG", "tradeRecordSince2024": true}, "items": [C]}""",
					"enterprise.name"),
			Arguments.of("a bank account number with letters",
					"""
					{"enterprise": {"creditCode": "91440703MA4U000013", "name": "x", "district": "PENGJIANG", "tradeRecordSince2024": true, "bankAccount": {"bankName": "中国银行江门分行", "accountName": "x", "accountNumber": "6216-6102-0001"}}, "items": [C]}""",
					"enterprise.bankAccount.accountNumber"),
			Arguments.of("a certificate date that is not a date",
					"""
					{"enterprise": E, "items": [{"type": "OVERSEAS_INVESTMENT_INSURANCE", "paidDate": "2025-06-10", "premiumPaid": "1000.00", "investmentCertificate": true, "investmentCertificateDate": "2025-02-29"}]}""",
					"items[0].investmentCertificateDate"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("refusedRequests")
	void a_request_the_contract_does_not_allow_is_refused_naming_the_field_and_stores_nothing(String sent, String body,
			String field) {
		for (String path : new String[] { "/api/applications", "/api/quotes" }) {
			ResponseEntity<JsonNode> response = driver.post("enterprise-demo", path, request(body));

			assertThat(response.getStatusCode().value()).as(sent + " to " + path).isEqualTo(400);
			assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
			assertThat(response.getBody().get("errors").findValuesAsText("field")).as(sent).contains(field);
		}
		assertThat(Counts.now(jdbc, engine)).as("nothing stored").isEqualTo(new Counts(0, 0, 0));
	}

	@Test
	void refused_requests_use_up_no_application_number() {
		long before = submitOne();
		Counts stored = Counts.now(jdbc, engine);

		refusedRequests().forEach(refused -> assertThat(
				driver.post("enterprise-demo", "/api/applications", request((String) refused.get()[1])).getStatusCode().value())
			.isEqualTo(400));

		assertThat(Counts.now(jdbc, engine)).isEqualTo(stored);
		assertThat(submitOne()).as("the next application number is the one it would have been").isEqualTo(before + 1);
	}

	private static String request(String body) {
		return body.replace("E,", ENTERPRISE + ",")
			.replace("[C]", "[" + CREDIT_SERVICE + "]")
			.replace("[C, C]", "[" + CREDIT_SERVICE + "," + CREDIT_SERVICE + "]")
			.replace("[C, {", "[" + CREDIT_SERVICE + ", {")
			.replace("NAME201", "展".repeat(201));
	}

	@Test
	void a_body_over_the_limit_is_413_and_uses_up_nothing() {
		long before = submitOne();
		Counts stored = Counts.now(jdbc, engine);
		String padding = "x".repeat(300 * 1024);

		ResponseEntity<JsonNode> response = driver.post("enterprise-demo", "/api/applications",
				"{\"enterprise\": " + ENTERPRISE + ", \"items\": [" + CREDIT_SERVICE + "], \"note\": \"" + padding + "\"}");

		assertThat(response.getStatusCode().value()).isEqualTo(413);
		assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(response.getBody().get("status").asInt()).isEqualTo(413);
		assertThat(response.getBody().get("errors").findValuesAsText("field")).containsExactly("$");
		assertThat(Counts.now(jdbc, engine)).isEqualTo(stored);
		assertThat(submitOne()).isEqualTo(before + 1);
	}

	@Test
	void a_body_over_the_limit_sent_without_its_length_is_413_too() throws Exception {
		HttpResponse<String> response = postWithoutLength(
				"{\"enterprise\": " + ENTERPRISE + ", \"note\": \"" + "x".repeat(300 * 1024) + "\"}");

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(new ObjectMapper().readTree(response.body()).get("errors").findValuesAsText("field"))
			.containsExactly("$");
	}

	@Test
	void a_request_within_the_limit_sent_without_its_length_is_read() throws Exception {
		HttpResponse<String> response = postWithoutLength(
				"{\"enterprise\": " + ENTERPRISE + ", \"items\": [" + CREDIT_SERVICE + "]}");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(new ObjectMapper().readTree(response.body()).get("total").asText()).isEqualTo("1500.00");
	}

	@Test
	void the_new_optional_fields_are_accepted_and_kept_with_the_request() {
		String request = """
				{"enterprise": {"creditCode": "91440703MA4U000013", "name": "江门示范外贸有限公司", "district": "PENGJIANG",
				  "tradeRecordSince2024": true, "tradeYears": [2024, 2025],
				  "bankAccount": {"bankName": "中国银行江门分行", "accountName": "江门示范外贸有限公司", "accountNumber": "6216610200016587010"}},
				 "items": [
				  {"type": "OVERSEAS_EXHIBITION", "exhibitionName": "汉诺威工业博览会", "country": "DE", "startDate": "2025-04-01",
				   "keyPlan": true, "boothKind": "STANDARD", "booths": 1, "expenses": "20000.00"},
				  {"type": "OVERSEAS_INVESTMENT_INSURANCE", "paidDate": "2025-06-10", "premiumPaid": "10000.00",
				   "investmentCertificate": true, "investmentCertificateDate": "2025-01-02"}]}""";

		JsonNode submitted = driver.submit("enterprise-demo", request);

		assertThat(submitted.get("total").asText()).isEqualTo("12000.00");
		String stored = jdbc.sql("SELECT request_json FROM app_application WHERE id = :id")
			.param("id", submitted.get("id").asText())
			.query(String.class)
			.single();
		assertThat(stored).contains("6216610200016587010", "\"tradeYears\":[2024,2025]", "汉诺威工业博览会",
				"\"investmentCertificateDate\":\"2025-01-02\"");
	}

	/** A quote sent chunked: no Content-Length, so the size is known only by reading. */
	private HttpResponse<String> postWithoutLength(String body) throws Exception {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		HttpRequest chunked = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/quotes"))
			.header("Content-Type", "application/json")
			.header("Authorization", "Basic " + Base64.getEncoder().encodeToString("enterprise-demo:demo".getBytes()))
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)))
			.build();
		return HttpClient.newHttpClient().send(chunked, HttpResponse.BodyHandlers.ofString());
	}

	/** Submits a valid application and answers the serial of its number (JM-2026-000123 → 123). */
	private long submitOne() {
		String id = driver.submit("enterprise-demo", "{\"enterprise\": " + ENTERPRISE + ", \"items\": [" + CREDIT_SERVICE + "]}")
			.get("id")
			.asText();
		return Long.parseLong(id.substring(id.lastIndexOf('-') + 1));
	}

	/** Applications, ledger rows and process instances: what a refused request must leave as it was. */
	record Counts(int applications, int ledgerEntries, long processInstances) {

		static Counts now(JdbcClient jdbc, ProcessEngine engine) {
			return new Counts(jdbc.sql("SELECT COUNT(*) FROM app_application").query(Integer.class).single(),
					jdbc.sql("SELECT COUNT(*) FROM ledger_entry").query(Integer.class).single(),
					engine.getRuntimeService().createProcessInstanceQuery().count());
		}
	}
}
