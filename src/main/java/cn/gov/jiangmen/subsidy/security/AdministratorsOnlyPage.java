package cn.gov.jiangmen.subsidy.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;

/**
 * What a signed-in officer sees on opening Cockpit or Admin: Camunda's webapps refuse a user
 * without access to them with 403, which Spring Boot would show as its English "Whitelabel Error
 * Page". Instead, a Chinese page says that these are the administrators' and leads back to
 * Tasklist. Every other error keeps Spring Boot's handling.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AdministratorsOnlyPage implements ErrorViewResolver {

	static final Pattern ADMINISTRATORS_APPS = Pattern.compile("/camunda/app/(cockpit|admin)(/.*)?");

	private final View page = new StaticPage(read("pages/administrators-only.html"));

	@Override
	public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (status != HttpStatus.FORBIDDEN || uri == null) {
			return null;
		}
		String path = uri.toString().substring(request.getContextPath().length());
		if (!ADMINISTRATORS_APPS.matcher(path).matches()) {
			return null;
		}
		ModelAndView refusal = new ModelAndView(page);
		refusal.setStatus(HttpStatus.FORBIDDEN);
		return refusal;
	}

	private static byte[] read(String resource) {
		try (InputStream in = new ClassPathResource(resource).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private record StaticPage(byte[] html) implements View {

		@Override
		public String getContentType() {
			return "text/html;charset=UTF-8";
		}

		@Override
		public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
				throws IOException {
			response.setContentType(getContentType());
			response.setContentLength(html.length);
			response.getOutputStream().write(html);
		}

	}

}
