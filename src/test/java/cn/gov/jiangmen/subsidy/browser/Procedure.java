package cn.gov.jiangmen.subsidy.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What happens around the screens under test: the enterprise submits over REST, other steps are
 * taken through the engine as the officer who owns them, async jobs are run by hand (the job
 * executor is off in tests).
 */
final class Procedure {

	static final String PASSWORD = "demo";

	private final ProcessEngine engine;
	private final TestRestTemplate rest;

	Procedure(ProcessEngine engine, TestRestTemplate rest) {
		this.engine = engine;
		this.rest = rest;
	}

	/** Submits over {@code POST /api/applications} as the user; returns the application number. */
	String submit(String user, String body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		ResponseEntity<JsonNode> response = rest.withBasicAuth(user, PASSWORD)
			.postForEntity("/api/applications", new HttpEntity<>(body, headers), JsonNode.class);
		assertThat(response.getStatusCode()).as("submission by %s: %s", user, response.getBody())
			.isEqualTo(HttpStatus.CREATED);
		return response.getBody().get("id").asText();
	}

	/** {@code status} of {@code GET /api/applications/{id}}, asked as admin. */
	String status(String applicationId) {
		ResponseEntity<JsonNode> response = rest.withBasicAuth("admin", PASSWORD)
			.getForEntity("/api/applications/" + applicationId, JsonNode.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		return response.getBody().get("status").asText();
	}

	/** The open task of that step of the application, or null. */
	Task task(String applicationId, String taskKey) {
		return engine.getTaskService()
			.createTaskQuery()
			.processInstanceBusinessKey(applicationId)
			.taskDefinitionKey(taskKey)
			.singleResult();
	}

	/** The open tasks of that step, whichever process (batch tasks have the batch number as key). */
	List<Task> tasks(String taskKey) {
		return engine.getTaskService().createTaskQuery().taskDefinitionKey(taskKey).list();
	}

	/** Completes a task as the user, with the engine's authorization checks, as Tasklist would. */
	void complete(String user, Task task, Map<String, Object> variables) {
		List<String> groups = engine.getIdentityService()
			.createGroupQuery()
			.groupMember(user)
			.list()
			.stream()
			.map(Group::getId)
			.toList();
		engine.getIdentityService().setAuthentication(user, groups);
		try {
			engine.getTaskService().complete(task.getId(), variables);
		}
		finally {
			engine.getIdentityService().clearAuthentication();
		}
		runAsyncJobs();
	}

	/** Runs asynchronous continuations (not timers) until none is left, as the job executor would. */
	void runAsyncJobs() {
		for (int round = 0; round < 20; round++) {
			List<Job> jobs = engine.getManagementService().createJobQuery().messages().executable().list();
			if (jobs.isEmpty()) {
				return;
			}
			jobs.forEach(job -> engine.getManagementService().executeJob(job.getId()));
		}
	}

}
