package cn.gov.jiangmen.subsidy.web;

import java.io.IOException;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Tells the engine who acts for the length of a page request, as the REST filter does for
 * {@code /api/**}: the services then read the same current user, and the engine's authorization
 * checks and operation log apply to what the page does. Part of the security chain only (not a
 * bean: Spring Boot would also register it as a servlet filter for every URL).
 */
class EngineIdentityFilter extends OncePerRequestFilter {

	private final IdentityService identity;

	EngineIdentityFilter(IdentityService identity) {
		this.identity = identity;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof SignedInUser user)) {
			chain.doFilter(request, response);
			return;
		}
		List<String> tenants = identity.createTenantQuery()
			.userMember(user.id())
			.includingGroupsOfUser(true)
			.list()
			.stream()
			.map(Tenant::getId)
			.toList();
		identity.setAuthentication(user.id(), user.groups(), tenants);
		try {
			chain.doFilter(request, response);
		}
		finally {
			identity.clearAuthentication();
		}
	}

}
