package cn.gov.jiangmen.subsidy.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.gov.jiangmen.subsidy.ProcedureTest;
import cn.gov.jiangmen.subsidy.ProcedureDriver;
import cn.gov.jiangmen.subsidy.TestData;
import cn.gov.jiangmen.subsidy.processes.ProcessConstants.Elements;

/**
 * Each bureau's Tasklist lists, as the engine runs them for the signed-in user: every listed task
 * can be claimed by the reader, and 我的待办 holds every task the reader can claim.
 */
@ProcedureTest
class TasklistFiltersTest {

	static final List<String> USERS = List.of("city-officer", "city-finance", "pengjiang-officer", "jianghai-officer",
			"xinhui-officer", "pengjiang-finance", "jianghai-finance", "xinhui-finance");

	/** An application of 140000.00: 10万元 and more. */
	static final String LARGE_REQUEST = """
			{"enterprise": {"creditCode": "91440703MA4U000013", "name": "江门示范外贸有限公司", "district": "PENGJIANG",
			                "tradeRecordSince2024": true},
			 "items": [
			   {"type": "OVERSEAS_EXHIBITION", "country": "BR", "startDate": "2025-06-10", "keyPlan": true,
			    "boothKind": "STANDARD", "booths": 2, "expenses": "50000.00"},
			   {"type": "EXPORT_CREDIT_INSURANCE", "paidDate": "2025-03-01", "premiumPaid": "2000000.00",
			    "platformPolicy": false}
			 ]}""";

	@Autowired
	ProcessEngine engine;

	@Autowired
	ProcedureDriver procedure;

	/** A task of each kind the lists show today, by a short name. */
	Map<String, Task> tasks;

	@BeforeEach
	void openTasksAtEveryStep() {
		TestData.setClock(2026, 3, 2, 9, 30);
		String inCityReview = submit("enterprise-demo", LARGE_REQUEST);
		procedure.districtDecides(inCityReview, "approve", "同意");
		procedure.districtReportsPlan();
		String inPlan = submit("enterprise-demo", TestData.demoRequest());
		procedure.districtDecides(inPlan, "approve", "同意");
		String returned = submit("enterprise-demo", TestData.demoRequest());
		procedure.districtDecides(returned, "return", "请补充参展证明");
		String pengjiang = submit("enterprise-demo", TestData.demoRequest());
		String jianghai = submit("admin", TestData.request("91440704MA4UJH001P", "江海示范进出口有限公司", "JIANGHAI"));

		tasks = new LinkedHashMap<>();
		tasks.put("pengjiang first review", procedure.task(pengjiang, Elements.DISTRICT_REVIEW));
		tasks.put("jianghai first review", procedure.task(jianghai, Elements.DISTRICT_REVIEW));
		tasks.put("correction", procedure.task(returned, Elements.SUPPLEMENT_APPLICATION));
		tasks.put("pengjiang plan", procedure.batchTask(Elements.REPORT_DISTRICT_PLAN));
		tasks.put("city review", procedure.task(inCityReview, Elements.CITY_REVIEW));
		assertThat(tasks.values()).doesNotContainNull();
	}

	@Test
	void every_listed_task_can_be_claimed_by_its_reader_and_my_work_lists_every_such_task() {
		for (String user : USERS) {
			Set<String> claimable = tasks.keySet().stream().filter(name -> canClaim(user, tasks.get(name))).collect(
					Collectors.toCollection(TreeSet::new));
			Map<String, Set<String>> lists = lists(user);
			assertThat(lists).as(user + "'s lists").containsKey("我的待办");
			lists.forEach((filter, listed) -> assertThat(claimable).as(user + ": " + filter).containsAll(listed));
			assertThat(lists.get("我的待办")).as(user + ": 我的待办").isEqualTo(claimable);
		}
	}

	@Test
	void the_city_officer_lists_its_own_reviews_by_district_and_by_amount() {
		Map<String, Set<String>> lists = lists("city-officer");
		assertThat(lists.keySet()).containsExactly("我的待办", "市级复审", "公示异议待核查", "批量报送与下达", "大额申报（10万元以上）",
				"蓬江区待办", "江海区待办", "新会区待办");
		assertThat(lists.get("我的待办")).containsExactly("city review");
		assertThat(lists.get("市级复审")).containsExactly("city review");
		assertThat(lists.get("大额申报（10万元以上）")).containsExactly("city review");
		assertThat(lists.get("蓬江区待办")).containsExactly("city review");
		assertThat(lists.get("江海区待办")).isEmpty();
		// What the city reads but may not work on stays out of its lists: another bureau's first
		// review, an enterprise's correction.
		assertThat(procedure.as("city-officer", () -> engine.getTaskService()
			.createTaskQuery()
			.taskId(tasks.get("pengjiang first review").getId())
			.count())).as("the city reads Pengjiang's first review").isEqualTo(1);
	}

	@Test
	void the_district_lists_its_own_district_and_a_claimed_task_only_for_the_one_who_claimed_it() {
		Map<String, Set<String>> lists = lists("pengjiang-officer");
		assertThat(lists.get("我的待办")).containsExactlyInAnyOrder("pengjiang first review", "pengjiang plan");
		assertThat(lists.get("我区待初审")).containsExactly("pengjiang first review");
		assertThat(lists.get("大额申报（10万元以上）")).isEmpty();
		assertThat(lists("jianghai-officer").get("我的待办")).containsExactly("jianghai first review");
		// Enterprises answer a return in the portal: no list of theirs, not even 我的待办.
		assertThat(lists("enterprise-demo")).isEmpty();

		procedure.as("pengjiang-officer", () -> {
			engine.getTaskService().claim(tasks.get("pengjiang first review").getId(), "pengjiang-officer");
			return null;
		});
		assertThat(lists("pengjiang-officer").get("我区待初审")).as("claimed by the reader").containsExactly(
				"pengjiang first review");
		engine.getTaskService().setAssignee(tasks.get("pengjiang first review").getId(), "someone-else");
		assertThat(lists("pengjiang-officer").get("我区待初审")).as("claimed by a colleague").isEmpty();
	}

	/** The tasks of each list the user may read, by their short names. */
	private Map<String, Set<String>> lists(String user) {
		Map<String, String> names = tasks.entrySet()
			.stream()
			.collect(Collectors.toMap(entry -> entry.getValue().getId(), Map.Entry::getKey));
		return procedure.as(user, () -> {
			Map<String, Set<String>> lists = new LinkedHashMap<>();
			List<Filter> filters = engine.getFilterService()
				.createFilterQuery()
				.list()
				.stream()
				.sorted((a, b) -> Integer.compare(priority(a), priority(b)))
				.toList();
			for (Filter filter : filters) {
				List<Task> listed = engine.getFilterService().list(filter.getId());
				lists.put(filter.getName(), listed.stream()
					.map(task -> names.getOrDefault(task.getId(), "unexpected " + task.getName()))
					.collect(Collectors.toCollection(TreeSet::new)));
			}
			return lists;
		});
	}

	private static int priority(Filter filter) {
		return ((Number) filter.getProperties().get("priority")).intValue();
	}

	/** Claims the task as the user and gives it back; false if the engine refuses. */
	private boolean canClaim(String user, Task task) {
		try {
			return procedure.as(user, () -> {
				engine.getTaskService().claim(task.getId(), user);
				engine.getTaskService().setAssignee(task.getId(), null);
				return true;
			});
		}
		catch (ProcessEngineException refused) {
			return false;
		}
	}

	private String submit(String user, String body) {
		return procedure.submit(user, body).get("id").asText();
	}

}
