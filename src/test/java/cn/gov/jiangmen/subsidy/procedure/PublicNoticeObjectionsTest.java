package cn.gov.jiangmen.subsidy.procedure;

import static cn.gov.jiangmen.subsidy.TestData.at;
import static cn.gov.jiangmen.subsidy.TestData.setClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;

import cn.gov.jiangmen.subsidy.ProcedureTest;
import cn.gov.jiangmen.subsidy.ProcedureDriver;
import cn.gov.jiangmen.subsidy.TestData;
import cn.gov.jiangmen.subsidy.processes.ProcessConstants.Elements;

/**
 * 第十四条 as POLICY-NOTES reads it: the notice runs its full period whatever happens, any number of
 * objections may arrive during it, each is re-investigated within 10 working days of its own
 * receipt, the application goes on to the budget when the period has ended and every objection is
 * settled, and one upheld objection rejects it. On real dates across National Day 2025: published on
 * Thursday 25 September, the notice counts 26 Sep, the make-up Sunday 28 Sep, 29 and 30 Sep, then
 * (after the holidays of 1-8 October) 9 October, its last day.
 */
@ProcedureTest
class PublicNoticeObjectionsTest {

	@Autowired
	ProcessEngine engine;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ProcedureDriver driver;

	@BeforeEach
	void setUp() {
		BpmnAwareTests.init(engine);
	}

	@Test
	void two_objections_one_after_the_other_leave_the_notice_running_to_its_end() {
		String id = publishedOnThursday25September();
		assertThat(driver.timer(id, Elements.NOTICE_PERIOD_ENDED).getDuedate()).isEqualTo(at(2025, 10, 10, 0, 0));

		setClock(2025, 9, 26, 10, 0);
		assertThat(object(id, "展位数与实际不符").getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
		assertThat(driver.status(id)).isEqualTo("OBJECTION_REVIEW");
		// 10 working days from Friday 26 September: 28, 29, 30 Sep, 9, 10, the make-up Saturday 11 Oct, 13-16 Oct.
		assertThat(investigations(id)).singleElement().extracting(Task::getDueDate).isEqualTo(at(2025, 10, 17, 0, 0));

		setClock(2025, 9, 29, 15, 0);
		dismiss("pengjiang-officer", investigations(id).get(0), "经核实，展位数属实");
		assertThat(driver.status(id)).as("the notice goes on after the first objection").isEqualTo("PUBLIC_NOTICE");
		assertThat(driver.instance(id)).isWaitingAt(Elements.NOTICE_PERIOD_ENDED);

		setClock(2025, 9, 30, 11, 0);
		assertThat(object(id, "该企业未实际参展").getStatusCode()).as("a second objection is recorded")
			.isEqualTo(HttpStatus.ACCEPTED);
		assertThat(driver.status(id)).isEqualTo("OBJECTION_REVIEW");
		// 10 working days from Tuesday 30 September: 9, 10, 11 (make-up), 13-17, 20, 21 October.
		assertThat(investigations(id)).singleElement().extracting(Task::getDueDate).isEqualTo(at(2025, 10, 22, 0, 0));

		setClock(2025, 10, 9, 11, 0);
		dismiss("pengjiang-officer", investigations(id).get(0), "经核实，企业已实际参展");
		assertThat(driver.status(id)).isEqualTo("PUBLIC_NOTICE");
		assertThat(driver.instance(id)).isWaitingAt(Elements.NOTICE_PERIOD_ENDED);

		setClock(2025, 10, 10, 0, 1);
		driver.fire(driver.timer(id, Elements.NOTICE_PERIOD_ENDED));
		assertThat(driver.instance(id)).isWaitingAt(Elements.BUDGET_INCLUDED);
		assertThat(driver.status(id)).isEqualTo("AWAITING_BUDGET");

		JsonNode history = driver.application("enterprise-demo", id).get("history");
		assertThat(history.findValuesAsText("step")).containsSubsequence("NOTICE_PUBLISHED", "OBJECTION_RECEIVED",
				"OBJECTION_INVESTIGATION", "OBJECTION_SETTLED", "OBJECTION_RECEIVED", "OBJECTION_INVESTIGATION",
				"OBJECTION_SETTLED", "NOTICE_PERIOD_ENDED");
		assertThat(history.findValuesAsText("comment")).contains(
				"第1件异议核查完毕（异议不成立）；公示继续至 2025-10-09",
				"第2件异议核查完毕（异议不成立）；公示继续至 2025-10-09", "公示期满，无待核查的异议");
	}

	@Test
	void two_overlapping_objections_each_keep_their_own_deadline_and_the_budget_waits_for_both() {
		String id = publishedOnThursday25September();
		setClock(2025, 9, 26, 10, 0);
		object(id, "展位数与实际不符");
		setClock(2025, 9, 29, 9, 30);
		assertThat(object(id, "重复申报").getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);

		List<Task> open = investigations(id);
		assertThat(open).extracting(Task::getDueDate)
			.containsExactly(at(2025, 10, 17, 0, 0), at(2025, 10, 21, 0, 0));
		assertThat(open).extracting(task -> engine.getTaskService().getVariable(task.getId(), "objectionReason"))
			.containsExactly("展位数与实际不符", "重复申报");
		List<Job> reminders = jobs(id, Elements.OBJECTION_REMINDER);
		assertThat(reminders).extracting(Job::getDuedate).containsExactly(at(2025, 10, 14, 0, 0), at(2025, 10, 16, 0, 0));

		// The period ends while both are open: the application waits for them.
		setClock(2025, 10, 10, 0, 1);
		driver.fire(driver.timer(id, Elements.NOTICE_PERIOD_ENDED));
		assertThat(driver.instance(id)).isWaitingAt(Elements.INVESTIGATE_OBJECTION);
		assertThat(driver.status(id)).isEqualTo("OBJECTION_REVIEW");
		assertThat(object(id, "期满后才提出的异议").getStatusCode()).as("after the period").isEqualTo(HttpStatus.CONFLICT);

		// The first objection's reminder raises its own task only.
		setClock(2025, 10, 14, 0, 1);
		driver.fire(reminders.get(0));
		assertThat(investigations(id)).extracting(Task::getPriority).containsExactly(75, 50);

		dismiss("pengjiang-officer", investigations(id).get(0), "展位数属实");
		assertThat(driver.status(id)).as("the second objection is still open").isEqualTo("OBJECTION_REVIEW");
		assertThat(driver.instance(id)).isNotWaitingAt(Elements.BUDGET_INCLUDED);

		dismiss("pengjiang-officer", investigations(id).get(0), "非重复申报");
		assertThat(driver.instance(id)).isWaitingAt(Elements.BUDGET_INCLUDED);
		assertThat(driver.status(id)).isEqualTo("AWAITING_BUDGET");
		assertThat(driver.application("admin", id).get("history").findValuesAsText("comment")).contains(
				"公示期满；第1、2件异议尚在核查，全部处理完毕后进入编入预算环节",
				"第1件异议核查完毕（异议不成立）；尚有第2件异议待核查",
				"第2件异议核查完毕（异议不成立）；公示期已满，全部异议已处理，进入编入预算环节");
	}

	@Test
	void an_objection_on_the_last_day_is_investigated_after_the_period_and_then_the_application_goes_on() {
		String id = publishedOnThursday25September();
		setClock(2025, 10, 9, 16, 30);
		assertThat(object(id, "申报金额与合同不符").getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
		// 10 working days from Thursday 9 October: 10, 11 (make-up), 13-17, 20, 21, 22 October.
		assertThat(investigations(id)).singleElement().extracting(Task::getDueDate).isEqualTo(at(2025, 10, 23, 0, 0));

		setClock(2025, 10, 10, 0, 1);
		driver.fire(driver.timer(id, Elements.NOTICE_PERIOD_ENDED));
		assertThat(driver.status(id)).isEqualTo("OBJECTION_REVIEW");
		setClock(2025, 10, 10, 9, 0);
		assertThat(object(id, "第二天才到的异议").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

		setClock(2025, 10, 20, 10, 0);
		dismiss("pengjiang-officer", investigations(id).get(0), "金额与合同一致");
		assertThat(driver.instance(id)).isWaitingAt(Elements.BUDGET_INCLUDED);
		assertThat(driver.status(id)).isEqualTo("AWAITING_BUDGET");
	}

	@Test
	void one_upheld_objection_rejects_the_application_with_its_reason_and_ends_the_others() {
		String id = publishedOnThursday25September();
		var instance = driver.instance(id);
		setClock(2025, 9, 26, 10, 0);
		object(id, "展位数与实际不符");
		setClock(2025, 9, 29, 10, 0);
		object(id, "重复申报");
		Task second = investigations(id).get(1);

		assertThatThrownBy(() -> driver.complete("pengjiang-officer", second, Map.of("decision", "uphold")))
			.as("异议成立 needs a written reason")
			.hasMessageContaining("理由");
		assertThat(investigations(id)).hasSize(2);

		driver.complete("pengjiang-officer", second, Map.of("decision", "uphold", "reason", "经查，该展会已于2024年申报并获支持，属重复申报。"));
		assertThat(instance).isEnded().hasPassed(Elements.OBJECTION_UPHELD, Elements.END_REJECTED);
		assertThat(investigations(id)).isEmpty();
		assertThat(engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).count()).isZero();

		JsonNode application = driver.application("enterprise-demo", id);
		assertThat(application.get("status").asText()).isEqualTo("REJECTED");
		JsonNode rejected = lastOf(application.get("history"), "REJECTED");
		assertThat(rejected.get("comment").asText()).isEqualTo("经查，该展会已于2024年申报并获支持，属重复申报。");
		assertThat(rejected.get("actor").asText()).isEqualTo("pengjiang-officer");
		assertThat(application.get("history").findValuesAsText("comment"))
			.contains("第1件异议不再核查：第2件异议成立，申报不予支持");
		assertThat(jdbc.sql("SELECT status FROM app_objection WHERE application_id = :id ORDER BY number")
			.param("id", id)
			.query(String.class)
			.list()).containsExactly("SUPERSEDED", "UPHELD");
	}

	private String publishedOnThursday25September() {
		setClock(2025, 9, 22, 9, 0);
		String id = driver.submit("enterprise-demo", TestData.demoRequest()).get("id").asText();
		driver.districtDecides(id, "approve", "材料齐全，同意");
		driver.districtReportsPlan();
		driver.cityDecides(id, "approve", "同意");
		setClock(2025, 9, 25, 10, 0);
		driver.cityPublishesNotice();
		assertThat(driver.status(id)).isEqualTo("PUBLIC_NOTICE");
		return id;
	}

	private org.springframework.http.ResponseEntity<JsonNode> object(String id, String reason) {
		return driver.post("city-officer", "/api/applications/" + id + "/objections",
				"{\"reason\": \"" + reason + "\", \"contact\": \"0750-1234567\"}");
	}

	private void dismiss(String user, Task investigation, String comment) {
		driver.complete(user, investigation, Map.of("decision", "dismiss", "comment", comment));
	}

	/** The open investigations, oldest objection first. */
	private List<Task> investigations(String id) {
		return engine.getTaskService()
			.createTaskQuery()
			.processInstanceBusinessKey(id)
			.taskDefinitionKey(Elements.INVESTIGATE_OBJECTION)
			.list()
			.stream()
			.sorted(Comparator.comparing(task -> (Integer) engine.getTaskService()
				.getVariable(task.getId(), "objectionNumber")))
			.toList();
	}

	private List<Job> jobs(String id, String activityId) {
		return engine.getManagementService()
			.createJobQuery()
			.processInstanceId(driver.instance(id).getId())
			.activityId(activityId)
			.timers()
			.orderByJobDuedate()
			.asc()
			.list();
	}

	private static JsonNode lastOf(JsonNode history, String step) {
		JsonNode found = null;
		for (JsonNode line : history) {
			if (step.equals(line.get("step").asText())) {
				found = line;
			}
		}
		assertThat(found).as(step).isNotNull();
		return found;
	}

}
