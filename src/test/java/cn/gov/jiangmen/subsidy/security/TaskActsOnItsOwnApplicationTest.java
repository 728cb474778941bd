package cn.gov.jiangmen.subsidy.security;

import static cn.gov.jiangmen.subsidy.TestData.setClock;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.gov.jiangmen.subsidy.ProcedureTest;
import cn.gov.jiangmen.subsidy.ProcedureDriver;
import cn.gov.jiangmen.subsidy.TestData;
import cn.gov.jiangmen.subsidy.application.ApplicationLifecycle;
import cn.gov.jiangmen.subsidy.processes.ProcessConstants.Elements;

/**
 * Issue 16's attack table, over HTTP as the real users: whoever may complete a task tries to make
 * it act on another application or batch, through every door the engine REST API and Tasklist
 * offer. One application (or batch) waits at each of the ten kinds of task; every attack is
 * refused and leaves the whole world (every application, ledger row, batch, process instance and
 * open task) exactly as it was. Then each task is done as its form allows, and changes its own
 * application (or its batch's list) only, in the name of the user who did it.
 */
@ProcedureTest(once = true)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TaskActsOnItsOwnApplicationTest {

	static final ObjectMapper JSON = new ObjectMapper();

	@Autowired
	ProcessEngine engine;

	@Autowired
	TestRestTemplate rest;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationLifecycle lifecycle;

	@LocalServerPort
	int port;

	@Autowired
	ProcedureDriver driver;

	/** Whether the world below is built: once, in the first test. */
	boolean built;

	/** The ten kinds of task a user completes, each with its worker and a completion its form allows. */
	enum Kind {
		SUPPLEMENT, DISTRICT_REVIEW, CITY_REVIEW, OBJECTION_INVESTIGATION, PAYOUT, FUND_USE_REPORT, DISTRICT_PLAN,
		PUBLIC_NOTICE, BUDGET, FUNDS_RELEASE
	}

	/** The one open task of a kind: whose it is (application or batch), who works it, what its form sends. */
	record Open(String owner, String user, Supplier<Task> task, Map<String, Object> form,
			Map<String, Object> redirect) {
	}

	final Map<Kind, Open> open = new EnumMap<>(Kind.class);

	/** Applications waiting, each at one step; their business keys. */
	String supplement, districtReview, cityReview, objection, payout, fundUse, plan, notice, budget, release;

	/** Applications of other districts, the targets of the redirections. */
	String jianghaiReview, jianghaiPlanned, xinhuiReview;

	/** The open batches: Pengjiang's plan, Jianghai's plan, the notice, the budget, the release. */
	String planBatch, jianghaiPlanBatch, noticeBatch, budgetBatch, releaseBatch;

	/** Every refusal: what was asked, and what the answer said. */
	record Refusal(String request, String answer) {
	}

	final List<Refusal> refusals = new ArrayList<>();

	final Map<String, TasklistSession> tasklistSessions = new java.util.HashMap<>();

	/**
	 * Once for the class, but inside the first test: the process coverage records only while a test
	 * runs. {@code @ProcedureTest(once = true)} has emptied the procedure before it.
	 */
	@BeforeEach
	void driveOneApplicationToEachTask() {
		if (built) {
			return;
		}
		built = true;
		setClock(2026, 3, 10, 9, 0);

		objection = pengjiang(1);
		budget = pengjiang(2);
		release = pengjiang(3);
		payout = pengjiang(4);
		fundUse = pengjiang(5);
		notice = pengjiang(6);
		cityReview = pengjiang(7);
		for (String id : List.of(objection, budget, release, payout, fundUse, notice, cityReview)) {
			driver.districtDecides(id, "approve", "同意");
		}
		driver.complete("pengjiang-officer", batchTask(openBatch("DISTRICT_PLAN", "PENGJIANG")), Map.of("confirmed", true));
		for (String id : List.of(objection, budget, release, payout, fundUse)) {
			driver.cityDecides(id, "approve", "同意");
		}
		driver.cityPublishesNotice();
		assertThat(driver.post("city-officer", "/api/applications/" + objection + "/objections",
				"{\"reason\": \"展位数不符\", \"contact\": \"0750-0000000\"}").getStatusCode().value()).isEqualTo(202);
		// The notice runs to its end; the objection is then the only thing the application waits for.
		for (String id : List.of(objection, release, payout, fundUse)) {
			driver.fire(driver.timer(id, Elements.NOTICE_PERIOD_ENDED));
		}
		driver.cityIncludesInBudget();
		driver.fire(driver.timer(budget, Elements.NOTICE_PERIOD_ENDED));
		for (String id : List.of(payout, fundUse)) {
			driver.fire(driver.timer(id, Elements.BUDGET_YEAR_STARTED));
		}
		driver.cityFinanceReleasesFunds();
		driver.complete("pengjiang-finance", driver.task(fundUse, Elements.DISBURSE),
				Map.of("paymentReference", "PJ-0005", "paymentDate", "2027-01-15"));
		driver.fire(driver.timer(release, Elements.BUDGET_YEAR_STARTED));
		driver.cityDecides(notice, "approve", "同意");
		plan = pengjiang(8);
		driver.districtDecides(plan, "approve", "同意");
		districtReview = pengjiang(9);
		supplement = driver.submit("enterprise-demo", TestData.demoRequest()).get("id").asText();
		driver.districtDecides(supplement, "return", "请补充展位确认函");

		jianghaiReview = submit("jianghai-officer", "440704", 1, "JIANGHAI");
		jianghaiPlanned = submit("jianghai-officer", "440704", 2, "JIANGHAI");
		driver.complete("jianghai-officer", driver.task(jianghaiPlanned, Elements.DISTRICT_REVIEW),
				Map.of("decision", "approve", "comment", "同意"));
		xinhuiReview = submit("xinhui-officer", "440705", 1, "XINHUI");

		planBatch = openBatch("DISTRICT_PLAN", "PENGJIANG");
		jianghaiPlanBatch = openBatch("DISTRICT_PLAN", "JIANGHAI");
		noticeBatch = openBatch("PUBLIC_NOTICE", "CITY");
		budgetBatch = openBatch("BUDGET", "CITY");
		releaseBatch = openBatch("FUNDS_RELEASE", "CITY");

		Map<String, Object> anotherApplication = redirectTo(jianghaiReview);
		open.put(Kind.SUPPLEMENT, new Open(supplement, "enterprise-demo",
				() -> driver.task(supplement, Elements.SUPPLEMENT_APPLICATION),
				form("supplementAction", "resubmit", "comment", "已按确认函更正"),
				redirectTo(districtReview)));
		open.put(Kind.DISTRICT_REVIEW, new Open(districtReview, "pengjiang-officer",
				() -> driver.task(districtReview, Elements.DISTRICT_REVIEW),
				form("decision", "reject", "comment", "展会不在重点展览计划内"), anotherApplication));
		open.put(Kind.CITY_REVIEW, new Open(cityReview, "city-officer", () -> driver.task(cityReview, Elements.CITY_REVIEW),
				form("decision", "approve", "comment", "同意"), redirectTo(xinhuiReview)));
		open.put(Kind.OBJECTION_INVESTIGATION, new Open(objection, "pengjiang-officer",
				() -> driver.task(objection, Elements.INVESTIGATE_OBJECTION),
				form("decision", "dismiss", "comment", "经核实，展位数属实"), anotherApplication));
		open.put(Kind.PAYOUT, new Open(payout, "pengjiang-finance", () -> driver.task(payout, Elements.DISBURSE),
				form("paymentReference", "PJ-0004", "paymentDate", "2027-01-16"), redirectTo(districtReview)));
		open.put(Kind.FUND_USE_REPORT, new Open(fundUse, "pengjiang-officer",
				() -> driver.task(fundUse, Elements.REPORT_FUND_USE),
				form("fundUseReport", "已全额拨付企业，用于境外参展及出口信用保险。"), anotherApplication));
		open.put(Kind.DISTRICT_PLAN, new Open(planBatch, "pengjiang-officer", () -> batchTask(planBatch),
				form("confirmed", true, "comment", "报市商务局"), redirectToBatch(budgetBatch, "BUDGET")));
		open.put(Kind.PUBLIC_NOTICE, new Open(noticeBatch, "city-officer", () -> batchTask(noticeBatch),
				form("noticeContact", "江门市商务局对外贸易科，电话 0750-3500000"), redirectToBatch(jianghaiPlanBatch, "DISTRICT_PLAN")));
		open.put(Kind.BUDGET, new Open(budgetBatch, "city-officer", () -> batchTask(budgetBatch),
				form("confirmed", true), redirectToBatch(releaseBatch, "FUNDS_RELEASE")));
		open.put(Kind.FUNDS_RELEASE, new Open(releaseBatch, "city-finance", () -> batchTask(releaseBatch),
				form("releaseDocumentNo", "江财工〔2027〕2号"), redirectToBatch(noticeBatch, "PUBLIC_NOTICE")));
		for (Open task : open.values()) {
			assertThat(task.task().get()).as("an open task of " + task.owner()).isNotNull();
		}
	}

	// ------------------------------------------------------------------ the attacks

	/** The doors through which a task is completed with variables. */
	enum Completion {
		ENGINE_REST_COMPLETE("/engine-rest", "/complete"),
		ENGINE_REST_SUBMIT_FORM("/engine-rest", "/submit-form"),
		TASKLIST_COMPLETE(TasklistSession.ENGINE, "/complete"),
		TASKLIST_SUBMIT_FORM(TasklistSession.ENGINE, "/submit-form");

		final String root;
		final String action;

		Completion(String root, String action) {
			this.root = root;
			this.action = action;
		}
	}

	static Stream<Arguments> completions() {
		return Stream.of(Kind.values())
			.flatMap(kind -> Stream.of(Completion.values()).map(door -> Arguments.of(kind, door)));
	}

	@Order(1)
	@ParameterizedTest(name = "{0} completed through {1} with variables of another application or batch: 400, nothing changes")
	@MethodSource("completions")
	void a_completion_carrying_more_than_its_form_is_refused_and_changes_nothing(Kind kind, Completion door) {
		Open task = open.get(kind);
		Map<String, Object> variables = new LinkedHashMap<>(task.form());
		variables.putAll(task.redirect());
		WorldSnapshot before = WorldSnapshot.take(jdbc);

		Answer answer = call(task.user(), door.root, "POST", "/task/" + task.task().get().getId() + door.action,
				completion(variables));

		if (door.root.equals(TasklistSession.ENGINE) && task.user().equals("enterprise-demo")) {
			// Enterprises have no Tasklist: refused at sign-in, before any form is read.
			assertThat(answer.status()).as(answer.body()).isEqualTo(403);
		}
		else {
			assertThat(answer.status()).as(answer.body()).isEqualTo(400);
			assertThat(answer.body()).contains(task.redirect().keySet().iterator().next());
		}
		before.assertUnchanged(WorldSnapshot.take(jdbc), kind + " through " + door);
	}

	@Order(1)
	@ParameterizedTest(name = "{0} completed with one variable its form does not have: 400")
	@MethodSource("kinds")
	void a_single_extra_variable_is_enough_to_refuse_a_completion(Kind kind) {
		Open task = open.get(kind);
		Map<String, Object> variables = new LinkedHashMap<>(task.form());
		String name = task.redirect().keySet().iterator().next();
		variables.put(name, task.redirect().get(name));
		WorldSnapshot before = WorldSnapshot.take(jdbc);

		Answer answer = call(task.user(), "/engine-rest", "POST", "/task/" + task.task().get().getId() + "/complete",
				completion(variables));

		assertThat(answer.status()).as(answer.body()).isEqualTo(400);
		before.assertUnchanged(WorldSnapshot.take(jdbc), kind + " with " + name);
	}

	@Order(1)
	@Test
	void a_form_field_sent_as_a_serialized_object_is_refused() {
		Open task = open.get(Kind.DISTRICT_REVIEW);
		String body = """
				{"variables": {"decision": {"value": "approve"},
				  "comment": {"value": "{}", "type": "Object",
				    "valueInfo": {"objectTypeName": "java.util.HashMap", "serializationDataFormat": "application/json"}}}}""";
		WorldSnapshot before = WorldSnapshot.take(jdbc);

		Answer answer = call(task.user(), "/engine-rest", "POST", "/task/" + task.task().get().getId() + "/complete", body);

		assertThat(answer.status()).as(answer.body()).isEqualTo(400);
		assertThat(answer.body()).contains("comment");
		before.assertUnchanged(WorldSnapshot.take(jdbc), "an Object-typed comment");
	}

	static Stream<Kind> kinds() {
		return Stream.of(Kind.values());
	}

	/** What else the worker of a task could send at it: variables, errors, escalations, delegation. */
	enum SideDoor {
		PUT_VARIABLE("/engine-rest", "PUT", "/variables/applicationId"),
		PUT_LOCAL_VARIABLE("/engine-rest", "PUT", "/localVariables/applicationId"),
		MODIFY_VARIABLES("/engine-rest", "POST", "/variables"),
		MODIFY_LOCAL_VARIABLES("/engine-rest", "POST", "/localVariables"),
		DELETE_VARIABLE("/engine-rest", "DELETE", "/variables/applicationId"),
		BPMN_ERROR("/engine-rest", "POST", "/bpmnError"),
		BPMN_ESCALATION("/engine-rest", "POST", "/bpmnEscalation"),
		RESOLVE("/engine-rest", "POST", "/resolve"),
		ADD_CANDIDATE_GROUP("/engine-rest", "POST", "/identity-links"),
		SET_ASSIGNEE("/engine-rest", "POST", "/assignee"),
		CLAIM_FOR_ANOTHER("/engine-rest", "POST", "/claim"),
		MOVE_DUE_DATE("/engine-rest", "PUT", ""),
		TASKLIST_BPMN_ERROR(TasklistSession.ENGINE, "POST", "/bpmnError"),
		TASKLIST_PUT_LOCAL_VARIABLE(TasklistSession.ENGINE, "PUT", "/localVariables/applicationId"),
		TASKLIST_MODIFY_VARIABLES(TasklistSession.ENGINE, "POST", "/variables");

		final String root;
		final String method;
		final String path;

		SideDoor(String root, String method, String path) {
			this.root = root;
			this.method = method;
			this.path = path;
		}
	}

	static Stream<Arguments> sideDoors() {
		return Stream.of(Kind.values())
			.flatMap(kind -> Stream.of(SideDoor.values()).map(door -> Arguments.of(kind, door)));
	}

	@Order(1)
	@ParameterizedTest(name = "{0}: {1} by its own worker is refused (403) and changes nothing")
	@MethodSource("sideDoors")
	void whoever_works_a_task_may_not_write_its_variables_nor_end_or_hand_it_on_otherwise(Kind kind, SideDoor door) {
		Open task = open.get(kind);
		String target = task.redirect().values().iterator().next().toString();
		String body = switch (door) {
			case PUT_VARIABLE, PUT_LOCAL_VARIABLE, TASKLIST_PUT_LOCAL_VARIABLE -> "{\"value\": \"" + target + "\"}";
			case MODIFY_VARIABLES, MODIFY_LOCAL_VARIABLES, TASKLIST_MODIFY_VARIABLES -> "{\"modifications\": "
					+ variablesJson(task.redirect()) + "}";
			case BPMN_ERROR, TASKLIST_BPMN_ERROR -> "{\"errorCode\": \"Error_End\", \"variables\": "
					+ variablesJson(task.redirect()) + "}";
			case BPMN_ESCALATION -> "{\"escalationCode\": \"Escalation_End\", \"variables\": "
					+ variablesJson(task.redirect()) + "}";
			case RESOLVE -> completion(task.redirect());
			case ADD_CANDIDATE_GROUP -> "{\"groupId\": \"district-commerce-jianghai\", \"type\": \"candidate\"}";
			case SET_ASSIGNEE, CLAIM_FOR_ANOTHER -> "{\"userId\": \"jianghai-officer\"}";
			case MOVE_DUE_DATE -> "{\"name\": \"已办结\", \"due\": \"2030-01-01T00:00:00.000+0800\", \"priority\": 0}";
			case DELETE_VARIABLE -> null;
		};
		WorldSnapshot before = WorldSnapshot.take(jdbc);

		Answer answer = call(task.user(), door.root, door.method, "/task/" + task.task().get().getId() + door.path, body);

		assertThat(answer.status()).as(answer.body()).isEqualTo(403);
		before.assertUnchanged(WorldSnapshot.take(jdbc), kind + ": " + door);
	}

	/** What an ordinary user might try on the process instances themselves. */
	@Order(1)
	@Test
	void no_ordinary_user_writes_process_variables_correlates_messages_signals_or_runs_jobs() {
		String ownInstance = driver.instance(districtReview).getId();
		String waitingForRelease = engine.getRuntimeService()
			.createExecutionQuery()
			.processInstanceId(driver.instance(release).getId())
			.messageEventSubscriptionName("Message_FundsReleased")
			.singleResult()
			.getId();
		String jobOfOthers = engine.getManagementService()
			.createJobQuery()
			.processInstanceId(driver.instance(objection).getId())
			.activityId(Elements.OBJECTION_OVERDUE)
			.singleResult()
			.getId();
		WorldSnapshot before = WorldSnapshot.take(jdbc);
		Map<String, Answer> answers = new LinkedHashMap<>();
		for (String user : List.of("pengjiang-officer", "jianghai-officer", "city-officer", "city-finance",
				"enterprise-demo")) {
			answers.put(user + " sets a process variable", call(user, "/engine-rest", "PUT",
					"/process-instance/" + ownInstance + "/variables/applicationId", "{\"value\": \"" + jianghaiReview + "\"}"));
			answers.put(user + " modifies process variables", call(user, "/engine-rest", "POST",
					"/process-instance/" + ownInstance + "/variables",
					"{\"modifications\": {\"district\": {\"value\": \"JIANGHAI\"}}}"));
			answers.put(user + " sets an execution variable", call(user, "/engine-rest", "PUT",
					"/execution/" + ownInstance + "/localVariables/applicationId", "{\"value\": \"" + jianghaiReview + "\"}"));
			answers.put(user + " releases funds by message", call(user, "/engine-rest", "POST", "/message",
					"{\"messageName\": \"Message_FundsReleased\", \"businessKey\": \"" + release + "\"}"));
			answers.put(user + " publishes by message to all", call(user, "/engine-rest", "POST", "/message",
					"{\"messageName\": \"Message_NoticePublished\", \"all\": true}"));
			answers.put(user + " signals", call(user, "/engine-rest", "POST", "/signal", "{\"name\": \"anything\"}"));
			answers.put(user + " triggers a waiting message", call(user, "/engine-rest", "POST",
					"/execution/" + waitingForRelease + "/messageSubscriptions/Message_FundsReleased/trigger", "{}"));
			answers.put(user + " signals an execution", call(user, "/engine-rest", "POST",
					"/execution/" + waitingForRelease + "/signal", "{}"));
			answers.put(user + " suspends an instance", call(user, "/engine-rest", "PUT",
					"/process-instance/" + ownInstance + "/suspended", "{\"suspended\": true}"));
			answers.put(user + " runs a timer early", call(user, "/engine-rest", "POST", "/job/" + jobOfOthers + "/execute", null));
			answers.put(user + " moves a timer", call(user, "/engine-rest", "PUT", "/job/" + jobOfOthers + "/duedate",
					"{\"duedate\": \"2026-03-11T00:00:00.000+0800\"}"));
			answers.put(user + " ends an instance", call(user, "/engine-rest", "DELETE", "/process-instance/" + ownInstance, null));
			answers.put(user + " moves an instance", call(user, "/engine-rest", "POST",
					"/process-instance/" + ownInstance + "/modification",
					"{\"instructions\": [{\"type\": \"cancel\", \"activityId\": \"UserTask_DistrictReview\"}]}"));
		}
		for (String user : List.of("jianghai-officer", "enterprise-demo")) {
			answers.put(user + " reads a job's failure", call(user, "/engine-rest", "GET",
					"/job/" + jobOfOthers + "/stacktrace", null));
		}
		assertThat(answers).allSatisfy((what, answer) -> assertThat(answer.status()).as(what + ": " + answer.body())
			.isIn(403, 404));
		before.assertUnchanged(WorldSnapshot.take(jdbc), "process-level attacks");
	}

	@Order(1)
	@Test
	void no_ordinary_user_reads_city_wide_statistics_reports_or_metrics_through_the_engine() {
		List<String> paths = List.of("/process-definition/statistics?incidents=true",
				"/process-definition/key/subsidyApplication/statistics",
				"/process-definition/key/fundsRelease/statistics",
				"/metrics/activity-instance-start/sum", "/metrics?name=activity-instance-start",
				"/history/process-instance/report?reportType=duration&periodUnit=month",
				"/history/task/report?reportType=count&groupBy=processDefinition",
				"/history/process-definition/cleanable-process-instance-report");
		for (String user : List.of("enterprise-demo", "pengjiang-officer", "pengjiang-finance", "city-officer",
				"city-finance")) {
			for (String path : paths) {
				Answer answer = call(user, "/engine-rest", "GET", path, null);
				assertThat(answer.status()).as(user + " GET " + path + ": " + answer.body()).isEqualTo(403);
			}
		}
		assertThat(call("admin", "/engine-rest", "GET", "/process-definition/statistics", null).status()).isEqualTo(200);
		assertThat(call("admin", "/engine-rest", "GET", "/metrics/activity-instance-start/sum", null).status())
			.isEqualTo(200);
	}

	/**
	 * Checked after the attacks above: no refusal names a process instance, an application or a
	 * batch the attacker did not name in the request.
	 */
	@Order(2)
	@Test
	void no_refusal_reveals_a_process_instance_or_an_application_the_attacker_did_not_name() {
		List<String> ids = new ArrayList<>();
		engine.getRuntimeService().createProcessInstanceQuery().list().forEach(p -> ids.add(p.getId()));
		ids.addAll(jdbc.sql("SELECT id FROM app_application").query(String.class).list());
		ids.addAll(jdbc.sql("SELECT id FROM app_batch").query(String.class).list());
		assertThat(refusals).hasSizeGreaterThan(200);
		for (Refusal refusal : refusals) {
			assertThat(ids).as(refusal.toString())
				.noneMatch(id -> refusal.answer().contains(id) && !refusal.request().contains(id));
		}
	}

	@Order(2)
	@Test
	void whoever_claimed_a_task_may_give_it_back() {
		Open task = open.get(Kind.DISTRICT_REVIEW);
		String path = "/task/" + task.task().get().getId();

		assertThat(call(task.user(), "/engine-rest", "POST", path + "/claim", "{\"userId\": \"pengjiang-officer\"}")
			.status()).isEqualTo(204);
		assertThat(task.task().get().getAssignee()).isEqualTo("pengjiang-officer");
		assertThat(call(task.user(), TasklistSession.ENGINE, "POST", path + "/unclaim", null).status()).isEqualTo(204);
		assertThat(task.task().get().getAssignee()).isNull();
	}

	@Order(2)
	@Test
	void a_bpmn_error_nobody_catches_fails_instead_of_ending_the_application_silently() {
		WorldSnapshot before = WorldSnapshot.take(jdbc);
		Answer answer = call("admin", "/engine-rest", "POST",
				"/task/" + open.get(Kind.DISTRICT_REVIEW).task().get().getId() + "/bpmnError",
				"{\"errorCode\": \"Error_End\"}");

		assertThat(answer.status()).as(answer.body()).isGreaterThanOrEqualTo(400);
		assertThat(answer.body()).contains("Error_End");
		before.assertUnchanged(WorldSnapshot.take(jdbc), "admin's uncaught BPMN error");
		assertThat(driver.status(districtReview)).isEqualTo("DISTRICT_REVIEW");
	}

	// ------------------------------------------------------------------ the legitimate acts

	@Order(3)
	@Test
	void each_task_done_as_its_form_allows_changes_its_own_application_only_in_its_worker_s_name() {
		TasklistSession pengjiang = tasklist("pengjiang-officer");

		// The enterprise corrects its items in the portal (the application's record), then resubmits:
		// the completion carries the supplement form's fields only. Enterprises have no Tasklist.
		ObjectNode corrected = (ObjectNode) readTree(jdbc.sql("SELECT request_json FROM app_application WHERE id = :id")
			.param("id", supplement)
			.query(String.class)
			.single());
		corrected.set("items", readTree(CORRECTED_ITEMS));
		lifecycle.correct(supplement, corrected);
		act(Kind.SUPPLEMENT, () -> engineRest(Kind.SUPPLEMENT, "/submit-form"), Set.of(supplement), Set.of());
		assertThat(driver.status(supplement)).isEqualTo("DISTRICT_REVIEW");
		assertThat(driver.application("admin", supplement).get("total").asText()).isEqualTo("25000.00");
		assertThat(lastStep(supplement, "SUPPLEMENTED")).isEqualTo("enterprise-demo");

		act(Kind.DISTRICT_REVIEW, () -> engineRest(Kind.DISTRICT_REVIEW, "/complete"), Set.of(districtReview), Set.of());
		assertThat(driver.status(districtReview)).isEqualTo("REJECTED");
		assertThat(lastStep(districtReview, "REJECTED")).as("a rejection names its reviewer").isEqualTo("pengjiang-officer");
		assertThat(ledgerStatuses(districtReview)).containsOnly("RELEASED");

		act(Kind.CITY_REVIEW, () -> engineRest(Kind.CITY_REVIEW, "/submit-form"), Set.of(cityReview), Set.of(noticeBatch));
		assertThat(driver.status(cityReview)).isEqualTo("AWAITING_NOTICE");
		assertThat(lastStep(cityReview, "CITY_REVIEW")).isEqualTo("city-officer");

		act(Kind.OBJECTION_INVESTIGATION, () -> pengjiang.engine("POST",
				"/task/" + taskOf(Kind.OBJECTION_INVESTIGATION) + "/complete",
				completion(open.get(Kind.OBJECTION_INVESTIGATION).form())), Set.of(objection), Set.of(budgetBatch));
		assertThat(driver.status(objection)).isEqualTo("AWAITING_BUDGET");
		assertThat(lastStep(objection, "OBJECTION_INVESTIGATION")).isEqualTo("pengjiang-officer");

		act(Kind.PAYOUT, () -> engineRest(Kind.PAYOUT, "/complete"), Set.of(payout), Set.of());
		assertThat(driver.status(payout)).isEqualTo("DISBURSED");
		assertThat(lastStep(payout, "DISBURSED")).isEqualTo("pengjiang-finance");
		assertThat(ledgerStatuses(payout)).containsOnly("PAID");

		act(Kind.FUND_USE_REPORT, () -> engineRest(Kind.FUND_USE_REPORT, "/complete"), Set.of(fundUse), Set.of());
		assertThat(driver.instance(fundUse)).isNull();
		assertThat(lastStep(fundUse, "FUND_USE_REPORTED")).isEqualTo("pengjiang-officer");

		act(Kind.DISTRICT_PLAN, () -> pengjiang.engine("POST", "/task/" + taskOf(Kind.DISTRICT_PLAN) + "/submit-form",
				completion(open.get(Kind.DISTRICT_PLAN).form())), Set.of(plan), Set.of(planBatch));
		assertThat(driver.status(plan)).isEqualTo("CITY_REVIEW");
		assertThat(lastStep(plan, "PLAN_REPORTED")).isEqualTo("pengjiang-officer");
		assertThat(batch(planBatch)).isEqualTo("DONE pengjiang-officer");
		assertThat(batch(jianghaiPlanBatch)).as("Jianghai's plan stays open").isEqualTo("OPEN null");

		act(Kind.PUBLIC_NOTICE, () -> engineRest(Kind.PUBLIC_NOTICE, "/complete"), Set.of(notice, cityReview),
				Set.of(noticeBatch));
		assertThat(driver.status(notice)).isEqualTo("PUBLIC_NOTICE");
		assertThat(driver.status(cityReview)).isEqualTo("PUBLIC_NOTICE");
		assertThat(lastStep(notice, "NOTICE_PUBLISHED")).isEqualTo("city-officer");
		assertThat(batch(noticeBatch)).isEqualTo("DONE city-officer");

		act(Kind.BUDGET, () -> engineRest(Kind.BUDGET, "/submit-form"), Set.of(budget, objection), Set.of(budgetBatch));
		assertThat(driver.status(budget)).isEqualTo("BUDGETED");
		assertThat(driver.status(objection)).isEqualTo("BUDGETED");
		assertThat(lastStep(budget, "BUDGET_INCLUDED")).isEqualTo("city-officer");
		assertThat(batch(budgetBatch)).isEqualTo("DONE city-officer");
		assertThat(batch(releaseBatch)).as("the release stays open").isEqualTo("OPEN null");

		act(Kind.FUNDS_RELEASE, () -> engineRest(Kind.FUNDS_RELEASE, "/complete"), Set.of(release), Set.of(releaseBatch));
		assertThat(driver.status(release)).isEqualTo("FUNDS_RELEASED");
		assertThat(lastStep(release, "FUNDS_RELEASED")).as("第六条: the release is the city finance bureau's act")
			.isEqualTo("city-finance");
		assertThat(batch(releaseBatch)).isEqualTo("DONE city-finance");
	}

	/** One legitimate completion: 204, and nothing but its own applications and batch changed. */
	private void act(Kind kind, Supplier<Object> completion, Set<String> changed, Set<String> batches) {
		WorldSnapshot before = WorldSnapshot.take(jdbc);
		Object answer = completion.get();
		int status = answer instanceof Answer a ? a.status() : ((TasklistSession.Answer) answer).status();
		assertThat(status).as(kind + ": " + answer).isEqualTo(204);
		driver.runAsyncJobs();
		assertThat(engine.getRuntimeService().createIncidentQuery().count()).as(kind + ": incidents").isZero();
		before.assertUnchangedBesides(WorldSnapshot.take(jdbc), changed, batches, kind.toString());
	}

	private Answer engineRest(Kind kind, String action) {
		Open task = open.get(kind);
		return call(task.user(), "/engine-rest", "POST", "/task/" + task.task().get().getId() + action,
				completion(task.form()));
	}

	// ------------------------------------------------------------------ helpers

	record Answer(int status, String body) {
	}

	private Answer call(String user, String root, String method, String path, String body) {
		Answer answer;
		if (root.equals(TasklistSession.ENGINE) && user.equals("enterprise-demo")) {
			// Enterprises have no Tasklist (they answer a return in the portal): that door is shut at sign-in.
			try {
				tasklist(user);
				throw new AssertionError(user + " signed in to Tasklist");
			}
			catch (IllegalStateException refusedAtSignIn) {
				assertThat(refusedAtSignIn).hasMessageContaining("status=403");
				answer = new Answer(403, refusedAtSignIn.getMessage());
			}
		}
		else if (root.equals(TasklistSession.ENGINE)) {
			TasklistSession.Answer tasklist = tasklist(user).engine(method, path, body);
			answer = new Answer(tasklist.status(), tasklist.body());
		}
		else {
			HttpHeaders headers = new HttpHeaders();
			headers.setContentType(MediaType.APPLICATION_JSON);
			var response = rest.withBasicAuth(user, "demo")
				.exchange(root + path, HttpMethod.valueOf(method), new HttpEntity<>(body, headers), String.class);
			answer = new Answer(response.getStatusCode().value(), String.valueOf(response.getBody()));
		}
		if (answer.status() >= 400) {
			refusals.add(new Refusal(user + " " + method + " " + root + path + " " + body, answer.body()));
		}
		return answer;
	}

	/** One Tasklist sign-in per user, kept for the class. */
	private TasklistSession tasklist(String user) {
		return tasklistSessions.computeIfAbsent(user, u -> TasklistSession.signIn(root(), u, "demo"));
	}

	private String root() {
		return "http://localhost:" + port;
	}

	private String taskOf(Kind kind) {
		return open.get(kind).task().get().getId();
	}

	private String pengjiang(int n) {
		return submit("pengjiang-officer", "440703", n, "PENGJIANG");
	}

	private String submit(String user, String division, int n, String district) {
		String request = TestData.request(TestData.creditCode(division, n), "外贸企业" + division + "-" + n, district);
		return driver.submit(user, request).get("id").asText();
	}

	private String openBatch(String kind, String scope) {
		return jdbc.sql("SELECT open_batch_id FROM app_batch_scope WHERE kind = :kind AND scope = :scope")
			.param("kind", kind)
			.param("scope", scope)
			.query(String.class)
			.single();
	}

	private Task batchTask(String batchId) {
		return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(batchId).singleResult();
	}

	private String batch(String batchId) {
		return jdbc.sql("SELECT status, closed_by FROM app_batch WHERE id = :id")
			.param("id", batchId)
			.query((rs, n) -> rs.getString("status") + " " + rs.getString("closed_by"))
			.single();
	}

	private String lastStep(String applicationId, String step) {
		return jdbc.sql("""
				SELECT actor FROM app_application_event WHERE application_id = :id AND step = :step
				ORDER BY id DESC FETCH FIRST 1 ROWS ONLY""")
			.param("id", applicationId)
			.param("step", step)
			.query(String.class)
			.single();
	}

	private List<String> ledgerStatuses(String applicationId) {
		return jdbc.sql("SELECT status FROM ledger_entry WHERE application_id = :id")
			.param("id", applicationId)
			.query(String.class)
			.list();
	}

	/** Everything a completion could use to point elsewhere, aimed at another application. */
	private Map<String, Object> redirectTo(String applicationId) {
		Map<String, Object> redirect = new LinkedHashMap<>();
		redirect.put("applicationId", applicationId);
		redirect.put("district", "JIANGHAI");
		redirect.put("districtCommerceGroup", "district-commerce-jianghai");
		redirect.put("districtFinanceGroup", "district-commerce-pengjiang");
		redirect.put("enterpriseUsers", "enterprise-demo");
		redirect.put("rejectionReason", "伪造");
		redirect.put("withdrawnBy", "city-officer");
		redirect.put("total", "1.00");
		redirect.put("noticeEndsAt", "2026-03-11T00:00:00");
		return redirect;
	}

	/** Everything a batch task's completion could use to act on another batch. */
	private Map<String, Object> redirectToBatch(String batchId, String kind) {
		Map<String, Object> redirect = new LinkedHashMap<>();
		redirect.put("batchId", batchId);
		redirect.put("batchKind", kind);
		redirect.put("batchActor", "city-finance");
		redirect.put("scope", "JIANGHAI");
		redirect.put("applicationId", jianghaiReview);
		return redirect;
	}

	private static Map<String, Object> form(Object... nameThenValue) {
		Map<String, Object> form = new LinkedHashMap<>();
		for (int i = 0; i < nameThenValue.length; i += 2) {
			form.put((String) nameThenValue[i], nameThenValue[i + 1]);
		}
		return form;
	}

	/** A JSON list as Tasklist sends a dynamic list: a Json-typed variable. */
	record JsonList(String json) {
	}

	private static com.fasterxml.jackson.databind.JsonNode readTree(String json) {
		try {
			return JSON.readTree(json);
		}
		catch (com.fasterxml.jackson.core.JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

	static final String CORRECTED_ITEMS = """
			[{"type": "OVERSEAS_EXHIBITION", "country": "BR", "startDate": "2025-06-10", "keyPlan": true,
			  "boothKind": "STANDARD", "booths": 1, "expenses": "50000.00"},
			 {"type": "EXPORT_CREDIT_INSURANCE", "paidDate": "2025-03-01", "premiumPaid": "100000.00",
			  "platformPolicy": false}]""";

	private static String completion(Map<String, Object> variables) {
		return "{\"variables\": " + variablesJson(variables) + "}";
	}

	/** Variables in the engine REST API's shape: {"name": {"value": …, "type": …}}. */
	private static String variablesJson(Map<String, Object> variables) {
		ObjectNode node = JSON.createObjectNode();
		variables.forEach((name, value) -> {
			ObjectNode variable = node.putObject(name);
			if (value instanceof JsonList list) {
				variable.put("value", list.json());
				variable.put("type", "Json");
			}
			else if (value instanceof Boolean flag) {
				variable.put("value", flag);
			}
			else {
				variable.put("value", String.valueOf(value));
			}
		});
		return node.toString();
	}

}
