package cn.gov.jiangmen.subsidy.security;

import static cn.gov.jiangmen.subsidy.TestData.setClock;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import org.assertj.core.api.SoftAssertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import com.fasterxml.jackson.databind.JsonNode;

import cn.gov.jiangmen.subsidy.ProcedureTest;
import cn.gov.jiangmen.subsidy.TestEnterprises;
import cn.gov.jiangmen.subsidy.ProcedureDriver;
import cn.gov.jiangmen.subsidy.TestData;
import cn.gov.jiangmen.subsidy.processes.ProcessConstants.Elements;

/**
 * Each role × each action over real HTTP, for their own and another district or enterprise, with
 * the exact status. The rows read as CONTRACT.md's identity table.
 */
@ProcedureTest
class AuthorizationMatrixTest {

	static final String OTHER_ENTERPRISE_USER = TestEnterprises.JIANGHAI_USER;
	static final String OTHER_CREDIT_CODE = TestEnterprises.JIANGHAI_CREDIT_CODE;

	@Autowired
	ProcessEngine engine;

	@Autowired
	TestRestTemplate rest;

	@Autowired
	TestEnterprises enterprises;

	@Autowired
	ProcedureDriver driver;

	@BeforeEach
	void setUp() {
		enterprises.jianghai();
		setClock(2026, 3, 10, 9, 0);
	}

	@Test
	void without_credentials_the_apis_answer_401_and_health_stays_open() {
		SoftAssertions soft = new SoftAssertions();
		soft.assertThat(rest.getForEntity("/api/applications/JM-2026-000001", String.class).getStatusCode().value())
			.isEqualTo(401);
		soft.assertThat(rest.postForEntity("/api/quotes", json("{}"), String.class).getStatusCode().value())
			.isEqualTo(401);
		soft.assertThat(rest.getForEntity("/engine-rest/task", String.class).getStatusCode().value()).isEqualTo(401);
		// A wrong password is refused; it locks nobody out (issue 17: the sign-in throttle lets the first
		// failures pass free and its waits expire; SignInThrottlingTest tries its limits).
		soft.assertThat(rest.withBasicAuth("xinhui-finance", "wrong").getForEntity("/engine-rest/task", String.class)
			.getStatusCode()
			.value()).isEqualTo(401);
		soft.assertThat(rest.withBasicAuth("xinhui-finance", "demo").getForEntity("/engine-rest/task", String.class)
			.getStatusCode()
			.value()).as("the right password right after a wrong one").isEqualTo(200);
		var health = rest.getForEntity("/actuator/health", String.class);
		soft.assertThat(health.getStatusCode().value()).isEqualTo(200);
		soft.assertThat(health.getBody()).contains("\"status\":\"UP\"");
		soft.assertAll();
	}

	@Test
	void who_may_submit_for_which_enterprise() {
		String pengjiang = TestData.demoRequest();
		String jianghai = TestData.request(OTHER_CREDIT_CODE, "江海外贸有限公司", "JIANGHAI");
		expect("submit", user -> status(HttpMethod.POST, "/api/applications", user, pengjiang),
				Map.of("enterprise-demo", 201, "pengjiang-officer", 201, "admin", 201, "jianghai-officer", 403,
						"city-officer", 403, "city-finance", 403, "pengjiang-finance", 403, OTHER_ENTERPRISE_USER, 403));
		expect("submit for another enterprise", user -> status(HttpMethod.POST, "/api/applications", user, jianghai),
				Map.of("enterprise-demo", 403, "pengjiang-officer", 403, "jianghai-officer", 201,
						OTHER_ENTERPRISE_USER, 201));
	}

	@Test
	void who_may_read_an_application_list_its_tasks_and_complete_its_first_review() {
		String id = driver.submit("enterprise-demo", TestData.demoRequest()).get("id").asText();
		String taskId = driver.task(id, Elements.DISTRICT_REVIEW).getId();

		expect("read application", user -> status(HttpMethod.GET, "/api/applications/" + id, user, null),
				Map.ofEntries(Map.entry("admin", 200), Map.entry("city-officer", 200), Map.entry("city-finance", 200),
						Map.entry("pengjiang-officer", 200), Map.entry("pengjiang-finance", 200),
						Map.entry("enterprise-demo", 200), Map.entry("jianghai-officer", 404),
						Map.entry("xinhui-officer", 404), Map.entry("jianghai-finance", 404),
						Map.entry(OTHER_ENTERPRISE_USER, 404)));
		// The district's bureaus and the city read every task of the district's applications; only
		// the candidate group works on it (below). Other districts and enterprises see nothing.
		expect("tasks listed", user -> count("/engine-rest/task/count?processInstanceBusinessKey=" + id, user),
				Map.of("admin", 1, "pengjiang-officer", 1, "jianghai-officer", 0, "jianghai-finance", 0, "city-officer",
						1, "pengjiang-finance", 1, "enterprise-demo", 0, OTHER_ENTERPRISE_USER, 0));
		expect("process instances listed",
				user -> count("/engine-rest/process-instance/count?businessKey=" + id, user),
				Map.of("admin", 1, "pengjiang-officer", 1, "city-officer", 1, "jianghai-officer", 0, "jianghai-finance", 0,
						"enterprise-demo", 0, OTHER_ENTERPRISE_USER, 0));
		expect("task variables", user -> status(HttpMethod.GET, "/engine-rest/task/" + taskId + "/variables", user, null),
				Map.of("pengjiang-officer", 200, "pengjiang-finance", 200, "jianghai-officer", 403, "jianghai-finance",
						403, "enterprise-demo", 403));
		String approve = "{\"variables\": {\"decision\": {\"value\": \"approve\"}, \"comment\": {\"value\": \"同意\"}}}";
		expect("complete first review",
				user -> status(HttpMethod.POST, "/engine-rest/task/" + taskId + "/complete", user, approve),
				orderedMap("jianghai-officer", 403, "enterprise-demo", 403, "city-officer", 403, "pengjiang-finance",
						403, "pengjiang-officer", 204));
		assertThat(driver.status(id)).isEqualTo("CITY_REVIEW");
	}

	@Test
	void only_the_city_records_objections_and_only_during_the_notice() {
		String id = driver.toPublicNotice(TestData.demoRequest());
		String objection = "{\"reason\": \"展位数不符\", \"contact\": \"0750-0000000\"}";
		expect("record objection",
				user -> status(HttpMethod.POST, "/api/applications/" + id + "/objections", user, objection),
				orderedMap("pengjiang-officer", 403, "enterprise-demo", 403, "city-finance", 403,
						OTHER_ENTERPRISE_USER, 403, "city-officer", 202));
		// 第十四条: the notice runs on while an objection is investigated, and takes further objections.
		expect("second objection while the first is under review",
				user -> status(HttpMethod.POST, "/api/applications/" + id + "/objections", user, objection),
				orderedMap("pengjiang-officer", 403, "city-officer", 202));
		driver.fire(driver.timer(id, Elements.NOTICE_PERIOD_ENDED));
		setClock(2026, 3, 31, 9, 0);
		expect("an objection once the notice period has ended",
				user -> status(HttpMethod.POST, "/api/applications/" + id + "/objections", user, objection),
				Map.of("city-officer", 409));
	}

	@Test
	void only_city_finance_releases_and_only_the_own_district_finance_pays_out() {
		String id = driver.toPublicNotice(TestData.demoRequest());
		setClock(2026, 3, 31, 9, 0);
		driver.fire(driver.timer(id, Elements.NOTICE_PERIOD_ENDED));
		driver.cityIncludesInBudget();
		setClock(2027, 1, 2, 9, 0);
		driver.fire(driver.timer(id, Elements.BUDGET_YEAR_STARTED));

		String release = driver.batchTask(Elements.RELEASE_FUNDS).getId();
		String releaseForm = "{\"variables\": {\"releaseDocumentNo\": {\"value\": \"江财〔2027〕1号\"}}}";
		expect("release funds", user -> status(HttpMethod.POST, "/engine-rest/task/" + release + "/complete", user,
				releaseForm),
				orderedMap("city-officer", 403, "pengjiang-finance", 403, "pengjiang-officer", 403, "city-finance", 204));
		driver.runAsyncJobs();

		String disburse = driver.task(id, Elements.DISBURSE).getId();
		String payment = "{\"variables\": {\"paymentReference\": {\"value\": \"PJ-0001\"}, \"paymentDate\": {\"value\": \"2027-01-05\"}}}";
		expect("pay out", user -> status(HttpMethod.POST, "/engine-rest/task/" + disburse + "/complete", user, payment),
				orderedMap("jianghai-finance", 403, "city-finance", 403, "pengjiang-officer", 403, "enterprise-demo", 403,
						"pengjiang-finance", 204));
		assertThat(driver.status(id)).isEqualTo("DISBURSED");
	}

	@Test
	void only_the_admin_creates_users() {
		expect("create user", user -> status(HttpMethod.POST, "/engine-rest/user/create", user,
				"{\"profile\": {\"id\": \"newofficer" + user.hashCode() % 1000 + "\"}, \"credentials\": {\"password\": \"S3cret-Pass-2026!\"}}"),
				orderedMap("city-officer", 403, "pengjiang-officer", 403, "enterprise-demo", 403, "city-finance", 403,
						"admin", 204));
	}

	private void expect(String action, Function<String, Integer> call, Map<String, Integer> expected) {
		SoftAssertions soft = new SoftAssertions();
		expected.forEach((user, status) -> soft.assertThat(call.apply(user)).as(action + " as " + user).isEqualTo(status));
		soft.assertAll();
	}

	/** Forbidden users first, then the one allowed: the allowed call changes the state. */
	private static Map<String, Integer> orderedMap(Object... userThenStatus) {
		Map<String, Integer> map = new LinkedHashMap<>();
		for (int i = 0; i < userThenStatus.length; i += 2) {
			map.put((String) userThenStatus[i], (Integer) userThenStatus[i + 1]);
		}
		return map;
	}

	private int status(HttpMethod method, String path, String user, String body) {
		return rest.withBasicAuth(user, "demo").exchange(path, method, json(body), String.class).getStatusCode().value();
	}

	private int count(String path, String user) {
		JsonNode body = rest.withBasicAuth(user, "demo").getForObject(path, JsonNode.class);
		return body.get("count").asInt();
	}

	private static HttpEntity<String> json(String body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return new HttpEntity<>(body, headers);
	}

}
