package cn.gov.jiangmen.subsidy.security;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import cn.gov.jiangmen.subsidy.procedure.ProcessConstants;
import cn.gov.jiangmen.subsidy.procedure.ProcessConstants.Groups;

/**
 * The bureaus' groups, what each may open, and their Tasklist filters: on every start, in every
 * profile (production users are added to these groups by the admin). Idempotent.
 */
@Component
class IdentitySetup {

	private final IdentityService identity;
	private final AuthorizationService authorizations;
	private final TasklistFilters filters;

	IdentitySetup(IdentityService identity, AuthorizationService authorizations, TasklistFilters filters) {
		this.identity = identity;
		this.authorizations = authorizations;
		this.filters = filters;
	}

	@EventListener
	@Order(10)
	void setUp(ApplicationReadyEvent event) {
		for (Roles.GroupDefinition definition : Roles.GROUPS) {
			createGroup(definition);
			if (definition.id().equals(Groups.ENTERPRISE)) {
				// Enterprises use the app's own portal; Tasklist is the officers'. Revoked where an
				// earlier version granted it.
				revoke(definition.id(), Resources.APPLICATION, "tasklist");
			}
			else {
				grant(definition.id(), Resources.APPLICATION, "tasklist", Permissions.ACCESS);
			}
			// Lets Tasklist show process names beside tasks; instances stay invisible.
			grant(definition.id(), Resources.PROCESS_DEFINITION, "*", Permissions.READ);
			// Lets Tasklist name the bureau a task is offered to (蓬江区商务主管部门) instead of showing the
			// group's id, also on a task of another bureau an officer follows.
			if (!Groups.ENTERPRISE.equals(definition.id())) {
				grant(definition.id(), Resources.GROUP, "*", Permissions.READ);
			}
		}
		for (Roles.TenantDefinition tenant : Roles.TENANTS) {
			createTenant(tenant);
		}
		// What each bureau reads within its tenants (see DistrictScopedAuthorizationProvider); which
		// tasks it may work on stays with the grant per task for the candidate group. READ_INSTANCE
		// because the engine reads the variables on Tasklist's cards (application number, enterprise)
		// through the instance or a READ grant on each task, never through READ_TASK.
		for (String group : Roles.everyDistrictCommerceGroup()) {
			readsWithinTenants(group, ProcessConstants.PROCESS_APPLICATION);
			readsWithinTenants(group, ProcessConstants.PROCESS_DISTRICT_PLAN);
		}
		for (String group : Roles.everyDistrictFinanceGroup()) {
			readsWithinTenants(group, ProcessConstants.PROCESS_APPLICATION);
		}
		readsWithinTenants(Groups.CITY_COMMERCE, ProcessConstants.PROCESS_APPLICATION);
		workOnlyOnOpenTasks();
		filters.ensure();
	}

	/**
	 * Tasks created before those who work them got TASK_WORK instead of UPDATE (see
	 * SecurityConfiguration) still carry UPDATE grants, which would let their officers set
	 * variables: each becomes a TASK_WORK grant, once.
	 */
	private void workOnlyOnOpenTasks() {
		for (Authorization authorization : authorizations.createAuthorizationQuery()
			.authorizationType(Authorization.AUTH_TYPE_GRANT)
			.resourceType(Resources.TASK)
			.hasPermission(Permissions.UPDATE)
			.list()) {
			if (Authorization.ANY.equals(authorization.getResourceId())
					|| authorization.isPermissionGranted(Permissions.ALL)) {
				continue;
			}
			authorization.removePermission(Permissions.UPDATE);
			authorization.addPermission(Permissions.TASK_WORK);
			authorizations.saveAuthorization(authorization);
		}
	}

	private void readsWithinTenants(String group, String processKey) {
		grant(group, Resources.PROCESS_DEFINITION, processKey, ProcessDefinitionPermissions.READ_TASK);
		grant(group, Resources.PROCESS_DEFINITION, processKey, ProcessDefinitionPermissions.READ_INSTANCE);
	}

	private void createTenant(Roles.TenantDefinition definition) {
		if (identity.createTenantQuery().tenantId(definition.id()).count() == 0) {
			Tenant tenant = identity.newTenant(definition.id());
			tenant.setName(definition.name());
			identity.saveTenant(tenant);
		}
		for (String group : definition.memberGroups()) {
			if (identity.createTenantQuery().tenantId(definition.id()).groupMember(group).count() == 0) {
				identity.createTenantGroupMembership(definition.id(), group);
			}
		}
	}

	private void createGroup(Roles.GroupDefinition definition) {
		if (identity.createGroupQuery().groupId(definition.id()).count() > 0) {
			return;
		}
		Group group = identity.newGroup(definition.id());
		group.setName(definition.name());
		group.setType(definition.type());
		identity.saveGroup(group);
	}

	/** Removes the group's grant on that resource, if any. */
	void revoke(String groupId, Resource resource, String resourceId) {
		authorizations.createAuthorizationQuery()
			.groupIdIn(groupId)
			.authorizationType(Authorization.AUTH_TYPE_GRANT)
			.resourceType(resource)
			.resourceId(resourceId)
			.list()
			.forEach(grant -> authorizations.deleteAuthorization(grant.getId()));
	}

	/** Grants the permission, adding it to the group's grant on that resource if there is one. */
	void grant(String groupId, Resource resource, String resourceId, Permission permission) {
		Authorization authorization = authorizations.createAuthorizationQuery()
			.groupIdIn(groupId)
			.authorizationType(Authorization.AUTH_TYPE_GRANT)
			.resourceType(resource)
			.resourceId(resourceId)
			.singleResult();
		if (authorization == null) {
			authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
			authorization.setGroupId(groupId);
			authorization.setResource(resource);
			authorization.setResourceId(resourceId);
		}
		else if (authorization.isPermissionGranted(permission)) {
			return;
		}
		authorization.addPermission(permission);
		authorizations.saveAuthorization(authorization);
	}

}
