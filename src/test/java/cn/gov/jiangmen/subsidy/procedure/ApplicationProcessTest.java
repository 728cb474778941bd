package cn.gov.jiangmen.subsidy.procedure;

import static cn.gov.jiangmen.subsidy.TestData.at;
import static cn.gov.jiangmen.subsidy.TestData.setClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;

import cn.gov.jiangmen.subsidy.ProcedureTest;
import cn.gov.jiangmen.subsidy.ProcedureDriver;
import cn.gov.jiangmen.subsidy.TestData;
import cn.gov.jiangmen.subsidy.processes.ProcessConstants.Elements;

/** Every path of 第十三、十四条, driven as the officers drive it, on real calendar dates. */
@ProcedureTest
class ApplicationProcessTest {

	@Autowired
	ProcessEngine engine;

	@Autowired
	TestRestTemplate rest;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	cn.gov.jiangmen.subsidy.application.ApplicationLifecycle lifecycle;

	@Autowired
	ProcedureDriver driver;

	@BeforeEach
	void setUp() {
		BpmnAwareTests.init(engine);
	}

	@Test
	void an_application_goes_straight_through_to_payout_across_the_spring_festival_and_the_budget_year() {
		setClock(2026, 2, 10, 9, 0);
		JsonNode submitted = driver.submit("enterprise-demo", TestData.demoRequest());
		String id = submitted.get("id").asText();
		var instance = driver.instance(id);
		assertThat(id).matches("JM-2026-\\d{6}");
		assertThat(submitted.get("status").asText()).isEqualTo("DISTRICT_REVIEW");
		assertThat(submitted.get("total").asText()).isEqualTo("45000.00");
		assertThat(driver.instance(id)).isWaitingAt(Elements.DISTRICT_REVIEW);
		assertThat(driver.task(id, Elements.DISTRICT_REVIEW)).hasCandidateGroup("district-commerce-pengjiang");
		// Tasklist's list columns come from the task's own copies, which the officer may read.
		assertThat(engine.getTaskService().getVariablesLocal(driver.task(id, Elements.DISTRICT_REVIEW).getId()))
			.containsEntry("applicationId", id)
			.containsEntry("enterpriseName", "江门示范外贸有限公司")
			.containsEntry("total", "45000.00");

		driver.districtDecides(id, "approve", "材料齐全");
		assertThat(driver.instance(id)).isWaitingAt(Elements.DISTRICT_PLAN_REPORTED);
		assertThat(driver.status(id)).isEqualTo("CITY_REVIEW");
		driver.districtReportsPlan();
		assertThat(driver.instance(id)).isWaitingAt(Elements.CITY_REVIEW);

		// The city's review opens undecided, whatever the district decided before it: its own
		// decision and comment are task-local and empty, the district's decision is kept under its name.
		var cityReview = driver.task(id, Elements.CITY_REVIEW);
		assertThat(engine.getTaskService().getVariables(cityReview.getId())).containsEntry("decision", null)
			.containsEntry("comment", null)
			.containsEntry("districtDecision", "approve");
		assertThat(engine.getRuntimeService().getVariables(cityReview.getProcessInstanceId()))
			.doesNotContainKeys("decision", "comment");
		driver.cityDecides(id, "approve", "同意");
		assertThat(driver.status(id)).isEqualTo("AWAITING_NOTICE");

		// Published on Thursday 12 February 2026: 13 Feb and the make-up Saturday 14 Feb count, the
		// Spring Festival holidays 15-23 Feb do not, then 24, 25, 26 Feb: the notice ends with 26 Feb.
		setClock(2026, 2, 12, 10, 0);
		driver.cityPublishesNotice();
		assertThat(driver.status(id)).isEqualTo("PUBLIC_NOTICE");
		var noticeTimer = driver.timer(id, Elements.NOTICE_PERIOD_ENDED);
		assertThat(noticeTimer.getDuedate()).isEqualTo(at(2026, 2, 27, 0, 0));

		setClock(2026, 2, 27, 0, 1);
		driver.fire(noticeTimer);
		assertThat(driver.instance(id)).hasPassed(Elements.NOTICE_PERIOD_ENDED).isWaitingAt(Elements.BUDGET_INCLUDED);
		assertThat(driver.status(id)).isEqualTo("AWAITING_BUDGET");

		setClock(2026, 3, 2, 9, 0);
		driver.cityIncludesInBudget();
		assertThat(driver.status(id)).isEqualTo("BUDGETED");
		var budgetYear = driver.timer(id, Elements.BUDGET_YEAR_STARTED);
		assertThat(budgetYear.getDuedate()).isEqualTo(at(2027, 1, 1, 0, 0));

		setClock(2027, 1, 1, 0, 5);
		driver.fire(budgetYear);
		assertThat(driver.instance(id)).isWaitingAt(Elements.FUNDS_RELEASED);
		driver.cityFinanceReleasesFunds();
		assertThat(driver.status(id)).isEqualTo("FUNDS_RELEASED");
		Task disburse = driver.task(id, Elements.DISBURSE);
		assertThat(disburse).hasCandidateGroup("district-finance-pengjiang");
		assertThat(driver.tasksVisibleTo("jianghai-finance")).extracting(Task::getId).doesNotContain(disburse.getId());

		driver.complete("pengjiang-finance", disburse,
				Map.of("paymentReference", "PJ-2027-0001", "paymentDate", "2027-01-15"));
		assertThat(driver.status(id)).isEqualTo("DISBURSED");
		driver.complete("pengjiang-officer", driver.task(id, Elements.REPORT_FUND_USE),
				Map.of("fundUseReport", "已全额拨付企业，用于境外参展及出口信用保险。"));
		assertThat(instance).isEnded().hasPassed(Elements.END_DISBURSED);

		JsonNode application = driver.application("enterprise-demo", id);
		assertThat(application.get("history").findValuesAsText("step")).containsSubsequence("SUBMITTED", "ASSESSED",
				"DISTRICT_REVIEW", "PLAN_REPORTED", "CITY_REVIEW", "NOTICE_PUBLISHED",
				"BUDGET_INCLUDED", "FUNDS_RELEASED", "DISBURSED");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM ledger_entry WHERE application_id = :id AND status = 'PAID'")
			.param("id", id)
			.query(Integer.class)
			.single()).isEqualTo(2);

		// 第十五条: fraud found after payment, the city recovers the money and the ledger shows it.
		String fraud = "{\"reason\": \"展位确认函系伪造\"}";
		assertThat(driver.post("pengjiang-officer", "/api/applications/" + id + "/clawbacks", fraud).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(driver.post("city-officer", "/api/applications/" + id + "/clawbacks", fraud).getStatusCode())
			.isEqualTo(HttpStatus.ACCEPTED);
		JsonNode ledger = rest.withBasicAuth("enterprise-demo", "demo")
			.getForObject("/api/applications/" + id + "/ledger", JsonNode.class);
		assertThat(ledger.findValuesAsText("status")).containsExactly("CLAWED_BACK", "CLAWED_BACK");
		assertThat(ledger.findValuesAsText("paymentReference")).containsOnly("PJ-2027-0001");
		assertThat(ledger.get(0).get("articles").asText()).contains("第九条");
		assertThat(rest.withBasicAuth("jianghai-officer", "demo")
			.getForEntity("/api/applications/" + id + "/ledger", String.class)
			.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	void a_returned_application_waits_for_its_enterprise_and_comes_back_to_first_review_with_the_new_amounts() throws Exception {
		setClock(2026, 3, 10, 9, 0);
		String id = driver.submit("enterprise-demo", TestData.demoRequest()).get("id").asText();
		driver.districtDecides(id, "return", "请补充展位确认函，展位数按确认函填写");

		assertThat(driver.instance(id)).isWaitingAt(Elements.SUPPLEMENT_APPLICATION);
		assertThat(driver.status(id)).isEqualTo("RETURNED");
		Task supplement = driver.task(id, Elements.SUPPLEMENT_APPLICATION);
		assertThat(driver.tasksVisibleTo("enterprise-demo")).extracting(Task::getId).contains(supplement.getId());
		assertThat(engine.getTaskService().getVariable(supplement.getId(), "returnReason"))
			.isEqualTo("请补充展位确认函，展位数按确认函填写");

		String corrected = """
				[{"type": "OVERSEAS_EXHIBITION", "country": "BR", "startDate": "2025-06-10", "keyPlan": true,
				  "boothKind": "STANDARD", "booths": 1, "expenses": "50000.00"},
				 {"type": "EXPORT_CREDIT_INSURANCE", "paidDate": "2025-03-01", "premiumPaid": "100000.00",
				  "platformPolicy": false}]""";
		// Items sent with the task are refused (not a field of the supplement form): nothing changes.
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> driver.complete("enterprise-demo", supplement,
				Map.of("supplementAction", "resubmit", "itemInputs",
						org.camunda.spin.plugin.variable.SpinValues.jsonValue(corrected).create(), "comment", "改")))
			.hasMessageContaining("itemInputs");
		assertThat(driver.status(id)).isEqualTo("RETURNED");
		// The portal stores the corrected items with the application, then completes the task with
		// the form's fields only.
		var json = new com.fasterxml.jackson.databind.ObjectMapper();
		var request = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(TestData.demoRequest());
		request.set("items", json.readTree(corrected));
		lifecycle.correct(id, request);
		driver.complete("enterprise-demo", supplement, Map.of("supplementAction", "resubmit", "comment", "已按确认函更正"));

		assertThat(driver.instance(id)).isWaitingAt(Elements.DISTRICT_REVIEW);
		JsonNode application = driver.application("pengjiang-officer", id);
		assertThat(application.get("status").asText()).isEqualTo("DISTRICT_REVIEW");
		assertThat(application.get("total").asText()).isEqualTo("25000.00");
		assertThat(application.get("history").findValuesAsText("step")).contains("SUPPLEMENTED");
		assertThat(application.get("history").findValuesAsText("comment"))
			.as("the enterprise reads the return reason word for word")
			.contains("退回补正：请补充展位确认函，展位数按确认函填写");

		// The re-review shows the earlier return reason, the enterprise's explanation and the items as entered.
		Task reReview = driver.task(id, Elements.DISTRICT_REVIEW);
		var variables = engine.getTaskService().getVariables(reReview.getId());
		assertThat(variables).containsEntry("returnReason", "请补充展位确认函，展位数按确认函填写")
			.containsEntry("supplementExplanation", "已按确认函更正");
		assertThat(variables.get("itemDetails").toString()).contains("举办地：巴西", "标准展位", "展位数（个）：1",
				"实际支出（元）：50000.00");
	}

	@Test
	void a_return_without_a_written_reason_is_refused_by_the_server() {
		setClock(2026, 3, 10, 9, 0);
		String id = driver.submit("enterprise-demo", TestData.demoRequest()).get("id").asText();
		Task review = driver.task(id, Elements.DISTRICT_REVIEW);
		assertThatThrownBy(() -> driver.complete("pengjiang-officer", review, Map.of("decision", "return")))
			.hasMessageContaining("请填写退回补正的理由");
		assertThatThrownBy(() -> driver.complete("pengjiang-officer", review, Map.of("decision", "reject", "comment", " ")))
			.hasMessageContaining("请填写不予支持的理由");
		assertThat(driver.instance(id)).isWaitingAt(Elements.DISTRICT_REVIEW);
		assertThat(driver.status(id)).isEqualTo("DISTRICT_REVIEW");

		driver.complete("pengjiang-officer", review, Map.of("decision", "return", "reason", "请补充展位确认函"));
		assertThat(engine.getTaskService().getVariable(driver.task(id, Elements.SUPPLEMENT_APPLICATION).getId(),
				"returnReason")).isEqualTo("请补充展位确认函");
	}

	@Test
	void an_enterprise_may_withdraw_a_returned_application_and_its_amounts_are_freed() {
		setClock(2026, 3, 10, 9, 0);
		String id = driver.submit("enterprise-demo", TestData.demoRequest()).get("id").asText();
		var instance = driver.instance(id);
		driver.districtDecides(id, "return", "请补充材料");
		driver.complete("enterprise-demo", driver.task(id, Elements.SUPPLEMENT_APPLICATION),
				Map.of("supplementAction", "withdraw", "comment", "不再申报"));

		assertThat(instance).isEnded().hasPassed(Elements.END_WITHDRAWN);
		assertThat(driver.status(id)).isEqualTo("WITHDRAWN");
		assertThat(activeLedgerEntries(id)).isZero();
	}

	@Test
	void a_district_rejection_ends_the_application_with_its_reason() {
		setClock(2026, 3, 10, 9, 0);
		String id = driver.submit("enterprise-demo", TestData.demoRequest()).get("id").asText();
		var instance = driver.instance(id);
		driver.districtDecides(id, "reject", "展会不在《江门市重点展览计划》内");

		assertThat(instance).isEnded().hasPassed(Elements.END_REJECTED);
		JsonNode application = driver.application("enterprise-demo", id);
		assertThat(application.get("status").asText()).isEqualTo("REJECTED");
		assertThat(application.get("history").findValuesAsText("comment")).contains("展会不在《江门市重点展览计划》内");
		assertThat(activeLedgerEntries(id)).isZero();
	}

	@Test
	void a_city_rejection_ends_the_application_after_the_district_plan() {
		setClock(2026, 3, 10, 9, 0);
		String id = driver.submit("enterprise-demo", TestData.demoRequest()).get("id").asText();
		var instance = driver.instance(id);
		driver.districtDecides(id, "approve", "同意");
		driver.districtReportsPlan();
		// 不予支持 without a written reason is refused by the server, whatever the form let through.
		Task cityReview = driver.task(id, Elements.CITY_REVIEW);
		assertThatThrownBy(() -> driver.complete("city-officer", cityReview,
				Map.of("decision", "reject", "comment", "  ", "reason", "")))
			.hasMessageContaining("请填写不予支持的理由");
		assertThat(driver.instance(id)).isWaitingAt(Elements.CITY_REVIEW);
		// The city sees the district's opinion on its review.
		assertThat(engine.getTaskService().getVariable(cityReview.getId(), "districtOpinion").toString())
			.isEqualTo("通过（蓬江区商务局，2026-03-10）：同意");

		driver.complete("city-officer", cityReview, Map.of("decision", "reject", "reason", "该展会未列入2026年重点展会计划"));

		assertThat(instance).isEnded().hasPassed(Elements.CITY_REVIEW, Elements.END_REJECTED);
		JsonNode application = driver.application("enterprise-demo", id);
		assertThat(application.get("status").asText()).isEqualTo("REJECTED");
		JsonNode last = application.get("history").get(application.get("history").size() - 1);
		assertThat(last.get("step").asText()).isEqualTo("REJECTED");
		assertThat(last.get("comment").asText()).as("the enterprise receives exactly the reason")
			.isEqualTo("该展会未列入2026年重点展会计划");
	}

	@Test
	void a_dismissed_objection_lets_the_item_go_on_to_the_budget() {
		setClock(2025, 9, 22, 9, 0);
		String id = driver.toPublicNotice(TestData.demoRequest());
		assertThat(driver.status(id)).isEqualTo("PUBLIC_NOTICE");

		setClock(2025, 9, 26, 10, 0);
		var response = driver.post("city-officer", "/api/applications/" + id + "/objections",
				"{\"reason\": \"该企业展位数与实际不符\", \"contact\": \"0750-1234567\"}");
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
		assertThat(driver.status(id)).isEqualTo("OBJECTION_REVIEW");
		Task investigation = driver.task(id, Elements.INVESTIGATE_OBJECTION);
		assertThat(investigation).hasCandidateGroup("district-commerce-pengjiang");
		// 10 working days from Friday 26 September 2025: the make-up Sunday 28 Sep counts, National
		// Day 1-8 Oct does not, the make-up Saturday 11 Oct does: the last day is 16 Oct.
		assertThat(investigation.getDueDate()).isEqualTo(at(2025, 10, 17, 0, 0));

		driver.complete("pengjiang-officer", investigation, Map.of("decision", "dismiss", "comment", "经核实，展位数属实"));
		// The notice runs to its end (Sunday 28 September, a make-up working day) before the budget.
		assertThat(driver.instance(id)).isWaitingAt(Elements.NOTICE_PERIOD_ENDED);
		assertThat(driver.status(id)).isEqualTo("PUBLIC_NOTICE");
		setClock(2025, 9, 29, 0, 1);
		driver.fire(driver.timer(id, Elements.NOTICE_PERIOD_ENDED));
		assertThat(driver.instance(id)).isWaitingAt(Elements.BUDGET_INCLUDED);
		assertThat(driver.status(id)).isEqualTo("AWAITING_BUDGET");
	}

	@Test
	void an_upheld_objection_rejects_the_application() {
		setClock(2025, 9, 22, 9, 0);
		String id = driver.toPublicNotice(TestData.demoRequest());
		var instance = driver.instance(id);
		driver.post("city-officer", "/api/applications/" + id + "/objections",
				"{\"reason\": \"重复申报\", \"contact\": \"匿名\"}");
		driver.complete("pengjiang-officer", driver.task(id, Elements.INVESTIGATE_OBJECTION),
				Map.of("decision", "uphold", "comment", "经查属重复申报"));

		assertThat(instance).isEnded().hasPassed(Elements.END_REJECTED);
		assertThat(driver.status(id)).isEqualTo("REJECTED");
		assertThat(activeLedgerEntries(id)).isZero();
	}

	@Test
	void an_overdue_objection_is_first_reminded_then_escalated_to_the_city() {
		setClock(2025, 9, 22, 9, 0);
		String id = driver.toPublicNotice(TestData.demoRequest());
		setClock(2025, 9, 26, 10, 0);
		driver.post("city-officer", "/api/applications/" + id + "/objections",
				"{\"reason\": \"金额有误\", \"contact\": \"13800000000\"}");
		Task investigation = driver.task(id, Elements.INVESTIGATE_OBJECTION);
		assertThat(driver.tasksOfferedTo("city-officer")).extracting(Task::getId).doesNotContain(investigation.getId());
		assertThatThrownBy(() -> driver.complete("city-officer", investigation, Map.of("decision", "dismiss", "comment", "-")))
			.as("the city decides only once the district is overdue")
			.isInstanceOf(AuthorizationException.class);

		setClock(2025, 9, 29, 0, 1);
		driver.fire(driver.timer(id, Elements.NOTICE_PERIOD_ENDED));
		assertThat(driver.status(id)).as("the period ended with the objection open").isEqualTo("OBJECTION_REVIEW");

		var reminder = driver.timer(id, Elements.OBJECTION_REMINDER);
		assertThat(reminder.getDuedate()).isEqualTo(at(2025, 10, 14, 0, 0));
		setClock(2025, 10, 14, 0, 1);
		driver.fire(reminder);
		assertThat(driver.task(id, Elements.INVESTIGATE_OBJECTION).getPriority()).isEqualTo(75);

		var overdue = driver.timer(id, Elements.OBJECTION_OVERDUE);
		assertThat(overdue.getDuedate()).isEqualTo(at(2025, 10, 17, 0, 0));
		setClock(2025, 10, 17, 0, 1);
		driver.fire(overdue);
		List<String> groups = engine.getTaskService()
			.getIdentityLinksForTask(investigation.getId())
			.stream()
			.map(IdentityLink::getGroupId)
			.toList();
		assertThat(groups).contains("district-commerce-pengjiang", "city-commerce");
		assertThat(driver.tasksOfferedTo("city-officer")).extracting(Task::getId).contains(investigation.getId());
		assertThat(driver.application("admin", id).get("history").findValuesAsText("step"))
			.contains("OBJECTION_REMINDER", "OBJECTION_ESCALATED");
		assertThat(driver.application("admin", id).get("history").findValuesAsText("comment"))
			.as("the term in force on the day the objection came in, with its article")
			.contains("第1件异议的核查已超过10个工作日（第十四条），已提请市商务局督办");

		driver.complete("city-officer", driver.task(id, Elements.INVESTIGATE_OBJECTION),
				Map.of("decision", "dismiss", "comment", "市商务局督办核查，异议不成立"));
		assertThat(driver.status(id)).isEqualTo("AWAITING_BUDGET");
	}

	@Test
	void an_objection_outside_the_notice_period_is_refused() {
		setClock(2026, 3, 10, 9, 0);
		String id = driver.submit("enterprise-demo", TestData.demoRequest()).get("id").asText();
		var response = driver.post("city-officer", "/api/applications/" + id + "/objections",
				"{\"reason\": \"异议\", \"contact\": \"x\"}");
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(driver.status(id)).isEqualTo("DISTRICT_REVIEW");
	}

	@Test
	void one_act_of_the_district_moves_every_application_of_its_plan() {
		setClock(2026, 3, 10, 9, 0);
		String first = driver.submit("enterprise-demo", TestData.demoRequest()).get("id").asText();
		String second = driver.submit("pengjiang-officer",
				TestData.request("91440703MA4UB00018", "蓬江第二外贸公司", "PENGJIANG")).get("id").asText();
		driver.districtDecides(first, "approve", "同意");
		driver.districtDecides(second, "approve", "同意");
		Task plan = driver.batchTask(Elements.REPORT_DISTRICT_PLAN);
		assertThat(engine.getTaskService().getVariable(plan.getId(), "applicationCount")).isEqualTo(2);

		driver.districtReportsPlan();
		assertThat(driver.instance(first)).isWaitingAt(Elements.CITY_REVIEW);
		assertThat(driver.instance(second)).isWaitingAt(Elements.CITY_REVIEW);
	}

	@Test
	void a_review_decision_the_form_does_not_offer_is_refused_by_the_server() {
		setClock(2026, 3, 10, 9, 0);
		String id = driver.submit("enterprise-demo", TestData.demoRequest()).get("id").asText();
		Task review = driver.task(id, Elements.DISTRICT_REVIEW);
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> driver.complete("pengjiang-officer", review, Map.of("decision", "dismiss")))
			.hasMessageContaining("decision");
		assertThat(driver.instance(id)).isWaitingAt(Elements.DISTRICT_REVIEW);
	}

	@Test
	void a_notice_that_would_end_in_a_year_of_unknown_holidays_becomes_an_incident_not_a_guess() {
		setClock(2026, 12, 21, 9, 0);
		String id = driver.submit("enterprise-demo", TestData.demoRequest()).get("id").asText();
		driver.districtDecides(id, "approve", "同意");
		driver.districtReportsPlan();
		driver.cityDecides(id, "approve", "同意");

		// Five working days from Monday 28 December 2026 run into 2027, whose holidays are not known.
		setClock(2026, 12, 28, 10, 0);
		driver.complete("city-officer", driver.batchTask(Elements.PUBLISH_NOTICE), Map.of("noticeContact", "市商务局"));
		var management = engine.getManagementService();
		var incidents = engine.getRuntimeService().createIncidentQuery();
		assertThat(incidents.count()).isEqualTo(1);
		assertThat(incidents.singleResult().getIncidentMessage()).contains("2027");
		assertThat(driver.instance(id)).isWaitingAt(Elements.NOTICE_PUBLISHED);
		assertThat(driver.status(id)).isEqualTo("AWAITING_NOTICE");
		assertThat(management.createJobQuery().withException().singleResult().getRetries()).isZero();
	}

	@Test
	void an_objection_whose_deadline_falls_in_a_year_of_unknown_holidays_is_refused_with_409() {
		setClock(2026, 12, 14, 9, 0);
		String id = driver.toPublicNotice(TestData.demoRequest());
		setClock(2026, 12, 18, 10, 0);
		var response = driver.post("city-officer", "/api/applications/" + id + "/objections",
				"{\"reason\": \"异议\", \"contact\": \"0750-0000000\"}");
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(response.getBody().get("year").asInt()).isEqualTo(2027);
		assertThat(driver.status(id)).isEqualTo("PUBLIC_NOTICE");
		assertThat(driver.application("admin", id).get("history").findValuesAsText("step"))
			.doesNotContain("OBJECTION_RECEIVED");
	}

	private int activeLedgerEntries(String id) {
		return jdbc.sql("SELECT COUNT(*) FROM ledger_entry WHERE application_id = :id AND status IN ('RESERVED', 'PAID')")
			.param("id", id)
			.query(Integer.class)
			.single();
	}

}
