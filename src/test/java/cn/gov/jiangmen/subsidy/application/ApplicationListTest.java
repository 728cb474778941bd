package cn.gov.jiangmen.subsidy.application;

import static cn.gov.jiangmen.subsidy.TestData.setClock;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import cn.gov.jiangmen.subsidy.ProcedureTest;
import cn.gov.jiangmen.subsidy.ProcedureDriver;
import cn.gov.jiangmen.subsidy.TestData;

/** CONTRACT "Lists": {@code GET /api/applications}, newest first, only what the caller may see. */
@ProcedureTest
class ApplicationListTest {

	static final String JIANGHAI_CREDIT_CODE = "91440704MA4UJH001P";

	@Autowired
	TestRestTemplate rest;

	@Autowired
	ProcedureDriver driver;

	String first;
	String second;
	String jianghai;

	@BeforeEach
	void threeApplications() {
		setClock(2026, 3, 10, 9, 0);
		first = driver.submit("enterprise-demo", TestData.demoRequest()).get("id").asText();
		setClock(2026, 3, 11, 9, 0);
		second = driver.submit("pengjiang-officer", TestData.demoRequest()).get("id").asText();
		setClock(2026, 3, 12, 9, 0);
		jianghai = driver.submit("jianghai-officer", TestData.request(JIANGHAI_CREDIT_CODE, "江海示范进出口有限公司", "JIANGHAI"))
			.get("id")
			.asText();
		driver.districtDecides(first, "return", "请补充展位确认函");
	}

	@Test
	void each_reader_lists_only_what_it_may_see_newest_first() {
		assertThat(ids("enterprise-demo", "")).containsExactly(second, first);
		assertThat(ids("pengjiang-officer", "")).containsExactly(second, first);
		assertThat(ids("pengjiang-finance", "")).containsExactly(second, first);
		assertThat(ids("jianghai-officer", "")).containsExactly(jianghai);
		assertThat(ids("city-officer", "")).containsExactly(jianghai, second, first);
		assertThat(ids("admin", "")).containsExactly(jianghai, second, first);
		assertThat(ids("xinhui-officer", "")).isEmpty();

		JsonNode page = list("enterprise-demo", "").getBody();
		assertThat(page.get("total").asLong()).isEqualTo(2);
		JsonNode row = page.get("items").get(1);
		assertThat(row.fieldNames()).toIterable()
			.containsExactlyInAnyOrder("id", "status", "enterpriseName", "creditCode", "district", "total", "submittedAt");
		assertThat(row.get("status").asText()).isEqualTo("RETURNED");
		assertThat(row.get("total").asText()).isEqualTo("45000.00");
		assertThat(row.get("district").asText()).isEqualTo("PENGJIANG");
		assertThat(row.get("submittedAt").asText()).isEqualTo("2026-03-10T09:00:00+08:00");
	}

	@Test
	void pages_and_a_status_narrow_the_list_and_the_total_counts_them_all() {
		JsonNode page = list("city-officer", "?page=1&size=2").getBody();
		assertThat(page.get("total").asLong()).isEqualTo(3);
		assertThat(page.get("items").findValuesAsText("id")).containsExactly(first);
		assertThat(ids("city-officer", "?status=RETURNED")).containsExactly(first);
		assertThat(ids("city-officer", "?status=DISTRICT_REVIEW&size=1")).containsExactly(jianghai);
	}

	@Test
	void a_bad_page_size_or_status_is_a_400_naming_it() {
		ResponseEntity<JsonNode> bad = list("city-officer", "?page=-1&size=1000&status=PAID");
		assertThat(bad.getStatusCode().value()).isEqualTo(400);
		assertThat(bad.getBody().get("errors").findValuesAsText("field")).containsExactly("page", "size", "status");
		assertThat(rest.getForEntity("/api/applications", String.class).getStatusCode().value()).isEqualTo(401);
	}

	private java.util.List<String> ids(String user, String query) {
		ResponseEntity<JsonNode> response = list(user, query);
		assertThat(response.getStatusCode().value()).as(user).isEqualTo(200);
		return response.getBody().get("items").findValuesAsText("id");
	}

	private ResponseEntity<JsonNode> list(String user, String query) {
		return rest.withBasicAuth(user, "demo").getForEntity("/api/applications" + query, JsonNode.class);
	}

}
