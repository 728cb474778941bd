package cn.gov.jiangmen.subsidy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;

import cn.gov.jiangmen.subsidy.processes.ProcessConstants;
import cn.gov.jiangmen.subsidy.processes.ProcessConstants.Elements;

/** Works the procedure the way the officers do: REST for enterprises, task completion as a named user. */
public class ProcedureDriver {

	private final ProcessEngine engine;
	private final TestRestTemplate rest;
	private final JdbcClient jdbc;

	public ProcedureDriver(ProcessEngine engine, TestRestTemplate rest, JdbcClient jdbc) {
		this.engine = engine;
		this.rest = rest;
		this.jdbc = jdbc;
	}

	public JsonNode submit(String user, String body) {
		ResponseEntity<JsonNode> response = post(user, "/api/applications", body);
		assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.CREATED);
		return response.getBody();
	}

	public ResponseEntity<JsonNode> post(String user, String path, String body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return rest.withBasicAuth(user, "demo").postForEntity(path, new HttpEntity<>(body, headers), JsonNode.class);
	}

	public JsonNode application(String user, String id) {
		ResponseEntity<JsonNode> response = rest.withBasicAuth(user, "demo").getForEntity("/api/applications/" + id,
				JsonNode.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		return response.getBody();
	}

	public String status(String id) {
		return application("admin", id).get("status").asText();
	}

	public ProcessInstance instance(String applicationId) {
		return engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processInstanceBusinessKey(applicationId)
			.processDefinitionKey(ProcessConstants.PROCESS_APPLICATION)
			.singleResult();
	}

	public Task task(String applicationId, String taskKey) {
		return engine.getTaskService()
			.createTaskQuery()
			.processInstanceBusinessKey(applicationId)
			.taskDefinitionKey(taskKey)
			.singleResult();
	}

	/** Completes the task as the user, with the engine's authorization checks on, as Tasklist would. */
	public void complete(String user, Task task, Map<String, Object> formValues) {
		as(user, () -> {
			engine.getTaskService().complete(task.getId(), formValues);
			return null;
		});
		runAsyncJobs();
	}

	/** The tasks offered to one of the user's groups: what the bureau's Tasklist filters list as its work. */
	public List<Task> tasksOfferedTo(String user) {
		List<String> groups = engine.getIdentityService()
			.createGroupQuery()
			.groupMember(user)
			.list()
			.stream()
			.map(Group::getId)
			.toList();
		return as(user, () -> engine.getTaskService().createTaskQuery().taskCandidateGroupIn(groups).list());
	}

	public List<Task> tasksVisibleTo(String user) {
		return as(user, () -> engine.getTaskService().createTaskQuery().list());
	}

	/** Runs the work as the user, with the groups and tenants a sign-in would give them. */
	public <T> T as(String user, Supplier<T> work) {
		IdentityService identity = engine.getIdentityService();
		List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
		List<String> tenants = identity.createTenantQuery()
			.userMember(user)
			.includingGroupsOfUser(true)
			.list()
			.stream()
			.map(Tenant::getId)
			.toList();
		identity.setAuthentication(user, groups, tenants);
		try {
			return work.get();
		}
		finally {
			identity.clearAuthentication();
		}
	}

	/** A batch as the app's record has it: its status and who closed it, e.g. "DONE pengjiang-officer", "OPEN null". */
	public String batch(String batchId) {
		return jdbc.sql("SELECT status || ' ' || COALESCE(closed_by, 'null') FROM app_batch WHERE id = :id")
			.param("id", batchId)
			.query(String.class)
			.single();
	}

	/** The single open batch task of this kind (district plan, notice, budget, release). */
	public Task batchTask(String taskKey) {
		return engine.getTaskService().createTaskQuery().taskDefinitionKey(taskKey).singleResult();
	}

	/**
	 * Runs asynchronous continuations (not timers) until none is left, as the job executor would;
	 * a failing job is retried without waiting for its retry interval.
	 */
	public void runAsyncJobs() {
		for (int round = 0; round < 20; round++) {
			List<Job> jobs = engine.getManagementService().createJobQuery().messages().withRetriesLeft().list();
			if (jobs.isEmpty()) {
				return;
			}
			jobs.forEach(this::executeAsTheJobExecutorWould);
		}
	}

	/** A failing job loses a retry and, at none left, becomes an incident, as with the job executor. */
	private void executeAsTheJobExecutorWould(Job job) {
		try {
			engine.getManagementService().executeJob(job.getId());
		}
		catch (RuntimeException e) {
			// The engine has already recorded the failure and decremented the retries.
		}
	}

	public Job timer(String applicationId, String activityId) {
		return engine.getManagementService()
			.createJobQuery()
			.processInstanceId(instance(applicationId).getId())
			.activityId(activityId)
			.timers()
			.singleResult();
	}

	public void fire(Job timer) {
		engine.getManagementService().executeJob(timer.getId());
		runAsyncJobs();
	}

	// The steps of the straight path, each as the officer who takes it.

	public void districtDecides(String applicationId, String decision, String comment) {
		complete("pengjiang-officer", task(applicationId, Elements.DISTRICT_REVIEW),
				Map.of("decision", decision, "comment", comment));
	}

	public void districtReportsPlan() {
		complete("pengjiang-officer", batchTask(Elements.REPORT_DISTRICT_PLAN), Map.of("confirmed", true));
	}

	public void cityDecides(String applicationId, String decision, String comment) {
		complete("city-officer", task(applicationId, Elements.CITY_REVIEW),
				Map.of("decision", decision, "comment", comment));
	}

	public void cityPublishesNotice() {
		complete("city-officer", batchTask(Elements.PUBLISH_NOTICE),
				Map.of("noticeContact", "江门市商务局对外贸易科，电话 0750-3500000"));
	}

	public void cityIncludesInBudget() {
		complete("city-officer", batchTask(Elements.INCLUDE_IN_BUDGET), Map.of("confirmed", true));
	}

	public void cityFinanceReleasesFunds() {
		complete("city-finance", batchTask(Elements.RELEASE_FUNDS), Map.of("releaseDocumentNo", "江财工〔2027〕1号"));
	}

	/** From submission to the open public notice. */
	public String toPublicNotice(String body) {
		String id = submit("enterprise-demo", body).get("id").asText();
		districtDecides(id, "approve", "材料齐全，同意");
		districtReportsPlan();
		cityDecides(id, "approve", "同意");
		cityPublishesNotice();
		return id;
	}

}
