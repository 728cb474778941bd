package cn.gov.jiangmen.subsidy.security;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

import cn.gov.jiangmen.subsidy.procedure.ProcessConstants.Elements;
import cn.gov.jiangmen.subsidy.procedure.ProcessConstants.Groups;
import cn.gov.jiangmen.subsidy.procedure.ProcessConstants.Vars;

/**
 * The work lists each role opens Tasklist to.
 *
 * <p>Every list holds only what its reader may work on: tasks assigned to the reader, and open
 * tasks offered to one of the reader's groups or to the reader by name. Reading is wider than that
 * (the city bureau reads every district's tasks of the application process, to follow them), and a
 * list of everything readable showed the city officer Pengjiang's first reviews and enterprises'
 * corrections, which it could not claim.
 */
@Component
class TasklistFilters {

	/** 10万元: an application of this total or more is listed once more, under 大额申报. */
	static final int LARGE_AMOUNT_YUAN = 100_000;

	/**
	 * @param tenant only tasks of this district's tenant, or null for all
	 * @param minimumYuan only applications whose total is at least this many yuan, or null for all
	 */
	record Definition(String name, int priority, String color, String description, List<String> taskKeys,
			List<String> groups, String tenant, Integer minimumYuan) {

		Definition(String name, int priority, String color, String description, List<String> taskKeys,
				List<String> groups) {
			this(name, priority, color, description, taskKeys, groups, null, null);
		}

	}

	static final List<Definition> FILTERS = Stream.concat(Stream.of(
			new Definition("我的待办", -10, "#555555", "本人及本部门可办理的全部任务", List.of(), allGroups()),
			new Definition("我区待初审", 0, "#1f6fb2", "区级商务主管部门初审（第十四条）",
					List.of(Elements.DISTRICT_REVIEW), Roles.districtCommerceGroups()),
			new Definition("市级复审", 1, "#b26b1f", "市商务局复审（第十四条）", List.of(Elements.CITY_REVIEW),
					List.of(Groups.CITY_COMMERCE)),
			new Definition("公示异议待核查", 2, "#b21f1f", "接到异议之日起10个工作日内重新调查处理",
					List.of(Elements.INVESTIGATE_OBJECTION), withCity(Roles.districtCommerceGroups())),
			new Definition("批量报送与下达", 3, "#3a8f3a", "项目计划报送、公示、编入预算、资金下达",
					List.of(Elements.REPORT_DISTRICT_PLAN, Elements.PUBLISH_NOTICE, Elements.INCLUDE_IN_BUDGET,
							Elements.RELEASE_FUNDS),
					withCity(Roles.districtCommerceGroups(), Groups.CITY_FINANCE)),
			new Definition("资金兑付", 4, "#6b3a8f", "区商务主管部门会同财政局兑付并报告资金使用情况",
					List.of(Elements.DISBURSE, Elements.REPORT_FUND_USE),
					concat(Roles.districtFinanceGroups(), Roles.districtCommerceGroups())),
			new Definition("大额申报（10万元以上）", 6, "#8f3a5a", "本人可办理的申报中，扶持金额合计10万元以上（含10万元）的",
					List.of(), withCity(Roles.districtCommerceGroups()), null, LARGE_AMOUNT_YUAN)),
			// The city bureau works for the three districts it funds (第二条): a list for each. A
			// county-level city that funds itself (第十九条) works its applications in its own bureaus.
			Roles.TENANTS.stream()
				.filter(district -> Roles.FUNDED_DISTRICTS.contains(district.id()))
				.map(district -> new Definition(district.name() + "待办", 7 + Roles.TENANTS.indexOf(district), "#1f8f8f",
						"本人可办理的" + district.name() + "申报", List.of(), List.of(Groups.CITY_COMMERCE), district.id(),
						null)))
		.toList();

	/** Lists of earlier versions, removed where they exist: enterprises answer a return in the portal. */
	static final List<String> RETIRED = List.of("企业补正");

	private final FilterService filterService;
	private final TaskService taskService;
	private final AuthorizationService authorizations;

	TasklistFilters(FilterService filterService, TaskService taskService, AuthorizationService authorizations) {
		this.filterService = filterService;
		this.taskService = taskService;
		this.authorizations = authorizations;
	}

	void ensure() {
		for (String name : RETIRED) {
			filterService.createFilterQuery().filterName(name).list().forEach(f -> filterService.deleteFilter(f.getId()));
		}
		for (Definition definition : FILTERS) {
			Filter filter = filterService.createFilterQuery().filterName(definition.name()).singleResult();
			// Saved anew on every start, so that a changed definition reaches existing databases.
			filter = filterService.saveFilter((filter == null ? filterService.newTaskFilter(definition.name()) : filter)
				.setQuery(query(definition))
				.setProperties(properties(definition)));
			for (String group : definition.groups()) {
				grantRead(group, filter.getId());
			}
		}
	}

	/**
	 * The filter's query, its expressions evaluated for whoever opens the list. A candidate user is
	 * also a candidate through each of the user's groups (the engine looks them up). Offered to a
	 * group or a user, a task is listed only while nobody has claimed it: a colleague's claimed task
	 * cannot be claimed again.
	 */
	TaskQuery query(Definition definition) {
		TaskQuery query = taskService.createTaskQuery();
		query.or().taskAssigneeExpression("${currentUser()}").taskCandidateUserExpression("${currentUser()}").endOr();
		if (!definition.taskKeys().isEmpty()) {
			query.taskDefinitionKeyIn(definition.taskKeys().toArray(String[]::new));
		}
		if (definition.tenant() != null) {
			query.tenantIdIn(definition.tenant());
		}
		if (definition.minimumYuan() != null) {
			query.processVariableValueGreaterThanOrEquals(Vars.TOTAL_YUAN, definition.minimumYuan());
		}
		return query.orderByTaskPriority().desc().orderByTaskCreateTime().asc();
	}

	private static Map<String, Object> properties(Definition definition) {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("description", definition.description());
		properties.put("priority", definition.priority());
		properties.put("color", definition.color());
		properties.put("refresh", true);
		properties.put("variables", List.of(variable("applicationId", "申报编号"), variable("enterpriseName", "企业名称"),
				variable("districtName", "所属区"), variable("total", "测算金额（元）"), variable("batchId", "批次")));
		return properties;
	}

	private static Map<String, String> variable(String name, String label) {
		return Map.of("name", name, "label", label);
	}

	private void grantRead(String groupId, String filterId) {
		if (authorizations.createAuthorizationQuery()
			.groupIdIn(groupId)
			.resourceType(Resources.FILTER)
			.resourceId(filterId)
			.count() > 0) {
			return;
		}
		Authorization authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
		authorization.setGroupId(groupId);
		authorization.setResource(Resources.FILTER);
		authorization.setResourceId(filterId);
		authorization.addPermission(Permissions.READ);
		authorizations.saveAuthorization(authorization);
	}

	private static List<String> allGroups() {
		return Roles.GROUPS.stream().map(Roles.GroupDefinition::id).filter(id -> !id.equals(Groups.ENTERPRISE)).toList();
	}

	private static List<String> withCity(List<String> groups, String... more) {
		List<String> all = new ArrayList<>(groups);
		all.add(Groups.CITY_COMMERCE);
		all.addAll(List.of(more));
		return all;
	}

	private static List<String> concat(List<String> a, List<String> b) {
		List<String> all = new ArrayList<>(a);
		all.addAll(b);
		return all;
	}

}
