package cn.gov.jiangmen.subsidy.web;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import cn.gov.jiangmen.subsidy.security.CurrentUser;
import cn.gov.jiangmen.subsidy.security.CurrentUsers;
import cn.gov.jiangmen.subsidy.signin.Door;
import cn.gov.jiangmen.subsidy.signin.SignInGuard;

/**
 * Signs in against the engine's identity service, the same users and passwords as Tasklist and
 * the REST API: one account per person, whichever door they use. Throttled and audited by the
 * same {@link SignInGuard} as the other doors.
 */
@Component
class EngineSignIn implements AuthenticationProvider {

	static final String BAD_CREDENTIALS = "用户名或密码不正确";

	private final IdentityService identity;
	private final CurrentUsers users;
	private final SignInGuard guard;

	EngineSignIn(IdentityService identity, CurrentUsers users, SignInGuard guard) {
		this.identity = identity;
		this.users = users;
		this.guard = guard;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String userId = authentication.getName() == null ? "" : authentication.getName().strip();
		Object credentials = authentication.getCredentials();
		String password = credentials == null ? "" : credentials.toString();
		if (userId.isEmpty() || password.isEmpty()) {
			throw new BadCredentialsException(BAD_CREDENTIALS);
		}
		String address = authentication.getDetails() instanceof WebAuthenticationDetails details
				? details.getRemoteAddress() : "unknown";
		guard.mustWait(userId, address, Door.PORTAL).ifPresent(wait -> {
			throw new SignInThrottledException(SignInGuard.waitMessage(wait));
		});
		if (!identity.checkPassword(userId, password)) {
			guard.failed(userId, address, Door.PORTAL);
			throw new BadCredentialsException(BAD_CREDENTIALS);
		}
		guard.succeeded(userId, address, Door.PORTAL);
		List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
		SignedInUser signedIn = new SignedInUser(userId, displayName(userId), groups);
		CurrentUser user = users.of(userId, groups);
		return UsernamePasswordAuthenticationToken.authenticated(signedIn, null, signedIn.authorities(user));
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	private String displayName(String userId) {
		User user = identity.createUserQuery().userId(userId).singleResult();
		if (user == null) {
			return userId;
		}
		String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
				+ (user.getLastName() == null ? "" : user.getLastName())).strip();
		return name.isEmpty() ? userId : name;
	}

}
