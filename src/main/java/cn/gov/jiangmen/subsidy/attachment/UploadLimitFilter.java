package cn.gov.jiangmen.subsidy.attachment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Multipart bodies (file uploads) are taken on the evidence paths only, and there at most one
 * file's worth: a body whose declared length is over the limit is refused with 413 before a byte of
 * it is read; a body without a declared length is cut off by the multipart limits as it is read. A
 * multipart body anywhere else is refused (415) before anything parses it.
 */
public class UploadLimitFilter extends OncePerRequestFilter {

	/** One file of 20 MB, its multipart framing and a few small fields. */
	public static final long MAX_REQUEST_BYTES = Evidence.MAX_FILE_BYTES + 512 * 1024;

	private static final Pattern UPLOAD_PATHS = Pattern
		.compile("^/(api|portal)/(applications|drafts)/([^/]+)/attachments$");

	/** Whether a request to this path may carry a file (the other filters leave its size to this one). */
	public static boolean isUploadPath(String path) {
		return UPLOAD_PATHS.matcher(path).matches();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String contentType = request.getContentType();
		boolean multipart = contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/");
		if (!multipart) {
			chain.doFilter(request, response);
			return;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		Matcher upload = UPLOAD_PATHS.matcher(path);
		if (!upload.matches()) {
			refuse(request, response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, "此地址不接收文件上传", path);
			return;
		}
		if (request.getContentLengthLong() > MAX_REQUEST_BYTES) {
			if (path.startsWith("/portal/")) {
				// The portal's own page says it beside the file field.
				String page = "drafts".equals(upload.group(2)) ? "/portal/drafts/" + upload.group(3)
						: "/portal/applications/" + upload.group(3) + "/correct";
				response.setStatus(HttpServletResponse.SC_SEE_OTHER);
				response.setHeader("Location", request.getContextPath() + page + "?upload=too-large#evidence");
				response.setHeader("Connection", "close");
				return;
			}
			refuse(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "文件不得超过 20 MB", path);
			return;
		}
		chain.doFilter(request, response);
	}

	private static void refuse(HttpServletRequest request, HttpServletResponse response, int status, String message,
			String path) throws IOException {
		response.setStatus(status);
		// The body is not read: the connection is not kept for another request.
		response.setHeader("Connection", "close");
		if (path.startsWith("/api/")) {
			response.setContentType("application/problem+json");
			response.getOutputStream()
				.write(("{\"type\":\"about:blank\",\"title\":\"" + (status == 413 ? "文件过大" : "不接收文件") + "\",\"status\":"
						+ status + ",\"detail\":\"" + message + "\",\"errors\":[{\"field\":\"file\",\"message\":\"" + message
						+ "\"}]}").getBytes(StandardCharsets.UTF_8));
		}
		else {
			response.setContentType("text/plain;charset=UTF-8");
			response.getOutputStream().write(message.getBytes(StandardCharsets.UTF_8));
		}
	}

}
