package cn.gov.jiangmen.subsidy.security;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

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
			grant(definition.id(), Resources.APPLICATION, "tasklist", Permissions.ACCESS);
			// Lets Tasklist show process names beside tasks; instances stay invisible.
			grant(definition.id(), Resources.PROCESS_DEFINITION, "*", Permissions.READ);
		}
		filters.ensure();
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

	void grant(String groupId, Resource resource, String resourceId, Permission permission) {
		boolean exists = authorizations.createAuthorizationQuery()
			.groupIdIn(groupId)
			.resourceType(resource)
			.resourceId(resourceId)
			.count() > 0;
		if (exists) {
			return;
		}
		Authorization authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
		authorization.setGroupId(groupId);
		authorization.setResource(resource);
		authorization.setResourceId(resourceId);
		authorization.addPermission(permission);
		authorizations.saveAuthorization(authorization);
	}

}
