package cn.gov.jiangmen.subsidy.security;

import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.Task;

import cn.gov.jiangmen.subsidy.procedure.ProcessConstants.Groups;

/**
 * The supplement task names the group {@code enterprise} (so every enterprise user's Tasklist
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

}
