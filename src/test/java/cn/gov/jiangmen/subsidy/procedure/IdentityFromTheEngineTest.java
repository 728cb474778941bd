package cn.gov.jiangmen.subsidy.procedure;

import static cn.gov.jiangmen.subsidy.TestData.setClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.gov.jiangmen.subsidy.ProcedureTest;
import cn.gov.jiangmen.subsidy.ProcedureDriver;
import cn.gov.jiangmen.subsidy.TestData;
import cn.gov.jiangmen.subsidy.batch.Batch;
import cn.gov.jiangmen.subsidy.batch.BatchService;
import cn.gov.jiangmen.subsidy.processes.ProcessConstants.Elements;

/**
 * Behind the check of what users send (see the attack table in the security tests), the
 * procedure itself never takes its application or batch from a variable: even a completion that
 * reaches the engine with foreign variables (no signed-in user, as the application's own code
 * could send it) acts on its own application and its own batch only.
 */
@ProcedureTest
class IdentityFromTheEngineTest {

	@Autowired
	ProcessEngine engine;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	BatchService batches;

	@Autowired
	ProcedureDriver driver;

	@BeforeEach
	void setUp() {
		setClock(2026, 3, 10, 9, 0);
	}

	@Test
	void a_review_a_withdrawal_and_a_payment_act_on_their_own_application_whatever_applicationId_says() {
		String own = submit("91440703MA4UB00018", "蓬江第二外贸公司");
		String other = driver.submit("enterprise-demo", TestData.demoRequest()).get("id").asText();
		driver.districtDecides(other, "return", "请补正");

		completeWithout(own, Elements.DISTRICT_REVIEW, Map.of("decision", "reject", "comment", "不予支持",
				"applicationId", other));
		assertThat(driver.status(own)).isEqualTo("REJECTED");
		assertThat(driver.status(other)).isEqualTo("RETURNED");

		String third = submit("91440703MA4UB00018", "蓬江第二外贸公司");
		completeWithout(other, Elements.SUPPLEMENT_APPLICATION, Map.of("supplementAction", "withdraw",
				"applicationId", third, "withdrawnBy", "city-officer"));
		assertThat(driver.status(other)).isEqualTo("WITHDRAWN");
		assertThat(driver.status(third)).isEqualTo("DISTRICT_REVIEW");
		assertThat(driver.application("admin", other).get("history").findValuesAsText("actor"))
			.doesNotContain("city-officer");
	}

	@Test
	void an_application_joins_the_plan_of_the_district_its_record_names_whatever_district_says() {
		String own = submit("91440703MA4UB00018", "蓬江第二外贸公司");
		engine.getRuntimeService().setVariable(driver.instance(own).getId(), "district", "JIANGHAI");

		completeWithout(own, Elements.DISTRICT_REVIEW, Map.of("decision", "approve"));

		assertThat(jdbc.sql("SELECT b.scope FROM app_batch_member m JOIN app_batch b ON b.id = m.batch_id"
				+ " WHERE m.application_id = :id").param("id", own).query(String.class).single()).isEqualTo("PENGJIANG");
	}

	@Test
	void a_batch_task_closes_its_own_batch_once_whatever_batchId_and_batchKind_say() {
		String budgeted = driver.toPublicNotice(TestData.demoRequest());
		driver.fire(driver.timer(budgeted, Elements.NOTICE_PERIOD_ENDED));
		String budgetBatch = "BUDGET-CITY-2026-001";
		assertThat(driver.batch(budgetBatch)).isEqualTo("OPEN null");
		String planned = submit("91440703MA4UB00018", "蓬江第二外贸公司");
		driver.districtDecides(planned, "approve", "同意");
		Task plan = engine.getTaskService().createTaskQuery().taskDefinitionKey(Elements.REPORT_DISTRICT_PLAN).singleResult();
		String planBatch = engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processInstanceId(plan.getProcessInstanceId())
			.singleResult()
			.getBusinessKey();

		Map<String, Object> redirected = new HashMap<>(Map.of("confirmed", true, "batchId", budgetBatch, "batchKind",
				"BUDGET", "batchActor", "city-finance"));
		engine.getTaskService().complete(plan.getId(), redirected);
		driver.runAsyncJobs();

		assertThat(driver.status(planned)).isEqualTo("CITY_REVIEW");
		assertThat(driver.batch(planBatch)).isEqualTo("DONE system");
		assertThat(driver.status(budgeted)).isEqualTo("AWAITING_BUDGET");
		assertThat(driver.batch(budgetBatch)).isEqualTo("OPEN null");
		Batch done = batches.ofProcess(plan.getProcessInstanceId(), planBatch);
		assertThatThrownBy(() -> batches.close(done, "pengjiang-officer")).hasMessageContaining("not open");
		assertThatThrownBy(() -> batches.release(done)).hasMessageContaining("done already");
		assertThatThrownBy(() -> batches.ofProcess(plan.getProcessInstanceId(), budgetBatch))
			.hasMessageContaining("business key");
	}

	private void completeWithout(String applicationId, String taskKey, Map<String, Object> variables) {
		engine.getTaskService().complete(driver.task(applicationId, taskKey).getId(), variables);
		driver.runAsyncJobs();
	}

	private String submit(String creditCode, String name) {
		return driver.submit("pengjiang-officer", TestData.request(creditCode, name, "PENGJIANG")).get("id").asText();
	}

}
