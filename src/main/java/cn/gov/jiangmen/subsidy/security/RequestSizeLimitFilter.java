package cn.gov.jiangmen.subsidy.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request body above the limit is refused before it is read. 50 items of a few hundred bytes
 * each fit in a small fraction of it.
 */
class RequestSizeLimitFilter extends OncePerRequestFilter {

	static final long MAX_BYTES = 256 * 1024;

	private final long maxBytes;

	RequestSizeLimitFilter(long maxBytes) {
		this.maxBytes = maxBytes;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long declared = request.getContentLengthLong();
		boolean chunked = declared < 0 && "chunked".equalsIgnoreCase(request.getHeader("Transfer-Encoding"));
		if (declared > maxBytes || chunked) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			response.setContentType("application/problem+json");
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			response.getWriter()
				.write("{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,"
						+ "\"detail\":\"请求体过大或未声明长度 (body larger than " + maxBytes + " bytes or without Content-Length)\","
						+ "\"errors\":[{\"field\":\"body\",\"message\":\"too large\"}]}");
			return;
		}
		chain.doFilter(request, response);
	}

}
