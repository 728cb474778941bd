package cn.gov.jiangmen.subsidy.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.gov.jiangmen.subsidy.ProcedureTest;
import cn.gov.jiangmen.subsidy.ProcedureDriver;
import cn.gov.jiangmen.subsidy.TestData;
import cn.hutool.core.util.CreditCodeUtil;

@ProcedureTest
class HistoryWithoutCopiesTest {

	@Autowired
	ProcessEngine engine;

	@Autowired
	ProcedureDriver driver;

	@BeforeEach
	void setUp() {
		TestData.setClock(2026, 3, 10, 9, 0);
	}

	@Test
	void the_engine_keeps_its_history_a_year_after_an_instance_ends_and_cleans_it_at_night_in_jiangmen() {
		var definitions = engine.getRepositoryService().createProcessDefinitionQuery().latestVersion().list();
		assertThat(definitions).extracting(d -> d.getKey())
			.contains("subsidyApplication", "districtPlanReport", "publicNotice", "budgetInclusion", "fundsRelease");
		assertThat(definitions).filteredOn(d -> !d.getKey().startsWith("baseline"))
			.allSatisfy(d -> assertThat(d.getHistoryTimeToLive()).as(d.getKey()).isEqualTo(365));
		var configuration = (org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engine
			.getProcessEngineConfiguration();
		assertThat(configuration.getHistory()).isEqualTo("full");
		assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("01:00+0800");
		assertThat(configuration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00+0800");
		// 01:00 in Jiangmen is 17:00 UTC the day before: the window holds whatever the server's zone
		assertThat(configuration.getHistoryCleanupBatchWindowStartTimeAsDate().toInstant().atZone(TestData.CHINA).getHour())
			.isEqualTo(1);
		assertThat(configuration.getHistoryCleanupJobLogTimeToLive()).isEqualTo("P30D");
		assertThat(configuration.getBatchOperationHistoryTimeToLive()).isEqualTo("P30D");
		assertThat(configuration.getTaskMetricsTimeToLive()).isEqualTo("P365D");
	}

	@Test
	void the_engine_keeps_the_history_of_decisions_but_not_of_the_copies_and_listings_it_rewrites() {
		String first = driver.submit("pengjiang-officer", TestData.request(CreditCodeUtil.randomCreditCode(), "甲公司", "PENGJIANG"))
			.get("id").asText();
		String second = driver.submit("pengjiang-officer", TestData.request(CreditCodeUtil.randomCreditCode(), "乙公司", "PENGJIANG"))
			.get("id").asText();
		driver.districtDecides(first, "approve", "同意");
		driver.districtDecides(second, "approve", "同意");
		String firstInstance = driver.instance(first).getId();
		var history = engine.getHistoryService();

		// the decisions and the process's own values keep their full history
		assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(firstInstance).count()).isOne();
		assertThat(history.createHistoricDetailQuery().processInstanceId(firstInstance).variableUpdates().list())
			.extracting(d -> ((HistoricVariableUpdate) d).getVariableName())
			.contains("decision", "comment", "applicationId", "total", "items");
		// the district review task's copies of the list columns: no update details of their own
		long taskCopies = history.createHistoricDetailQuery().processInstanceId(firstInstance).variableUpdates().list()
			.stream()
			.filter(d -> d.getTaskId() != null && HistoryWithoutCopies.COPIED_TO_EACH_TASK
				.contains(((HistoricVariableUpdate) d).getVariableName()))
			.count();
		assertThat(taskCopies).isZero();

		// the district plan's listing was written twice (one per application); no detail kept, latest value kept
		String plan = driver.batchTask("UserTask_ReportDistrictPlan").getProcessInstanceId();
		assertThat(history.createHistoricDetailQuery().processInstanceId(plan).variableUpdates().list())
			.extracting(d -> ((HistoricVariableUpdate) d).getVariableName())
			.doesNotContainAnyElementsOf(HistoryWithoutCopies.LISTING)
			.contains("batchId");
		assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(plan).variableName("applicationCount")
			.singleResult().getValue()).isEqualTo(2);
	}

}
