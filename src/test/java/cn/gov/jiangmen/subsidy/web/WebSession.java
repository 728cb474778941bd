package cn.gov.jiangmen.subsidy.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser's view of the app's own pages over plain HTTP: one cookie jar (the session), no
 * automatic redirects (tests look at them), and the CSRF token taken from the last page's form as
 * a browser would send it back.
 */
public final class WebSession {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"");

	private final String baseUrl;
	private final HttpClient http;
	private String csrfToken;

	public WebSession(int port) {
		this.baseUrl = "http://localhost:" + port;
		CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
		this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
	}

	/** Signs in through the sign-in page; the session then acts for this user. */
	public WebSession signIn(String user, String password) {
		get("/login");
		HttpResponse<String> response = postForm("/login", Map.of("username", user, "password", password));
		if (response.statusCode() != 302 || response.headers().firstValue("Location").orElse("").contains("error")) {
			throw new IllegalStateException(user + " could not sign in: " + response.statusCode() + " "
					+ response.headers().firstValue("Location").orElse(""));
		}
		return this;
	}

	public HttpResponse<String> get(String path) {
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path)).GET());
		rememberCsrfToken(response.body());
		return response;
	}

	/** Follows redirects within the app, as a browser would, and answers the final page. */
	public HttpResponse<String> follow(String path) {
		HttpResponse<String> response = get(path);
		for (int hops = 0; hops < 5 && response.statusCode() / 100 == 3; hops++) {
			response = get(response.headers().firstValue("Location").orElseThrow());
		}
		return response;
	}

	/** Posts a form with the CSRF token of the last page, as the page's own form would. */
	public HttpResponse<String> postForm(String path, Map<String, String> fields) {
		Map<String, String> withToken = new LinkedHashMap<>(fields);
		if (csrfToken != null) {
			withToken.putIfAbsent("_csrf", csrfToken);
		}
		return postFormExactly(path, withToken);
	}

	/** Posts exactly these fields, without adding a CSRF token. */
	public HttpResponse<String> postFormExactly(String path, Map<String, String> fields) {
		String body = fields.entrySet()
			.stream()
			.map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
			.collect(Collectors.joining("&"));
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
		rememberCsrfToken(response.body());
		return response;
	}

	public HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return http.send(request.header("Accept-Language", "zh-CN,zh;q=0.9")
				.header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
				.build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	public URI uri(String path) {
		return URI.create(path.startsWith("http") ? path : baseUrl + path);
	}

	/** A file the session downloads (an .xlsx), as bytes. */
	public HttpResponse<byte[]> download(String path) {
		try {
			return http.send(HttpRequest.newBuilder(uri(path)).header("Accept-Language", "zh-CN,zh;q=0.9").GET().build(),
					HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private void rememberCsrfToken(String html) {
		if (html == null) {
			return;
		}
		Matcher matcher = CSRF.matcher(html);
		if (matcher.find()) {
			csrfToken = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
