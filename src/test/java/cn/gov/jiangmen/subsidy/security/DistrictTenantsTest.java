package cn.gov.jiangmen.subsidy.security;

import static cn.gov.jiangmen.subsidy.TestData.setClock;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.gov.jiangmen.subsidy.ProcedureTest;
import cn.gov.jiangmen.subsidy.ProcedureDriver;
import cn.gov.jiangmen.subsidy.TestData;
import cn.gov.jiangmen.subsidy.processes.ProcessConstants;
import cn.gov.jiangmen.subsidy.processes.ProcessConstants.Elements;

/**
 * The shape of the grants behind a district's Tasklist: what keeps its first page fast with
 * thousands of open tasks (the engine's task query joins the tasks with the reader's READ grants).
 */
@ProcedureTest
class DistrictTenantsTest {

	static final String DISTRICT_GROUP = "district-commerce-pengjiang";

	@Autowired
	ProcessEngine engine;

	@Autowired
	IdentitySetup identitySetup;

	@Autowired
	ProcedureDriver driver;

	@BeforeEach
	void setUp() {
		setClock(2026, 3, 10, 9, 0);
	}

	@Test
	void an_application_and_its_tasks_belong_to_the_tenant_of_its_district() {
		String pengjiang = driver.submit("enterprise-demo", TestData.demoRequest()).get("id").asText();
		String jianghai = driver
			.submit("admin", TestData.request("91440704MA4UJH001P", "江海示范进出口有限公司", "JIANGHAI"))
			.get("id")
			.asText();

		assertThat(driver.instance(pengjiang).getTenantId()).isEqualTo("pengjiang");
		assertThat(driver.task(pengjiang, Elements.DISTRICT_REVIEW).getTenantId()).isEqualTo("pengjiang");
		assertThat(driver.task(jianghai, Elements.DISTRICT_REVIEW).getTenantId()).isEqualTo("jianghai");
	}

	@Test
	void the_read_grants_of_a_district_do_not_grow_with_its_open_tasks() {
		long before = readGrantsOf(DISTRICT_GROUP);
		List<Task> reviews = List.of(
				submitted(TestData.demoRequest()),
				submitted(TestData.request("91440703MA4UB00018", "蓬江第二外贸公司", "PENGJIANG")));

		assertThat(readGrantsOf(DISTRICT_GROUP)).as("READ grants of the district group").isEqualTo(before);
		for (Task review : reviews) {
			Authorization perTask = engine.getAuthorizationService()
				.createAuthorizationQuery()
				.groupIdIn(DISTRICT_GROUP)
				.resourceType(Resources.TASK)
				.resourceId(review.getId())
				.singleResult();
			assertThat(perTask.isPermissionGranted(Permissions.TASK_WORK)).as("the candidate group works on its task").isTrue();
			assertThat(perTask.isPermissionGranted(Permissions.UPDATE))
				.as("but may not set its variables, reassign it or add candidates (issue 16)")
				.isFalse();
			assertThat(perTask.isPermissionGranted(Permissions.READ)).as("reading comes from the definition").isFalse();
		}
		assertThat(driver.tasksVisibleTo("pengjiang-officer")).extracting(Task::getId)
			.containsAll(reviews.stream().map(Task::getId).toList());
		assertThat(driver.tasksVisibleTo("jianghai-officer")).isEmpty();
	}

	@Test
	void each_district_reads_the_tasks_of_the_application_process_through_one_grant() {
		Authorization grant = engine.getAuthorizationService()
			.createAuthorizationQuery()
			.groupIdIn(DISTRICT_GROUP)
			.resourceType(Resources.PROCESS_DEFINITION)
			.resourceId(ProcessConstants.PROCESS_APPLICATION)
			.singleResult();
		assertThat(grant.isPermissionGranted(ProcessDefinitionPermissions.READ_TASK)).isTrue();
		assertThat(grant.isPermissionGranted(ProcessDefinitionPermissions.READ_INSTANCE)).isTrue();
		assertThat(grant.isPermissionGranted(ProcessDefinitionPermissions.UPDATE_TASK)).isFalse();
		assertThat(engine.getIdentityService().createTenantQuery().groupMember(DISTRICT_GROUP).list())
			.extracting(tenant -> tenant.getId())
			.containsExactly("pengjiang");
	}

	@Test
	void an_update_grant_left_on_an_open_task_from_before_is_narrowed_to_work_at_start_up() {
		Task review = submitted(TestData.demoRequest());
		Authorization grant = taskGrant(review);
		grant.removePermission(Permissions.TASK_WORK);
		grant.addPermission(Permissions.UPDATE);
		engine.getAuthorizationService().saveAuthorization(grant);

		identitySetup.setUp(null);

		assertThat(taskGrant(review).isPermissionGranted(Permissions.UPDATE)).isFalse();
		assertThat(taskGrant(review).isPermissionGranted(Permissions.TASK_WORK)).isTrue();
	}

	private Authorization taskGrant(Task task) {
		return engine.getAuthorizationService()
			.createAuthorizationQuery()
			.groupIdIn(DISTRICT_GROUP)
			.resourceType(Resources.TASK)
			.resourceId(task.getId())
			.singleResult();
	}

	private Task submitted(String request) {
		String id = driver.submit("pengjiang-officer", request).get("id").asText();
		return driver.task(id, Elements.DISTRICT_REVIEW);
	}

	/** The grants the task query joins for this group: READ on tasks, READ_TASK on definitions. */
	private long readGrantsOf(String group) {
		return engine.getAuthorizationService()
			.createAuthorizationQuery()
			.groupIdIn(group)
			.list()
			.stream()
			.filter(a -> a.getResourceType() == Resources.TASK.resourceType() && a.isPermissionGranted(Permissions.READ)
					|| a.getResourceType() == Resources.PROCESS_DEFINITION.resourceType()
							&& a.isPermissionGranted(ProcessDefinitionPermissions.READ_TASK))
			.count();
	}

}
