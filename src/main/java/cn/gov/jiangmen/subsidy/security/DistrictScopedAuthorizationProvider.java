package cn.gov.jiangmen.subsidy.security;

import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.Task;

import cn.gov.jiangmen.subsidy.processes.ProcessConstants.Groups;

/**
 * The grants the engine writes when a task gets a candidate group.
 *
 * <p>A task of a district's application (it carries the district's tenant, see
 * {@link DistrictTenants}) gets a grant to <em>work</em> on it for its candidate group, but not
 * to read it: reading comes from the group's READ_TASK on the process definition, limited to the
 * district by the tenant. So the task query, which joins tasks with the reader's READ grants,
 * meets a handful of grants however many tasks are open, instead of one per task.
 *
 * <p>The supplement task names the group {@code enterprise} (so every enterprise user's Tasklist
 * filter finds it) and the applicant's own users as candidate users. The default provider would
 * grant the whole group access to every enterprise's task; here only the candidate users get it.
 */
class DistrictScopedAuthorizationProvider extends DefaultAuthorizationProvider {

	@Override
	public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String type) {
		if (Groups.ENTERPRISE.equals(groupId)) {
			return null;
		}
		return super.newTaskGroupIdentityLink(task, groupId, type);
	}

	@Override
	public AuthorizationEntity[] deleteTaskGroupIdentityLink(Task task, String groupId, String type) {
		if (Groups.ENTERPRISE.equals(groupId)) {
			return null;
		}
		return super.deleteTaskGroupIdentityLink(task, groupId, type);
	}

	@Override
	protected AuthorizationEntity[] createOrUpdateAuthorizationsByGroupId(Task task, String groupId) {
		if (task.getTenantId() == null) {
			return super.createOrUpdateAuthorizationsByGroupId(task, groupId);
		}
		return new AuthorizationEntity[] {
				createOrUpdateAuthorization(task, null, groupId, Resources.TASK, false, getDefaultUserPermissionForTask()) };
	}

}
