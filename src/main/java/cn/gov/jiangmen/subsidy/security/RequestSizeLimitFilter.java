package cn.gov.jiangmen.subsidy.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request body above the limit is refused: at once when its declared length says so, else as
 * soon as reading passes the limit (a chunked body), which makes the JSON unreadable and so a
 * 400 problem like any malformed request. 50 items fit in a small fraction of it.
 */
class RequestSizeLimitFilter extends OncePerRequestFilter {

	static final int MAX_BYTES = 256 * 1024;

	private final int maxBytes;

	RequestSizeLimitFilter(int maxBytes) {
		this.maxBytes = maxBytes;
	}

	/** Evidence uploads have their own, larger limit ({@code UploadLimitFilter}). */
	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return cn.gov.jiangmen.subsidy.attachment.UploadLimitFilter
			.isUploadPath(request.getRequestURI().substring(request.getContextPath().length()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > maxBytes) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			response.setContentType("application/problem+json");
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			response.getWriter()
				.write("{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,"
						+ "\"detail\":\"请求体过大 (body larger than " + maxBytes + " bytes)\","
						+ "\"errors\":[{\"field\":\"$\",\"message\":\"请求体超过 " + maxBytes + " 字节\"}]}");
			return;
		}
		chain.doFilter(new LimitedRequest(request, maxBytes), response);
	}

	private static final class LimitedRequest extends HttpServletRequestWrapper {

		private final int maxBytes;

		LimitedRequest(HttpServletRequest request, int maxBytes) {
			super(request);
			this.maxBytes = maxBytes;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			ServletInputStream in = super.getInputStream();
			return new ServletInputStream() {
				private long read;

				@Override
				public int read() throws IOException {
					int b = in.read();
					if (b >= 0 && ++read > maxBytes) {
						throw new IOException("request body larger than " + maxBytes + " bytes");
					}
					return b;
				}

				@Override
				public int read(byte[] buffer, int offset, int length) throws IOException {
					int n = in.read(buffer, offset, length);
					if (n > 0 && (read += n) > maxBytes) {
						throw new IOException("request body larger than " + maxBytes + " bytes");
					}
					return n;
				}

				@Override
				public boolean isFinished() {
					return in.isFinished();
				}

				@Override
				public boolean isReady() {
					return in.isReady();
				}

				@Override
				public void setReadListener(ReadListener listener) {
					in.setReadListener(listener);
				}
			};
		}

	}

}
