package cn.gov.jiangmen.subsidy.security;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

/**
 * The work lists each role opens Tasklist to. A filter narrows by step only: which tasks a user
 * sees at all is decided by the task authorizations (candidate groups of their own district).
 */
@Component
class TasklistFilters {

	record Definition(String name, int priority, String color, String description, List<String> taskKeys,
			List<String> groups) {
	}

	static final List<Definition> FILTERS = List.of(
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
					concat(Roles.districtFinanceGroups(), Roles.districtCommerceGroups())));

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

	private TaskQuery query(Definition definition) {
		TaskQuery query = taskService.createTaskQuery();
		if (!definition.taskKeys().isEmpty()) {
			query.taskDefinitionKeyIn(definition.taskKeys().toArray(String[]::new));
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
