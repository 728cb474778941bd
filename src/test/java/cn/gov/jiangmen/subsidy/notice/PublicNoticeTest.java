package cn.gov.jiangmen.subsidy.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;

import cn.gov.jiangmen.subsidy.ProcedureTest;
import cn.gov.jiangmen.subsidy.ProcedureDriver;
import cn.gov.jiangmen.subsidy.TestData;
import cn.gov.jiangmen.subsidy.calendar.WorkingDays;
import cn.gov.jiangmen.subsidy.processes.ProcessConstants.Elements;
import cn.gov.jiangmen.subsidy.web.WebSession;

/**
 * 第十四条 as the public meets it: an application approved by the city is on the published notice
 * (JSON and page, no sign-in) with a period of 5 working days counted on the State Council
 * calendar; an objection sent on the page reaches the city officer, and, accepted, opens the
 * re-investigation; after the period objections are refused; a flood from one address is held up
 * and nothing it was told was received is lost.
 */
@ProcedureTest
class PublicNoticeTest {

	@Autowired
	ProcessEngine engine;

	@Autowired
	TestRestTemplate rest;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	WorkingDays workingDays;

	@Autowired
	ObjectionLimiter limiter;

	@LocalServerPort
	int port;

	@Autowired
	ProcedureDriver driver;

	@BeforeEach
	void reset() {
		limiter.forget("127.0.0.1");
	}

	@AfterEach
	void forgetTheFlood() {
		limiter.forget("127.0.0.1");
	}

	@Test
	void a_notice_published_the_day_before_the_national_day_holiday_runs_until_after_it() {
		TestData.setClock(2026, 9, 30, 10, 0);
		String id = driver.toPublicNotice(TestData.demoRequest());

		JsonNode list = rest.getForObject("/api/public/notices", JsonNode.class);
		assertThat(list).hasSize(1);
		String noticeId = list.get(0).get("id").asText();
		assertThat(list.get(0).get("publishedOn").asText()).isEqualTo("2026-09-30");
		assertThat(list.get(0).get("entries").asInt()).isEqualTo(1);

		JsonNode notice = rest.getForObject("/api/public/notices/" + noticeId, JsonNode.class);
		// 1-7 October are holidays in 2026 (and the make-up working day is 10 October, a Saturday).
		assertThat(notice.get("firstDay").asText()).isEqualTo("2026-10-08");
		LocalDate lastDay = LocalDate.parse(notice.get("lastDay").asText());
		assertThat(lastDay).isEqualTo(workingDays.after(LocalDate.parse("2026-10-07"), 5)).isAfter(LocalDate.of(2026, 10, 7));
		assertThat(notice.get("workingDays").asInt()).isEqualTo(5);
		assertThat(notice.get("objectionContact").asText()).isEqualTo("江门市商务局对外贸易科，电话 0750-3500000");
		JsonNode entry = notice.get("entries").get(0);
		assertThat(entry.get("applicationId").asText()).isEqualTo(id);
		assertThat(entry.get("enterpriseName").asText()).isEqualTo("江门示范外贸有限公司");
		assertThat(entry.get("district").asText()).isEqualTo("PENGJIANG");
		JsonNode application = driver.application("admin", id);
		assertThat(entry.get("total").asText()).isEqualTo(application.get("total").asText());
		assertThat(notice.get("total").asText()).isEqualTo(application.get("total").asText());
		assertThat(entry.get("items")).extracting(i -> i.get("typeName").asText()).containsExactly("境外参展", "短期出口信用保险");

		// The engine's timer ends the notice at the end of its last day, China time.
		assertThat(driver.timer(id, Elements.NOTICE_PERIOD_ENDED).getDuedate())
			.isEqualTo(TestData.at(lastDay.getYear(), lastDay.getMonthValue(), lastDay.getDayOfMonth() + 1, 0, 0));
		assertThat(driver.application("admin", id).get("history").toString()).contains(notice.get("documentNo").asText());

		WebSession visitor = new WebSession(port);
		HttpResponse<String> page = visitor.get("/notices/" + noticeId);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains(notice.get("title").asText(), "2026年10月8日", id, "江门示范外贸有限公司", "蓬江区",
				"境外参展", "提出异议", "江门市商务局对外贸易科，电话 0750-3500000");
		assertThat(visitor.get("/notices").body()).contains(notice.get("title").asText(), "公示中");
	}

	@Test
	void an_objection_sent_on_the_page_reaches_the_city_officer_who_accepts_it_for_re_investigation() {
		TestData.setClock(2026, 6, 1, 10, 0);
		String id = driver.toPublicNotice(TestData.demoRequest());
		String noticeId = onlyNoticeId();

		WebSession visitor = new WebSession(port);
		visitor.get("/notices/" + noticeId);
		HttpResponse<String> sent = visitor.postForm("/notices/" + noticeId + "/objections", Map.of("applicationId", id,
				"reason", "该企业未实际参加该展会，展位为他人所用。", "name", "张三", "contact", "13800000000"));
		assertThat(sent.statusCode()).as(sent.body()).isEqualTo(302);
		assertThat(visitor.follow(sent.headers().firstValue("Location").orElseThrow()).body()).contains("您的异议已收到");
		assertThat(driver.status(id)).as("nothing happens before an officer looks at it").isEqualTo("PUBLIC_NOTICE");

		WebSession city = new WebSession(port).signIn("city-officer", "demo");
		HttpResponse<String> objections = city.get("/officer/objections");
		assertThat(objections.statusCode()).isEqualTo(200);
		assertThat(objections.body()).contains("该企业未实际参加该展会", "张三", "13800000000", id);
		assertThat(new WebSession(port).signIn("pengjiang-officer", "demo").get("/officer/objections").statusCode())
			.as("the district does not handle public objections").isEqualTo(403);

		long objectionId = jdbc.sql("SELECT id FROM app_public_objection").query(Long.class).single();
		HttpResponse<String> accepted = city.postForm("/officer/objections/" + objectionId + "/accept", Map.of());
		assertThat(accepted.statusCode()).isEqualTo(302);
		assertThat(city.follow("/officer/objections").body()).contains("已转入重新调查", "city-officer");

		assertThat(driver.status(id)).isEqualTo("OBJECTION_REVIEW");
		assertThat(driver.task(id, Elements.INVESTIGATE_OBJECTION)).isNotNull();
		// Each objection's reason lives in its own investigation's scope (the notice's event subprocess).
		assertThat(engine.getTaskService()
			.getVariable(driver.task(id, Elements.INVESTIGATE_OBJECTION).getId(), "objectionReason")
			.toString()).contains("该企业未实际参加该展会");
		assertThat(driver.application("admin", id).get("history").toString()).contains("OBJECTION_RECEIVED", "city-officer");

		HttpResponse<String> again = city.postForm("/officer/objections/" + objectionId + "/set-aside", Map.of("reason", "重复"));
		assertThat(city.follow(again.headers().firstValue("Location").orElseThrow()).body()).contains("已由 city-officer 处理");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM app_public_objection_decision").query(Integer.class).single()).isEqualTo(1);

		// The notice runs its full period: a second objection from the public, accepted while the
		// first is being investigated, opens an investigation of its own.
		HttpResponse<String> second = visitor.postForm("/notices/" + noticeId + "/objections", Map.of("applicationId", id,
				"reason", "申报的展位费发票与合同金额不符。", "name", "李四", "contact", "13900000000"));
		assertThat(second.statusCode()).as(second.body()).isEqualTo(302);
		long secondId = jdbc.sql("SELECT id FROM app_public_objection WHERE id <> :first")
			.param("first", objectionId)
			.query(Long.class)
			.single();
		HttpResponse<String> acceptedToo = city.postForm("/officer/objections/" + secondId + "/accept", Map.of());
		assertThat(acceptedToo.statusCode()).isEqualTo(302);
		assertThat(city.follow(acceptedToo.headers().firstValue("Location").orElseThrow()).body())
			.doesNotContain("不能转入核查", "不能再转入核查");
		List<String> reasons = engine.getTaskService()
			.createTaskQuery()
			.processInstanceBusinessKey(id)
			.taskDefinitionKey(Elements.INVESTIGATE_OBJECTION)
			.list()
			.stream()
			.map(task -> engine.getTaskService().getVariable(task.getId(), "objectionReason").toString())
			.toList();
		assertThat(reasons).hasSize(2)
			.anySatisfy(reason -> assertThat(reason).contains("该企业未实际参加该展会"))
			.anySatisfy(reason -> assertThat(reason).contains("展位费发票与合同金额不符"));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM app_objection WHERE application_id = :id").param("id", id)
			.query(Integer.class).single()).isEqualTo(2);
	}

	@Test
	void an_objection_set_aside_needs_a_reason_and_leaves_the_application_in_its_notice() {
		TestData.setClock(2026, 6, 1, 10, 0);
		String id = driver.toPublicNotice(TestData.demoRequest());
		String noticeId = onlyNoticeId();
		assertThat(objectByApi(noticeId, id).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
		long objectionId = jdbc.sql("SELECT id FROM app_public_objection").query(Long.class).single();

		WebSession city = new WebSession(port).signIn("city-officer", "demo");
		city.get("/officer/objections");
		HttpResponse<String> noReason = city.postForm("/officer/objections/" + objectionId + "/set-aside", Map.of("reason", " "));
		assertThat(city.follow(noReason.headers().firstValue("Location").orElseThrow()).body()).contains("请写明不予受理的理由");
		city.postForm("/officer/objections/" + objectionId + "/set-aside", Map.of("reason", "异议人未能提供任何事实依据"));

		assertThat(driver.status(id)).isEqualTo("PUBLIC_NOTICE");
		assertThat(jdbc.sql("SELECT decided_by FROM app_public_objection_decision").query(String.class).single())
			.isEqualTo("city-officer");
		assertThat(driver.application("admin", id).get("history").toString()).contains("PUBLIC_OBJECTION_SET_ASIDE",
				"异议人未能提供任何事实依据");
	}

	@Test
	void after_the_end_of_the_last_day_china_time_an_objection_is_refused_on_the_page_and_the_api() {
		TestData.setClock(2026, 6, 1, 10, 0);
		String id = driver.toPublicNotice(TestData.demoRequest());
		String noticeId = onlyNoticeId();
		LocalDate lastDay = LocalDate.parse(rest.getForObject("/api/public/notices/" + noticeId, JsonNode.class)
			.get("lastDay").asText());

		TestData.setClock(lastDay.getYear(), lastDay.getMonthValue(), lastDay.getDayOfMonth(), 23, 59);
		assertThat(objectByApi(noticeId, id).getStatusCode()).as("the last day is still in").isEqualTo(HttpStatus.ACCEPTED);
		// A visitor who opened the page in the last minute and sends the form after midnight.
		WebSession lateVisitor = new WebSession(port);
		assertThat(lateVisitor.get("/notices/" + noticeId).body()).contains("提交异议</button>");

		TestData.setClock(lastDay.getYear(), lastDay.getMonthValue(), lastDay.getDayOfMonth() + 1, 0, 0);
		ResponseEntity<JsonNode> late = objectByApi(noticeId, id);
		assertThat(late.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(late.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(late.getBody().get("detail").asText()).contains("公示期已于 " + lastDay + " 结束");

		HttpResponse<String> page = new WebSession(port).get("/notices/" + noticeId);
		assertThat(page.body()).contains("公示期已结束，不再受理异议").doesNotContain("提交异议</button>");
		HttpResponse<String> posted = lateVisitor.postForm("/notices/" + noticeId + "/objections",
				Map.of("applicationId", id, "reason", "迟到的异议", "name", "李四", "contact", "13900000000"));
		assertThat(posted.statusCode()).isEqualTo(409);
		assertThat(posted.body()).contains("公示期已于 " + lastDay + " 结束");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM app_public_objection").query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void a_flood_from_one_address_is_held_up_and_every_objection_it_was_told_was_received_is_kept() throws Exception {
		TestData.setClock(2026, 6, 1, 10, 0);
		String id = driver.toPublicNotice(TestData.demoRequest());
		String noticeId = onlyNoticeId();

		ExecutorService pool = Executors.newFixedThreadPool(8);
		List<Callable<ResponseEntity<JsonNode>>> flood = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			flood.add(() -> objectByApi(noticeId, id));
		}
		List<HttpStatus> answers = new ArrayList<>();
		for (Future<ResponseEntity<JsonNode>> answer : pool.invokeAll(flood)) {
			answers.add(HttpStatus.valueOf(answer.get().getStatusCode().value()));
		}
		pool.shutdown();

		long accepted = answers.stream().filter(HttpStatus.ACCEPTED::equals).count();
		long limited = answers.stream().filter(HttpStatus.TOO_MANY_REQUESTS::equals).count();
		assertThat(accepted + limited).as(answers.toString()).isEqualTo(40);
		assertThat(accepted).isEqualTo(5);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM app_public_objection").query(Long.class).single()).isEqualTo(accepted);
		assertThat(jdbc.sql("SELECT COUNT(DISTINCT reason) FROM app_public_objection").query(Long.class).single()).isEqualTo(1);

		ResponseEntity<JsonNode> more = objectByApi(noticeId, id);
		assertThat(more.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
		assertThat(more.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).matches("\\d+");
		assertThat(more.getBody().get("detail").asText()).contains("提交过于频繁");
	}

	@Test
	void what_a_visitor_sends_is_checked_field_by_field_and_never_answers_500() {
		TestData.setClock(2026, 6, 1, 10, 0);
		String id = driver.toPublicNotice(TestData.demoRequest());
		String noticeId = onlyNoticeId();
		Map<String, String> bodies = Map.of(
				"{\"applicationId\": \"JM-2099-000001\", \"reason\": \"x\", \"name\": \"n\", \"contact\": \"c\"}", "applicationId",
				"{\"applicationId\": \"" + id + "\", \"reason\": \"\", \"name\": \"n\", \"contact\": \"c\"}", "reason",
				"{\"applicationId\": \"" + id + "\", \"reason\": \"r\", \"name\": 5, \"contact\": \"c\"}", "name",
				"{\"applicationId\": \"" + id + "\", \"reason\": \"r\", \"name\": \"n\", \"contact\": \"a\\u0000b\"}", "contact",
				"{\"applicationId\": \"" + id + "\", \"reason\": \"r\", \"name\": \"n\", \"contact\": \"c\", \"extra\": 1}", "extra",
				"[1, 2]", "$",
				"{\"applicationId\": \"" + id + "\", \"applicationId\": \"" + id + "\"}", "$");
		for (Map.Entry<String, String> body : bodies.entrySet()) {
			limiter.forget("127.0.0.1");
			ResponseEntity<JsonNode> answer = post("/api/public/notices/" + noticeId + "/objections", body.getKey());
			assertThat(answer.getStatusCode()).as(body.getKey()).isEqualTo(HttpStatus.BAD_REQUEST);
			assertThat(answer.getBody().get("errors").toString()).as(body.getKey()).contains("\"" + body.getValue() + "\"");
		}
		assertThat(post("/api/public/notices/GS-2099-999/objections", "{}").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(rest.getForEntity("/api/public/notices/GS-2099-999", JsonNode.class).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM app_public_objection").query(Integer.class).single()).isZero();
	}

	private String onlyNoticeId() {
		return jdbc.sql("SELECT id FROM app_notice").query(String.class).single();
	}

	private ResponseEntity<JsonNode> objectByApi(String noticeId, String applicationId) {
		return post("/api/public/notices/" + noticeId + "/objections", """
				{"applicationId": "%s", "reason": "展会照片与实际不符", "name": "王五", "contact": "wangwu@example.cn"}"""
			.formatted(applicationId));
	}

	private ResponseEntity<JsonNode> post(String path, String body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return rest.postForEntity(path, new HttpEntity<>(body, headers), JsonNode.class);
	}

}
