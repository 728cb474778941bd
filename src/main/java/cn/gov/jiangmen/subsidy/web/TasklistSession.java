package cn.gov.jiangmen.subsidy.web;

import java.io.IOException;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import cn.gov.jiangmen.subsidy.security.CurrentUsers;

/**
 * An officer signed in to Tasklist opens the officers' pages (the evidence links in the review
 * forms) without signing in again: the webapp's sign-in lives in the same HTTP session, and counts
 * here for that one request. The only place that reads Camunda's webapp session (an engine-specific
 * seam: Operaton renames the package).
 */
class TasklistSession extends OncePerRequestFilter {

	static final String ENGINE = "default";

	private final IdentityService identity;
	private final CurrentUsers users;

	TasklistSession(IdentityService identity, CurrentUsers users) {
		this.identity = identity;
		this.users = users;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().substring(request.getContextPath().length()).startsWith("/officer/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication current = SecurityContextHolder.getContext().getAuthentication();
		HttpSession session = request.getSession(false);
		if ((current != null && current.isAuthenticated()) || session == null) {
			chain.doFilter(request, response);
			return;
		}
		Authentications webapp = AuthenticationUtil.getAuthsFromSession(session);
		if (webapp == null || !(webapp.getAuthenticationForProcessEngine(ENGINE) instanceof UserAuthentication user)) {
			chain.doFilter(request, response);
			return;
		}
		String userId = user.getIdentityId();
		List<String> groups = user.getGroupIds() == null ? List.of() : user.getGroupIds();
		SignedInUser signedIn = new SignedInUser(userId, displayName(userId), groups);
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(signedIn, null,
				signedIn.authorities(users.of(userId, groups))));
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private String displayName(String userId) {
		var user = identity.createUserQuery().userId(userId).singleResult();
		return user == null ? userId
				: ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
						+ (user.getLastName() == null ? "" : user.getLastName())).strip();
	}

}
