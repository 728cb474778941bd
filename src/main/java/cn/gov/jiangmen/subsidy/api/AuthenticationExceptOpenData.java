package cn.gov.jiangmen.subsidy.api;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;

/**
 * HTTP Basic for the REST surfaces, except the open data of the public notices (第十四条 公示:
 * anyone reads a notice and may object without an account). A servlet URL pattern cannot leave a
 * path out, so this wraps the engine's authentication filter and lets through only requests whose
 * raw path is {@code /api/public} or below it, in plain segments: no dot segments, no percent
 * encoding, no path parameters, nothing a container could read as another path.
 */
final class AuthenticationExceptOpenData implements Filter {

	/** Segments of letters, digits and {@code ._~-}, each starting with a letter or digit. */
	static final Pattern OPEN_DATA = Pattern.compile("/api/public(/[A-Za-z0-9][A-Za-z0-9._~-]*)*/?");

	private final Filter authentication;

	AuthenticationExceptOpenData(Filter authentication) {
		this.authentication = authentication;
	}

	@Override
	public void init(FilterConfig config) throws ServletException {
		authentication.init(config);
	}

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		if (request instanceof HttpServletRequest http && isOpenData(http)) {
			chain.doFilter(request, response);
			return;
		}
		authentication.doFilter(request, response, chain);
	}

	@Override
	public void destroy() {
		authentication.destroy();
	}

	static boolean isOpenData(HttpServletRequest request) {
		String uri = request.getRequestURI();
		String context = request.getContextPath();
		if (uri == null || !uri.startsWith(context)) {
			return false;
		}
		return OPEN_DATA.matcher(uri.substring(context.length())).matches();
	}

}
