package cn.gov.jiangmen.subsidy.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;

import cn.gov.jiangmen.subsidy.ProcedureTest;
import cn.gov.jiangmen.subsidy.ProcedureDriver;
import cn.gov.jiangmen.subsidy.TestData;

/**
 * 第九条 "每家企业每个项目", over HTTP as the enterprise applies: the same fair in two items or in two
 * applications is supported for its booths once (at the same instant: {@code ConcurrentSubmissionTest}).
 */
@ProcedureTest
class OneExhibitionOneProjectTest {

	static final String ENTERPRISE = """
			{"creditCode": "91440703MA4U000013", "name": "江门示范外贸有限公司", "district": "PENGJIANG",
			 "tradeRecordSince2024": true}""";

	@Autowired
	ProcedureDriver driver;

	@BeforeEach
	void setUp() {
		TestData.setClock(2026, 3, 10, 9, 0);
	}

	static String fair(String name, int booths) {
		return """
				{"type": "OVERSEAS_EXHIBITION", "exhibitionName": "%s", "country": "DE", "startDate": "2025-05-10",
				 "keyPlan": true, "boothKind": "STANDARD", "booths": %d, "expenses": "50000.00"}""".formatted(name, booths);
	}

	static String request(String... items) {
		return "{\"enterprise\": " + ENTERPRISE + ", \"items\": [" + String.join(",", items) + "]}";
	}

	@Test
	void the_audit_s_case_the_same_fair_twice_in_one_application_is_paid_once() {
		JsonNode submitted = driver.submit("enterprise-demo", request(fair("Hannover Messe", 2), fair("Hannover Messe", 2)));

		assertThat(submitted.get("total").asText()).isEqualTo("20000.00");
		assertThat(submitted.get("items").get(1).get("reasons").toString()).contains("EXHIBITION_BOOTHS_USED");
	}

	@Test
	void a_later_application_for_the_same_fair_gets_what_is_left_and_its_trace_names_the_earlier_application() {
		String first = driver.submit("enterprise-demo", request(fair("Hannover Messe", 1))).get("id").asText();

		JsonNode second = driver.submit("enterprise-demo", request(fair("ＨＡＮＮＯＶＥＲ　ＭＥＳＳＥ", 2)));
		JsonNode third = driver.submit("enterprise-demo", request(fair("hannover messe", 1)));

		assertThat(second.get("total").asText()).isEqualTo("10000.00");
		assertThat(second.get("items").get(0).get("trace").asText()).contains("申报 " + first + " 第1项 1 个");
		assertThat(third.get("total").asText()).isEqualTo("0.00");
		assertThat(third.get("items").get(0).get("reasons").toString()).contains("EXHIBITION_BOOTHS_USED");
		assertThat(third.get("items").get(0).get("trace").asText()).contains("申报 " + first + " 第1项 1 个",
				"申报 " + second.get("id").asText() + " 第1项 1 个");
	}

	@Test
	void a_rejected_application_gives_its_booths_back() {
		String first = driver.submit("enterprise-demo", request(fair("Hannover Messe", 2))).get("id").asText();
		driver.districtDecides(first, "reject", "材料不实");

		JsonNode again = driver.submit("enterprise-demo", request(fair("Hannover Messe", 2)));

		assertThat(again.get("total").asText()).isEqualTo("20000.00");
	}

	@Test
	void a_quote_counts_the_booths_the_enterprise_holds() {
		driver.submit("enterprise-demo", request(fair("Hannover Messe", 2)));

		JsonNode quote = driver.post("enterprise-demo", "/api/quotes", request(fair("Hannover Messe", 1))).getBody();

		assertThat(quote.get("items").get(0).get("reasons").toString()).contains("EXHIBITION_BOOTHS_USED");
	}
}
