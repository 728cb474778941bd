package cn.gov.jiangmen.subsidy.security;

import cn.gov.jiangmen.subsidy.identity.CurrentUser;
import cn.gov.jiangmen.subsidy.identity.EnterpriseDirectory;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Reads the user the engine has authenticated for this thread: the REST filter sets it for
 * {@code /api/**} requests, and Tasklist sets it when an officer completes a task.
 */
@Component
public class CurrentUsers {

	private final IdentityService identityService;
	private final EnterpriseDirectory enterprises;

	CurrentUsers(IdentityService identityService, EnterpriseDirectory enterprises) {
		this.identityService = identityService;
		this.enterprises = enterprises;
	}

	/** The authenticated user, or {@link CurrentUser#SYSTEM} for work the engine does on its own (timers). */
	public CurrentUser current() {
		Authentication authentication = identityService.getCurrentAuthentication();
		if (authentication == null || authentication.getUserId() == null) {
			return CurrentUser.SYSTEM;
		}
		return of(authentication.getUserId(), authentication.getGroupIds());
	}

	public CurrentUser of(String userId, List<String> knownGroups) {
		List<String> groups = knownGroups != null ? knownGroups
				: identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
		Optional<String> creditCode = enterprises.accountOf(userId).map(EnterpriseDirectory.EnterpriseAccount::creditCode);
		return new CurrentUser(userId, List.copyOf(groups), creditCode);
	}

}
