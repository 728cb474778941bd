package cn.gov.jiangmen.subsidy.signin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The throttle and audit in front of the two doors Spring Security does not see: Camunda's
 * webapp sign-in ({@code POST /camunda/api/admin/auth/user/{engine}/login/{app}}) and HTTP Basic
 * on {@code /api} and {@code /engine-rest}. An attempt that must wait is answered 429 with the wait
 * in Chinese and in Retry-After, and its password is not checked at all.
 */
class SignInGateFilter extends OncePerRequestFilter {

	private static final String WEBAPP_LOGIN = "/camunda/api/admin/auth/user/";

	private final SignInGuard guard;

	SignInGateFilter(SignInGuard guard) {
		this.guard = guard;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Optional<Attempt> attempt = attemptIn(request);
		if (attempt.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		Attempt tried = attempt.get();
		String address = request.getRemoteAddr();
		Optional<Duration> wait = guard.mustWait(tried.userId(), address, tried.door());
		if (wait.isPresent()) {
			refuse(response, wait.get(), tried.door());
			return;
		}
		chain.doFilter(request, response);
		int status = response.getStatus();
		if (status == HttpServletResponse.SC_UNAUTHORIZED) {
			guard.failed(tried.userId(), address, tried.door());
		}
		else if (passedSignIn(tried.door(), status)) {
			guard.succeeded(tried.userId(), address, tried.door());
		}
	}

	/**
	 * HTTP Basic is checked before anything else on the REST APIs, so any answer but 401 means the
	 * password was right; the webapps' sign-in answers 200 for a right password only (403 is its
	 * CSRF check, before the password is read).
	 */
	private static boolean passedSignIn(Door door, int status) {
		return door == Door.REST ? status < 500 : status == HttpServletResponse.SC_OK;
	}

	private record Attempt(String userId, Door door) {
	}

	private static Optional<Attempt> attemptIn(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.startsWith(WEBAPP_LOGIN) && path.contains("/login/") && "POST".equals(request.getMethod())) {
			String userId = request.getParameter("username");
			return Optional.of(new Attempt(userId == null ? "" : userId.strip(), Door.WEBAPPS));
		}
		String authorization = request.getHeader("Authorization");
		if ((path.startsWith("/api/") || path.startsWith("/engine-rest/")) && authorization != null
				&& authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
			return basicUser(authorization.substring(6).strip()).map(userId -> new Attempt(userId, Door.REST));
		}
		return Optional.empty();
	}

	private static Optional<String> basicUser(String encoded) {
		try {
			String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
			int colon = decoded.indexOf(':');
			return colon < 0 ? Optional.empty() : Optional.of(decoded.substring(0, colon).strip());
		}
		catch (IllegalArgumentException notBase64) {
			return Optional.empty();
		}
	}

	private static void refuse(HttpServletResponse response, Duration wait, Door door) throws IOException {
		String message = SignInGuard.waitMessage(wait);
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		response.setHeader("Retry-After", Long.toString(SignInGuard.retryAfterSeconds(wait)));
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		if (door == Door.REST) {
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"登录尝试过于频繁\",\"status\":429,\"detail\":\""
					+ message + "\",\"code\":\"SIGN_IN_THROTTLED\"}");
		}
		else {
			// Camunda's sign-in page shows the "message" of a refused login.
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.getWriter().write("{\"type\":\"SignInThrottled\",\"message\":\"" + message + "\"}");
		}
	}

}
