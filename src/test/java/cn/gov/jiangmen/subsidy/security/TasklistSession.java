package cn.gov.jiangmen.subsidy.security;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * A user signed in to Tasklist as its browser would be: session cookie, XSRF token, and the engine
 * REST API that Tasklist itself calls ({@code /camunda/api/engine/engine/default/...}).
 */
final class TasklistSession {

	static final String ENGINE = "/camunda/api/engine/engine/default";

	record Answer(int status, String body) {
	}

	private final String root;
	private final CookieManager cookies = new CookieManager();
	private final HttpClient http;

	private TasklistSession(String root) {
		this.root = root;
		this.http = HttpClient.newBuilder().cookieHandler(cookies).build();
	}

	static TasklistSession signIn(String root, String user, String password) {
		TasklistSession session = new TasklistSession(root);
		session.send("GET", "/camunda/api/admin/auth/user/default", null, null);
		String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(password, StandardCharsets.UTF_8);
		Answer login = session.send("POST", "/camunda/api/admin/auth/user/default/login/tasklist", form,
				"application/x-www-form-urlencoded");
		if (login.status() != 200) {
			throw new IllegalStateException(user + " could not sign in to Tasklist: " + login);
		}
		// The login starts a new session, which gets its own token with its first read.
		session.send("GET", "/camunda/api/admin/auth/user/default", null, null);
		return session;
	}

	/** A call to the engine REST API as Tasklist makes it, with the session's XSRF token. */
	Answer engine(String method, String path, String json) {
		return send(method, ENGINE + path, json, json == null ? null : "application/json");
	}

	private Answer send(String method, String path, String body, String contentType) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(root + path))
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.header("Accept", "application/json");
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		xsrfToken().ifPresent(token -> request.header("X-XSRF-TOKEN", token));
		try {
			HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Answer(response.statusCode(), response.body());
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private java.util.Optional<String> xsrfToken() {
		return cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
			.map(HttpCookie::getValue)
			.reduce((first, last) -> last);
	}

}
