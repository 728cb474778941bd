package cn.gov.jiangmen.subsidy.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.support.ui.FluentWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.gov.jiangmen.subsidy.ProcedureTest;
import cn.gov.jiangmen.subsidy.TestData;
import cn.gov.jiangmen.subsidy.ProcedureDriver;
import cn.gov.jiangmen.subsidy.processes.ProcessConstants;
import cn.gov.jiangmen.subsidy.processes.ProcessConstants.Elements;

/**
 * The officers' screens in a real browser (headless Chromium): Tasklist for the district and the
 * city, Cockpit for the admin, against the whole application on its random port.
 */
@ProcedureTest
@Tag("browser")
class OfficerScreensBrowserTest {

	@RegisterExtension
	static final BrowserExtension browser = new BrowserExtension();

	static final String DEMO_ENTERPRISE = "江门示范外贸有限公司";
	static final String JIANGHAI_CREDIT_CODE = "91440704MA4UJH001P";
	static final String JIANGHAI_ENTERPRISE = "江海示范进出口有限公司";

	@Autowired
	ProcessEngine engine;

	@LocalServerPort
	int port;

	@Autowired
	ProcedureDriver procedure;

	String baseUrl;

	/** The application enterprise-demo (蓬江区) submitted over REST before each test. */
	String applicationId;

	@BeforeEach
	void submitAnApplication() {
		TestData.setClock(2026, 3, 2, 9, 30);
		baseUrl = "http://localhost:" + port;
		applicationId = procedure.submit("enterprise-demo", TestData.demoRequest()).get("id").asText();
		assertThat(applicationId).matches("JM-2026-\\d{6}");
	}

	@Test
	void the_district_officer_reads_the_application_in_the_first_review_form_and_approves_it() {
		Tasklist tasklist = new Tasklist(browser.driver(), baseUrl).signIn("pengjiang-officer");
		assertThat(tasklist.signedInAs()).isEqualTo("蓬江区商务局 初审员");

		tasklist.openFilter("我区待初审");
		assertThat(tasklist.taskNames()).containsExactly("区级初审");
		tasklist.waitForCard("区级初审", applicationId, DEMO_ENTERPRISE);
		// Tasklist's own chrome speaks Chinese to the officer's Chinese browser (locales/zh.json):
		// the card's date in moment's Chinese words, the claim button, the hint once the task is done.
		assertThat(tasklist.cards()).singleElement()
			.asString()
			.containsPattern("创建于 (几秒|\\d+ (秒|分钟|小时|天|周|个月|年))[前后]");
		tasklist.openTask("区级初审");
		assertThat(tasklist.claimLabel()).isEqualTo("认领");
		tasklist.claim();

		tasklist.waitForFormText("区级初审 · " + DEMO_ENTERPRISE, "申报编号：" + applicationId, TestData.DEMO_CREDIT_CODE,
				"蓬江区", "境外参展", "40000.00", "第九条", "短期出口信用保险", "5000.00", "扶持金额合计：45000.00 元");
		assertThat(tasklist.chosen("初审结论")).as("the review opens undecided").isEmpty();
		List<List<String>> items = tasklist.tableRows("申报事项及测算结果");
		assertThat(items).hasSize(2);
		assertThat(items.get(0)).startsWith("1", "境外参展", "是", "40000.00", "40000.00", "0.00");
		assertThat(items.get(0).get(6)).contains("第九条");
		assertThat(items.get(1)).startsWith("2", "短期出口信用保险", "是", "5000.00");
		assertThat(items.get(1).get(6)).contains("第十条");

		tasklist.choose("初审结论", "通过").type("审核意见", "材料齐全，同意列入区级拟下达项目计划。");
		browser.tallScreenshot("district-review-form", 2000);
		tasklist.complete();
		assertThat(tasklist.noTaskHint()).isEqualTo("请在列表中选择一项任务。");

		eventually(() -> "CITY_REVIEW".equals(procedure.status(applicationId)),
				() -> "application " + applicationId + " is " + procedure.status(applicationId) + ", not CITY_REVIEW");
		assertThat(procedure.task(applicationId, Elements.DISTRICT_REVIEW)).isNull();
		assertThat(historicVariable("decision")).isEqualTo("approve");
		assertThat(historicVariable("comment")).isEqualTo("材料齐全，同意列入区级拟下达项目计划。");
	}

	@Test
	void the_city_officer_finds_the_application_in_second_review_once_the_district_has_reported_its_plan() {
		procedure.complete("pengjiang-officer", procedure.task(applicationId, Elements.DISTRICT_REVIEW),
				Map.of("decision", "approve", "comment", "同意"));
		assertThat(procedure.batchTask(Elements.REPORT_DISTRICT_PLAN)).isNotNull();

		// The district's plan, one task for the whole batch, completed in the browser.
		Tasklist tasklist = new Tasklist(browser.driver(), baseUrl).signIn("pengjiang-officer");
		tasklist.openFilter("批量报送与下达");
		assertThat(tasklist.taskNames()).containsExactly("报送拟下达项目计划");
		tasklist.openTask("报送拟下达项目计划").claim();
		tasklist.waitForFormText("报送拟下达项目计划 · 蓬江区", applicationId, DEMO_ENTERPRISE, "45000.00");
		assertThat(tasklist.tableRows("本批次申报项目")).hasSize(1)
			.first()
			.satisfies(row -> assertThat(row).startsWith(applicationId, DEMO_ENTERPRISE, TestData.DEMO_CREDIT_CODE));
		tasklist.tick("已核对上表项目").complete();

		eventually(() -> procedure.batchTask(Elements.REPORT_DISTRICT_PLAN) == null,
				() -> "the plan task is still open");
		procedure.runAsyncJobs(); // the release of the batch is an async job; the job executor is off in tests
		assertThat(procedure.task(applicationId, Elements.CITY_REVIEW)).as("second review task").isNotNull();

		tasklist.logOut();
		tasklist.signIn("city-officer");
		assertThat(tasklist.filterNames()).contains("市级复审");
		tasklist.openFilter("市级复审");
		assertThat(tasklist.taskNames()).containsExactly("市级复审");
		tasklist.waitForCard("市级复审", "申报编号", applicationId, "企业名称", DEMO_ENTERPRISE, "所属区", "蓬江区", "测算金额（元）",
				"45000.00");
		tasklist.openTask("市级复审");
		tasklist.waitForFormText("市级复审 · " + DEMO_ENTERPRISE, "申报编号：" + applicationId, "境外参展", "40000.00");
		assertThat(tasklist.field("select", "复审结论")).isNotNull();
	}

	/**
	 * Every review form binds the process variables {@code decision} and {@code comment}: the city's
	 * form must not open with the district's 通过 and comment in them.
	 */
	@Test
	void the_second_review_opens_undecided() {
		procedure.complete("pengjiang-officer", procedure.task(applicationId, Elements.DISTRICT_REVIEW),
				Map.of("decision", "approve", "comment", "区级初审意见：材料齐全"));
		procedure.complete("pengjiang-officer", procedure.batchTask(Elements.REPORT_DISTRICT_PLAN),
				Map.of("confirmed", true));

		Tasklist tasklist = new Tasklist(browser.driver(), baseUrl).signIn("city-officer");
		tasklist.openFilter("市级复审").openTask("市级复审").claim();
		tasklist.waitForFormText("申报编号：" + applicationId);
		assertThat(tasklist.chosen("复审结论")).as("复审结论 when the city officer opens the form").isEmpty();
		assertThat(tasklist.value("复审意见")).as("复审意见 when the city officer opens the form").isEmpty();
	}

	@Test
	void the_admin_sees_the_process_instance_with_its_business_key_in_cockpit() {
		Cockpit cockpit = new Cockpit(browser.driver(), baseUrl).signIn("admin");
		cockpit.openProcess("外贸扶持资金申报");
		assertThat(cockpit.waitForInstance(applicationId)).containsExactly(applicationId);
		assertThat(engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processDefinitionKey(ProcessConstants.PROCESS_APPLICATION)
			.processInstanceBusinessKey(applicationId)
			.count()).isEqualTo(1);
	}

	@Test
	void another_district_does_not_see_the_application() {
		// Control: Jianghai's own application must show, so an empty list cannot pass for a broken one.
		String jianghai = procedure
			.submit("admin", TestData.request(JIANGHAI_CREDIT_CODE, JIANGHAI_ENTERPRISE, "JIANGHAI"))
			.get("id")
			.asText();
		Task pengjiangTask = procedure.task(applicationId, Elements.DISTRICT_REVIEW);
		assertThat(pengjiangTask).as("the pengjiang task exists").isNotNull();

		Tasklist tasklist = new Tasklist(browser.driver(), baseUrl).signIn("jianghai-officer");
		assertThat(tasklist.filterNames()).doesNotContain("市级复审");
		for (String filter : List.of("我的待办", "我区待初审")) {
			tasklist.openFilter(filter);
			assertThat(tasklist.taskNames()).as(filter).containsExactly("区级初审");
			assertThat(tasklist.filterCount(filter)).as(filter).isEqualTo(1);
			tasklist.waitForCard("区级初审", jianghai, JIANGHAI_ENTERPRISE);
			assertThat(tasklist.cards()).as(filter).noneMatch(card -> card.contains(DEMO_ENTERPRISE));
			tasklist.openTask("区级初审");
			tasklist.waitForFormText("区级初审 · " + JIANGHAI_ENTERPRISE, "申报编号：" + jianghai);
			assertThat(tasklist.formText()).as(filter).doesNotContain(DEMO_ENTERPRISE, applicationId);
		}
		// Nor through a direct link to the pengjiang task (the engine's refusal, as an officer reads it).
		assertThat(tasklist.openTaskByLink(pengjiangTask.getId())).contains("找不到此任务");
		assertThat(tasklist.taskViewShown()).isFalse();
	}

	private Object historicVariable(String name) {
		HistoricVariableInstance variable = engine.getHistoryService()
			.createHistoricVariableInstanceQuery()
			.processInstanceId(processInstanceId())
			.variableName(name)
			.singleResult();
		return variable == null ? null : variable.getValue();
	}

	private String processInstanceId() {
		return engine.getHistoryService()
			.createHistoricProcessInstanceQuery()
			.processInstanceBusinessKey(applicationId)
			.processDefinitionKey(ProcessConstants.PROCESS_APPLICATION)
			.singleResult()
			.getId();
	}

	/** Polls a condition on the server side (a browser action's effect) with the browser tests' timeout. */
	private static void eventually(Supplier<Boolean> condition, Supplier<String> message) {
		new FluentWait<>(condition).withTimeout(BrowserExtension.WAIT)
			.pollingEvery(Duration.ofMillis(100))
			.withMessage(message)
			.until(Supplier::get);
	}

}
