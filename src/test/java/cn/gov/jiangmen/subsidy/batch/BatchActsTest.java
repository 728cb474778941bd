package cn.gov.jiangmen.subsidy.batch;

import static cn.gov.jiangmen.subsidy.TestData.setClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;

import cn.gov.jiangmen.subsidy.ProcedureDriver;
import cn.gov.jiangmen.subsidy.ProcedureTest;
import cn.gov.jiangmen.subsidy.TestData;
import cn.gov.jiangmen.subsidy.processes.ProcessConstants.Elements;

/**
 * The acts done once for a whole list (第十四条; CONTRACT "Batch steps"): which applications a batch
 * takes, who may act on it, what the act does to its list, and that it is done once. The whole-procedure
 * tests go through these acts; here each is looked at on its own.
 */
@ProcedureTest
class BatchActsTest {

	static final String PENGJIANG_PLAN = "PLAN-PENGJIANG-2026-001";

	@Autowired
	ProcessEngine engine;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	BatchService batches;

	@Autowired
	ProcedureDriver driver;

	@BeforeEach
	void aWorkingDay() {
		setClock(2026, 3, 10, 9, 0);
	}

	@Test
	void an_application_joins_the_open_batch_of_its_own_district_only_once_its_district_has_approved_it() {
		String first = pengjiang(TestData.creditCode("440703", 818), "蓬江第二外贸公司");
		String second = driver.submit("enterprise-demo", TestData.demoRequest()).get("id").asText();
		String stillInReview = pengjiang(TestData.creditCode("440703", 826), "蓬江第三外贸公司");
		String returned = pengjiang(TestData.creditCode("440703", 834), "蓬江第四外贸公司");
		String rejected = pengjiang(TestData.creditCode("440703", 842), "蓬江第五外贸公司");
		String jianghai = driver.submit("admin", TestData.request("91440704MA4UJH001P", "江海示范进出口有限公司", "JIANGHAI"))
			.get("id")
			.asText();
		assertThat(batchTasks(Elements.REPORT_DISTRICT_PLAN)).as("no application is listed yet: no batch, no task").isEmpty();
		assertThat(count("SELECT COUNT(*) FROM app_batch")).isZero();

		driver.districtDecides(first, "approve", "同意");
		driver.districtDecides(second, "approve", "同意");
		driver.districtDecides(returned, "return", "请补充展位确认函");
		driver.districtDecides(rejected, "reject", "展会不在《江门市重点展览计划》内");
		driver.complete("jianghai-officer", driver.task(jianghai, Elements.DISTRICT_REVIEW),
				Map.of("decision", "approve", "comment", "同意"));

		assertThat(members(PENGJIANG_PLAN)).containsExactlyInAnyOrder(first, second);
		assertThat(members("PLAN-JIANGHAI-2026-001")).containsExactly(jianghai);
		assertThat(count("SELECT COUNT(*) FROM app_batch_member WHERE application_id IN ('%s', '%s', '%s')"
			.formatted(stillInReview, returned, rejected))).isZero();
		List<Task> plans = batchTasks(Elements.REPORT_DISTRICT_PLAN);
		assertThat(plans).hasSize(2);

		// One task per batch, offered to its own district's commerce officers, listing the batch whole.
		Task pengjiangPlan = planTaskOf(PENGJIANG_PLAN);
		assertThat(driver.tasksOfferedTo("pengjiang-officer")).extracting(Task::getId)
			.contains(pengjiangPlan.getId())
			.doesNotContain(planTaskOf("PLAN-JIANGHAI-2026-001").getId());
		assertThat(driver.tasksOfferedTo("jianghai-officer")).extracting(Task::getId).doesNotContain(pengjiangPlan.getId());
		Map<String, Object> listing = engine.getTaskService().getVariables(pengjiangPlan.getId());
		assertThat(listing).containsEntry("applicationCount", 2).containsEntry("batchId", PENGJIANG_PLAN);
		BigDecimal total = jdbc.sql("SELECT SUM(total) FROM app_application WHERE id IN (:ids)")
			.param("ids", List.of(first, second))
			.query(BigDecimal.class)
			.single();
		assertThat(listing.get("batchTotal")).isEqualTo(total.setScale(2).toPlainString());
	}

	@Test
	void only_the_district_s_own_commerce_officers_report_its_plan_and_the_act_moves_the_whole_list_in_their_name() {
		String first = approvedInPengjiang(TestData.creditCode("440703", 818), "蓬江第二外贸公司");
		String second = approvedInPengjiang(TestData.creditCode("440703", 826), "蓬江第三外贸公司");
		Task plan = driver.batchTask(Elements.REPORT_DISTRICT_PLAN);

		for (String stranger : List.of("jianghai-officer", "city-officer", "pengjiang-finance", "enterprise-demo")) {
			assertThatThrownBy(() -> driver.complete(stranger, plan, Map.of("confirmed", true))).as(stranger)
				.isInstanceOf(AuthorizationException.class);
		}
		assertThat(driver.batch(PENGJIANG_PLAN)).isEqualTo("OPEN null");
		assertThat(driver.task(first, Elements.CITY_REVIEW)).isNull();

		driver.districtReportsPlan();

		assertThat(driver.batch(PENGJIANG_PLAN)).isEqualTo("DONE pengjiang-officer");
		for (String id : List.of(first, second)) {
			assertThat(driver.status(id)).isEqualTo("CITY_REVIEW");
			JsonNode act = historyLine(id, "PLAN_REPORTED");
			assertThat(act.get("actor").asText()).isEqualTo("pengjiang-officer");
			assertThat(act.get("comment").asText()).contains(PENGJIANG_PLAN);
		}
		assertThat(batchTasks(Elements.REPORT_DISTRICT_PLAN)).as("the list is done: no task waits on it").isEmpty();
	}

	@Test
	void the_act_is_refused_until_its_form_is_filled_and_the_batch_stays_open() {
		approvedInPengjiang(TestData.creditCode("440703", 818), "蓬江第二外贸公司");
		Task plan = driver.batchTask(Elements.REPORT_DISTRICT_PLAN);

		assertThatThrownBy(() -> driver.complete("pengjiang-officer", plan, Map.of("confirmed", false)))
			.hasMessageContaining("请先核对并勾选确认清单");

		assertThat(driver.batch(PENGJIANG_PLAN)).isEqualTo("OPEN null");
		assertThat(driver.batchTask(Elements.REPORT_DISTRICT_PLAN).getId()).isEqualTo(plan.getId());
	}

	@Test
	void the_city_acts_on_the_notice_and_the_budget_and_city_finance_releases_the_funds_each_once_for_the_list() {
		String id = driver.toPublicNotice(TestData.demoRequest());
		assertThat(historyLine(id, "NOTICE_PUBLISHED").get("actor").asText()).isEqualTo("city-officer");
		setClock(2026, 3, 31, 9, 0);
		driver.fire(driver.timer(id, Elements.NOTICE_PERIOD_ENDED));

		Task budget = driver.batchTask(Elements.INCLUDE_IN_BUDGET);
		for (String stranger : List.of("city-finance", "pengjiang-officer")) {
			assertThatThrownBy(() -> driver.complete(stranger, budget, Map.of("confirmed", true))).as(stranger)
				.isInstanceOf(AuthorizationException.class);
		}
		driver.cityIncludesInBudget();
		assertThat(driver.status(id)).isEqualTo("BUDGETED");
		assertThat(driver.batch("BUDGET-CITY-2026-001")).isEqualTo("DONE city-officer");
		assertThat(historyLine(id, "BUDGET_INCLUDED").get("comment").asText()).contains("编入 2027 年部门预算");

		setClock(2027, 1, 2, 9, 0);
		driver.fire(driver.timer(id, Elements.BUDGET_YEAR_STARTED));
		Task release = driver.batchTask(Elements.RELEASE_FUNDS);
		assertThatThrownBy(() -> driver.complete("city-finance", release, Map.of("releaseDocumentNo", " ")))
			.hasMessageContaining("资金下达文号");
		assertThatThrownBy(() -> driver.complete("city-officer", release, Map.of("releaseDocumentNo", "江财工〔2027〕1号")))
			.isInstanceOf(AuthorizationException.class);
		driver.cityFinanceReleasesFunds();

		assertThat(driver.status(id)).isEqualTo("FUNDS_RELEASED");
		assertThat(driver.batch("RELEASE-CITY-2027-001")).isEqualTo("DONE city-finance");
		JsonNode released = historyLine(id, "FUNDS_RELEASED");
		assertThat(released.get("actor").asText()).isEqualTo("city-finance");
		assertThat(released.get("comment").asText()).contains("江财工〔2027〕1号");
	}

	/** The list an officer acted on is closed at once; whoever arrives while it is being released opens the next one. */
	@Test
	void an_application_arriving_after_the_act_waits_in_the_next_batch() {
		String listed = approvedInPengjiang(TestData.creditCode("440703", 818), "蓬江第二外贸公司");
		Task plan = driver.batchTask(Elements.REPORT_DISTRICT_PLAN);
		driver.as("pengjiang-officer", () -> {
			engine.getTaskService().complete(plan.getId(), Map.of("confirmed", true));
			return null;
		});
		assertThat(driver.batch(PENGJIANG_PLAN)).as("closed, not yet released").isEqualTo("CLOSED pengjiang-officer");

		String late = approvedInPengjiang(TestData.creditCode("440703", 826), "蓬江第三外贸公司");
		driver.runAsyncJobs();

		assertThat(members("PLAN-PENGJIANG-2026-002")).containsExactly(late);
		assertThat(driver.batch("PLAN-PENGJIANG-2026-002")).isEqualTo("OPEN null");
		assertThat(driver.batch(PENGJIANG_PLAN)).isEqualTo("DONE pengjiang-officer");
		assertThat(driver.status(listed)).isEqualTo("CITY_REVIEW");
		assertThat(driver.task(late, Elements.CITY_REVIEW)).isNull();
		Task next = driver.batchTask(Elements.REPORT_DISTRICT_PLAN);
		assertThat(next.getId()).isNotEqualTo(plan.getId());
		assertThat(engine.getTaskService().getVariable(next.getId(), "applicationCount")).isEqualTo(1);
	}

	/** OPEN → CLOSED by an officer → DONE as its list is handed out: each step once, none skipped. */
	@Test
	void a_batch_is_closed_once_and_hands_out_its_list_once() {
		String listed = approvedInPengjiang(TestData.creditCode("440703", 818), "蓬江第二外贸公司");
		Task plan = driver.batchTask(Elements.REPORT_DISTRICT_PLAN);
		Batch open = batches.ofProcess(plan.getProcessInstanceId(), PENGJIANG_PLAN);
		assertThat(open.kind()).isEqualTo(BatchKind.DISTRICT_PLAN);
		assertThat(open.scope()).isEqualTo("PENGJIANG");

		assertThatThrownBy(() -> batches.release(open)).hasMessageContaining("was not closed by an officer");
		assertThat(driver.batch(PENGJIANG_PLAN)).isEqualTo("OPEN null");

		batches.close(open, "pengjiang-officer");
		assertThatThrownBy(() -> batches.close(open, "jianghai-officer")).hasMessageContaining("not open");
		assertThat(driver.batch(PENGJIANG_PLAN)).isEqualTo("CLOSED pengjiang-officer");
		// The task of a list already acted on cannot act a second time.
		assertThatThrownBy(() -> driver.complete("pengjiang-officer", plan, Map.of("confirmed", true)))
			.hasMessageContaining("not open");

		assertThat(batches.release(open)).extracting(BatchService.Listed::applicationId).containsExactly(listed);
		assertThatThrownBy(() -> batches.release(open)).hasMessageContaining("done already");
		assertThat(driver.batch(PENGJIANG_PLAN)).isEqualTo("DONE pengjiang-officer");
	}

	private String pengjiang(String creditCode, String name) {
		return driver.submit("pengjiang-officer", TestData.request(creditCode, name, "PENGJIANG")).get("id").asText();
	}

	private String approvedInPengjiang(String creditCode, String name) {
		String id = pengjiang(creditCode, name);
		driver.districtDecides(id, "approve", "同意");
		return id;
	}

	private List<Task> batchTasks(String taskKey) {
		return engine.getTaskService().createTaskQuery().taskDefinitionKey(taskKey).list();
	}

	private Task planTaskOf(String batchId) {
		return engine.getTaskService()
			.createTaskQuery()
			.taskDefinitionKey(Elements.REPORT_DISTRICT_PLAN)
			.processInstanceBusinessKey(batchId)
			.singleResult();
	}

	private List<String> members(String batchId) {
		return jdbc.sql("SELECT application_id FROM app_batch_member WHERE batch_id = :id")
			.param("id", batchId)
			.query(String.class)
			.list();
	}

	private int count(String sql) {
		return jdbc.sql(sql).query(Integer.class).single();
	}

	private JsonNode historyLine(String applicationId, String step) {
		for (JsonNode line : driver.application("admin", applicationId).get("history")) {
			if (line.get("step").asText().equals(step)) {
				return line;
			}
		}
		throw new AssertionError(applicationId + " has no history line " + step);
	}

}
