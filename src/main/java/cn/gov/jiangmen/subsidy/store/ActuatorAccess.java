package cn.gov.jiangmen.subsidy.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Who sees what under /actuator: anyone gets the health status (CONTRACT: {@code {"status":"UP"}}
 * without signing in); a user who signs in with HTTP Basic is known to the endpoint with the
 * engine groups as roles, so that the admin ({@code camunda-admin}) sees the health details
 * (store size, free disk) and the metrics. Every other actuator path is for the admin only.
 */
class ActuatorAccess extends OncePerRequestFilter {

	static final String ADMIN = "camunda-admin";

	/** Looked up at the first request: filters are made before Flyway runs, the engine must come after it. */
	private final ObjectProvider<IdentityService> identity;

	ActuatorAccess(ObjectProvider<IdentityService> identity) {
		this.identity = identity;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		boolean open = path.equals("/actuator/health") || path.startsWith("/actuator/health/")
				|| path.equals("/actuator/info");
		String header = request.getHeader("Authorization");
		SignedIn user = null;
		if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
			user = signIn(header.substring(6).trim());
			if (user == null) {
				refuse(response, HttpServletResponse.SC_UNAUTHORIZED, "用户名或密码错误");
				return;
			}
		}
		if (!open && (user == null || !user.roles().contains(ADMIN))) {
			refuse(response, user == null ? HttpServletResponse.SC_UNAUTHORIZED : HttpServletResponse.SC_FORBIDDEN,
					"仅系统管理员可以查看 (camunda-admin only)");
			return;
		}
		chain.doFilter(user == null ? request : new SignedInRequest(request, user), response);
	}

	private SignedIn signIn(String token) {
		String decoded;
		try {
			decoded = new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException e) {
			return null;
		}
		int colon = decoded.indexOf(':');
		if (colon <= 0) {
			return null;
		}
		String userId = decoded.substring(0, colon);
		IdentityService identities = identity.getObject();
		if (!identities.checkPassword(userId, decoded.substring(colon + 1))) {
			return null;
		}
		Set<String> groups = identities.createGroupQuery().groupMember(userId).list().stream().map(Group::getId)
			.collect(Collectors.toSet());
		return new SignedIn(userId, groups);
	}

	private static void refuse(HttpServletResponse response, int status, String detail) throws IOException {
		response.setStatus(status);
		if (status == HttpServletResponse.SC_UNAUTHORIZED) {
			response.setHeader("WWW-Authenticate", "Basic realm=\"actuator\"");
		}
		response.setContentType("application/problem+json");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write("{\"type\":\"about:blank\",\"status\":" + status + ",\"detail\":\"" + detail + "\"}");
	}

	private record SignedIn(String id, Set<String> roles) implements Principal {
		@Override
		public String getName() {
			return id;
		}
	}

	private static final class SignedInRequest extends HttpServletRequestWrapper {

		private final SignedIn user;

		SignedInRequest(HttpServletRequest request, SignedIn user) {
			super(request);
			this.user = user;
		}

		@Override
		public Principal getUserPrincipal() {
			return user;
		}

		@Override
		public String getRemoteUser() {
			return user.id();
		}

		@Override
		public boolean isUserInRole(String role) {
			return user.roles().contains(role);
		}

		@Override
		public String getAuthType() {
			return HttpServletRequest.BASIC_AUTH;
		}
	}

}
