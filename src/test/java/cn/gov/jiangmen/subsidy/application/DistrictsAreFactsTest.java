package cn.gov.jiangmen.subsidy.application;

import static cn.gov.jiangmen.subsidy.TestData.setClock;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;

import cn.gov.jiangmen.subsidy.ProcedureTest;
import cn.gov.jiangmen.subsidy.ProcedureDriver;
import cn.gov.jiangmen.subsidy.TestData;
import cn.gov.jiangmen.subsidy.processes.ProcessConstants;
import cn.gov.jiangmen.subsidy.identity.EnterpriseDirectory;

/**
 * Where an enterprise is registered is a fact the app holds (第十三条: 注册所在地), never what a
 * request claims: an officer cannot file or quote for another district's enterprise by writing
 * its own district, and an enterprise cannot move itself. The county-level cities are not funded
 * by the city (第二、十九条): their applications are refused, and where one is funded it stays in
 * its own tenant.
 */
@ProcedureTest
class DistrictsAreFactsTest {

	@Autowired
	ProcessEngine engine;

	@Autowired
	TestRestTemplate rest;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EnterpriseDirectory enterprises;

	@Autowired
	ProcedureDriver driver;

	@BeforeEach
	void setUp() {
		setClock(2026, 3, 10, 9, 0);
	}

	@Test
	void an_officer_cannot_file_or_quote_for_another_district_s_enterprise_by_writing_its_own_district() {
		String jianghaiEnterprise = TestData.creditCode("440704", 11);
		String lie = TestData.request(jianghaiEnterprise, "江海某外贸公司", "PENGJIANG");
		String truth = TestData.request(jianghaiEnterprise, "江海某外贸公司", "JIANGHAI");
		Stored before = stored();

		assertThat(status(driver.post("pengjiang-officer", "/api/applications", lie))).isEqualTo(403);
		assertThat(status(driver.post("pengjiang-officer", "/api/quotes", lie))).isEqualTo(403);
		assertThat(status(driver.post("pengjiang-officer", "/api/applications", truth))).isEqualTo(403);
		assertThat(stored()).as("nothing stored, no number used").isEqualTo(before);

		assertThat(status(driver.post("jianghai-officer", "/api/quotes", truth))).isEqualTo(200);
		assertThat(status(driver.post("jianghai-officer", "/api/applications", truth))).isEqualTo(201);
	}

	@Test
	void an_enterprise_cannot_move_itself_to_another_district() {
		String moved = TestData.request(TestData.DEMO_CREDIT_CODE, "江门示范外贸有限公司", "JIANGHAI");
		Stored before = stored();

		ResponseEntity<JsonNode> submission = driver.post("enterprise-demo", "/api/applications", moved);
		assertThat(status(submission)).isEqualTo(400);
		assertThat(submission.getBody().get("errors").findValuesAsText("field")).containsExactly("enterprise.district");
		assertThat(status(driver.post("enterprise-demo", "/api/quotes", moved))).isEqualTo(400);
		assertThat(status(driver.post("admin", "/api/applications", moved))).as("not even the admin moves it")
			.isEqualTo(400);
		assertThat(stored()).isEqualTo(before);
	}

	@Test
	void a_code_of_the_city_registry_takes_the_district_of_the_enterprise_s_first_accepted_submission() {
		String cityRegistered = TestData.creditCode("440700", 12);
		String asPengjiang = TestData.request(cityRegistered, "市局登记外贸公司", "PENGJIANG");
		String asJianghai = TestData.request(cityRegistered, "市局登记外贸公司", "JIANGHAI");

		assertThat(status(driver.post("pengjiang-officer", "/api/applications", asPengjiang))).isEqualTo(201);
		assertThat(registered(cityRegistered)).isEqualTo("PENGJIANG FIRST_SUBMISSION");

		Stored before = stored();
		assertThat(status(driver.post("jianghai-officer", "/api/applications", asJianghai))).isEqualTo(403);
		assertThat(status(driver.post("jianghai-officer", "/api/quotes", asJianghai)))
			.as("the Pengjiang enterprise's awards stay Pengjiang's business")
			.isEqualTo(403);
		assertThat(status(driver.post("pengjiang-officer", "/api/quotes", asJianghai))).isEqualTo(400);
		assertThat(status(driver.post("admin", "/api/applications", asJianghai))).isEqualTo(400);
		assertThat(stored()).isEqualTo(before);
		assertThat(status(driver.post("pengjiang-officer", "/api/applications", asPengjiang))).isEqualTo(201);
	}

	@Test
	void a_registration_record_outranks_the_credit_code_for_an_enterprise_that_moved() {
		String movedToJianghai = TestData.creditCode("440703", 13);
		enterprises.register(new EnterpriseDirectory.EnterpriseAccount("enterprise-moved", movedToJianghai,
				"迁入江海外贸公司", "JIANGHAI"));

		assertThat(status(driver.post("pengjiang-officer", "/api/applications",
				TestData.request(movedToJianghai, "迁入江海外贸公司", "PENGJIANG")))).isEqualTo(403);
		assertThat(status(driver.post("jianghai-officer", "/api/applications",
				TestData.request(movedToJianghai, "迁入江海外贸公司", "JIANGHAI")))).isEqualTo(201);
	}

	@Test
	void a_county_level_city_s_application_is_refused_and_stores_nothing() {
		String taishan = TestData.creditCode("440781", 14);
		String request = TestData.request(taishan, "台山外贸公司", "TAISHAN");
		Stored before = stored();

		ResponseEntity<JsonNode> submission = driver.post("admin", "/api/applications", request);
		assertThat(status(submission)).as(String.valueOf(submission.getBody())).isEqualTo(400);
		assertThat(submission.getBody().get("errors").findValuesAsText("field")).containsExactly("items[0]", "items[1]");
		assertThat(submission.getBody().get("errors").findValuesAsText("message"))
			.allSatisfy(message -> assertThat(message).contains("台山市").contains("第十九条"));
		assertThat(status(driver.post("admin", "/api/applications", TestData.request(taishan, "台山外贸公司", "PENGJIANG"))))
			.as("nor by writing a funded district")
			.isEqualTo(400);
		assertThat(stored()).isEqualTo(before);

		// CONTRACT: a quote still answers, item by item, why nothing is paid.
		ResponseEntity<JsonNode> quote = driver.post("admin", "/api/quotes", request);
		assertThat(status(quote)).isEqualTo(200);
		assertThat(quote.getBody().findValues("reasons"))
			.allSatisfy(reasons -> assertThat(reasons.toString()).contains("OUTSIDE_FUNDED_DISTRICTS"));
	}

	/**
	 * A county-level city that funds itself (a district setting in the policy data) has its
	 * applications kept in its own tenant: started here as a submission would start one.
	 */
	@Test
	void a_funded_county_level_city_s_application_stays_in_its_own_tenant() {
		String id = "JM-2026-990001";
		String creditCode = TestData.creditCode("440781", 15);
		jdbc.sql("""
				INSERT INTO app_application (id, credit_code, enterprise_name, district, trade_record_since_2024, status,
				  policy_id, request_json, total, submitted_by, submitted_at, updated_at)
				VALUES (:id, :code, '台山外贸公司', 'TAISHAN', TRUE, 'DISTRICT_REVIEW', '-', :request, 0, 'admin',
				  CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""")
			.param("id", id)
			.param("code", creditCode)
			.param("request", TestData.request(creditCode, "台山外贸公司", "TAISHAN"))
			.update();
		var instance = engine.getRuntimeService()
			.createProcessInstanceByKey(ProcessConstants.PROCESS_APPLICATION)
			.businessKey(id)
			.setVariables(Map.of("applicationId", id, "district", "TAISHAN", "districtName", "台山市",
					"districtCommerceGroup", "district-commerce-taishan", "districtFinanceGroup", "district-finance-taishan",
					"enterpriseName", "台山外贸公司", "creditCode", creditCode, "enterpriseUsers", "admin", "itemInputs",
					SpinValues.jsonValue("[]").create()))
			.execute();

		assertThat(instance.getTenantId()).isEqualTo("taishan");
		assertThat(engine.getIdentityService().createTenantQuery().groupMember("district-commerce-taishan").list())
			.extracting(Tenant::getId)
			.containsExactly("taishan");
		for (String user : List.of("pengjiang-officer", "jianghai-officer", "xinhui-officer", "pengjiang-finance",
				"enterprise-demo")) {
			assertThat(count(user, "/engine-rest/process-instance/count?businessKey=" + id)).as(user).isZero();
			assertThat(count(user, "/engine-rest/task/count?processInstanceBusinessKey=" + id)).as(user).isZero();
			assertThat(count(user, "/engine-rest/history/process-instance/count?processInstanceBusinessKey=" + id))
				.as(user)
				.isZero();
		}
		assertThat(count("city-officer", "/engine-rest/process-instance/count?businessKey=" + id)).isEqualTo(1);
	}

	// ------------------------------------------------------------------ helpers

	/** What a refused request must not leave behind. */
	record Stored(long applications, long numbers, long ledgerRows, long districtRecords, long processInstances) {
	}

	private Stored stored() {
		return new Stored(countRows("app_application"), countRows("app_application_number"), countRows("ledger_entry"),
				countRows("app_enterprise_district"),
				engine.getRuntimeService().createProcessInstanceQuery().count());
	}

	private long countRows(String table) {
		return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
	}

	private String registered(String creditCode) {
		return jdbc.sql("SELECT district || ' ' || source FROM app_enterprise_district WHERE credit_code = :code")
			.param("code", creditCode)
			.query(String.class)
			.single();
	}

	private int count(String user, String path) {
		return rest.withBasicAuth(user, "demo").getForObject(path, JsonNode.class).get("count").asInt();
	}

	private static int status(ResponseEntity<?> response) {
		return response.getStatusCode().value();
	}

}
