package cn.gov.jiangmen.subsidy.security;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
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
 * A request body above the limit is refused with 413 and a problem body (CONTRACT round 2): at once
 * when its declared length says so; a body without a declared length (chunked) is read up to the
 * limit here, and refused the same way when it goes past it. 50 items fit in a small fraction of it.
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
		long declared = request.getContentLengthLong();
		if (declared > maxBytes) {
			refuse(response);
			return;
		}
		if (declared >= 0) {
			chain.doFilter(request, response);
			return;
		}
		byte[] body = request.getInputStream().readNBytes(maxBytes + 1);
		if (body.length > maxBytes) {
			refuse(response);
			return;
		}
		chain.doFilter(new ReadBody(request, body), response);
	}

	private void refuse(HttpServletResponse response) throws IOException {
		response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
		// JSON is UTF-8 by definition (RFC 8259): the same media type as every other problem, no charset.
		response.setContentType("application/problem+json");
		response.getOutputStream()
			.write(("{\"type\":\"about:blank\",\"title\":\"请求体过大\",\"status\":413,"
					+ "\"detail\":\"请求体不得超过 " + maxBytes / 1024 + " KB\","
					+ "\"errors\":[{\"field\":\"$\",\"message\":\"请求体超过 " + maxBytes + " 字节\"}]}")
				.getBytes(StandardCharsets.UTF_8));
	}

	/** A chunked body, already read (it is within the limit), handed on as if it had not been. */
	private static final class ReadBody extends HttpServletRequestWrapper {

		private final byte[] body;

		ReadBody(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public int getContentLength() {
			return body.length;
		}

		@Override
		public long getContentLengthLong() {
			return body.length;
		}

		@Override
		public BufferedReader getReader() {
			Charset charset = getCharacterEncoding() == null ? StandardCharsets.UTF_8
					: Charset.forName(getCharacterEncoding());
			return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body), charset));
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(body);
			return new ServletInputStream() {
				@Override
				public int read() throws IOException {
					return in.read();
				}

				@Override
				public int read(byte[] buffer, int offset, int length) throws IOException {
					return in.read(buffer, offset, length);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("the body is already read");
				}
			};
		}
	}
}
