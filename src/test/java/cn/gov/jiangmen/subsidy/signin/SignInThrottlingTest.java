package cn.gov.jiangmen.subsidy.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.identity.User;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.gov.jiangmen.subsidy.AppTest;
import cn.gov.jiangmen.subsidy.web.WebSession;

/**
 * The sign-in throttle at each door, with small limits for these tests only: 3 free failures per
 * account, waits of 3 s. (The shared test context sets the limits out of reach, so that tests which
 * try wrong passwords do not slow each other down; a context of its own would start a second
 * engine that the REST API and the webapps, which look the engine up by name, cannot tell apart.)
 */
@AppTest
class SignInThrottlingTest {

	@Autowired
	SignInThrottle throttle;

	SignInThrottle.Settings shared;

	@BeforeEach
	void tightLimits() {
		shared = throttle.settings();
		throttle.use(new SignInThrottle.Settings(new SignInThrottle.Rule(60, Duration.ofSeconds(3), Duration.ofMinutes(5)),
				new SignInThrottle.Rule(3, Duration.ofSeconds(3), Duration.ofSeconds(3)), Duration.ofMinutes(15)));
		jdbc.sql("DELETE FROM app_sign_in_audit").update();
	}

	@AfterEach
	void sharedLimits() {
		throttle.use(shared);
	}

	@LocalServerPort
	int port;

	@Autowired
	IdentityService identity;

	@Autowired
	JdbcClient jdbc;

	final HttpClient http = HttpClient.newHttpClient();

	@Test
	void after_three_wrong_passwords_on_the_rest_api_the_account_waits_and_is_told_so_in_chinese() throws Exception {
		for (int i = 0; i < 3; i++) {
			assertThat(restCall("jianghai-officer", "wrong-" + i).statusCode()).isEqualTo(401);
		}
		HttpResponse<String> refused = restCall("jianghai-officer", "demo");
		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(
				seconds -> assertThat(Integer.parseInt(seconds)).isBetween(1, 3));
		assertThat(refused.body()).contains("登录失败次数过多", "秒后再试", "SIGN_IN_THROTTLED");

		assertThat(restCall("xinhui-officer", "demo").statusCode())
			.as("another account from the same address").isEqualTo(200);
		assertThat(audit("jianghai-officer")).containsExactly("FAILED REST 127.0.0.1", "FAILED REST 127.0.0.1",
				"FAILED REST 127.0.0.1", "THROTTLED REST 127.0.0.1");
	}

	@Test
	void a_wait_expires_by_itself() throws Exception {
		for (int i = 0; i < 3; i++) {
			restCall("pengjiang-finance", "wrong");
		}
		assertThat(restCall("pengjiang-finance", "demo").statusCode()).isEqualTo(429);
		Thread.sleep(4_000);
		assertThat(restCall("pengjiang-finance", "demo").statusCode()).isEqualTo(200);
		// Not throttled again; its success may not be a new row (a REST client's success is recorded
		// once per address in ten minutes, and other tests of the shared context call as this user).
		List<String> record = audit("pengjiang-finance");
		assertThat(record.subList(0, 4)).containsExactly("FAILED REST 127.0.0.1", "FAILED REST 127.0.0.1",
				"FAILED REST 127.0.0.1", "THROTTLED REST 127.0.0.1");
		assertThat(record.subList(4, record.size())).isSubsetOf("SUCCEEDED REST 127.0.0.1");
	}

	@Test
	void the_admin_is_never_locked_by_failures_from_outside() throws Exception {
		for (int i = 0; i < 12; i++) {
			assertThat(restCall("admin", "guess-" + i).statusCode()).isEqualTo(401);
		}
		assertThat(restCall("admin", "demo").statusCode()).isEqualTo(200);
	}

	@Test
	void the_portal_sign_in_page_says_how_long_to_wait_beside_the_field() {
		WebSession browser = new WebSession(port);
		browser.get("/login");
		for (int i = 0; i < 3; i++) {
			browser.postForm("/login", Map.of("username", "xinhui-finance", "password", "wrong"));
			browser.get("/login?error");
		}
		browser.postForm("/login", Map.of("username", "xinhui-finance", "password", "demo"));
		String page = browser.get("/login?error").body();
		assertThat(page).contains("id=\"login-error\"", "登录失败次数过多", "秒后再试");
		assertThat(audit("xinhui-finance")).containsExactly("FAILED PORTAL 127.0.0.1", "FAILED PORTAL 127.0.0.1",
				"FAILED PORTAL 127.0.0.1", "THROTTLED PORTAL 127.0.0.1");
	}

	@Test
	void a_successful_portal_sign_in_is_on_the_record_with_its_address() {
		new WebSession(port).signIn("enterprise-demo", "demo");
		assertThat(audit("enterprise-demo")).contains("SUCCEEDED PORTAL 127.0.0.1");
	}

	@Test
	void the_webapps_sign_in_is_throttled_too() throws Exception {
		CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
		HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
		browser.send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default")).GET().build(),
				HttpResponse.BodyHandlers.discarding());
		String token = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
			.map(HttpCookie::getValue).findFirst().orElseThrow();
		for (int i = 0; i < 3; i++) {
			assertThat(webappLogin(browser, token, "city-finance", "wrong").statusCode()).isEqualTo(401);
		}
		HttpResponse<String> refused = webappLogin(browser, token, "city-finance", "demo");
		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.body()).contains("登录失败次数过多");
		assertThat(audit("city-finance")).containsExactly("FAILED WEBAPPS 127.0.0.1", "FAILED WEBAPPS 127.0.0.1",
				"FAILED WEBAPPS 127.0.0.1", "THROTTLED WEBAPPS 127.0.0.1");
	}

	@Test
	void the_engine_itself_never_locks_an_account() {
		for (int i = 0; i < 15; i++) {
			assertThat(identity.checkPassword("city-officer", "wrong")).isFalse();
		}
		assertThat(identity.checkPassword("city-officer", "demo")).isTrue();
	}

	@Test
	void a_wrong_password_leaves_no_lock_for_a_clock_set_back() {
		assertThat(identity.checkPassword("jianghai-finance", "wrong")).isFalse();
		org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(java.sql.Timestamp.valueOf("2026-03-10 09:00:00"));
		try {
			assertThat(identity.checkPassword("jianghai-finance", "demo")).isTrue();
		}
		finally {
			org.camunda.bpm.engine.impl.util.ClockUtil.reset();
		}
	}

	@Test
	void passwords_set_through_the_engine_follow_its_password_policy_the_demo_password_excepted_outside_prod() {
		User weak = identity.newUser("policy-weak");
		weak.setPassword("12345678");
		assertThatThrownBy(() -> identity.saveUser(weak)).isInstanceOf(ProcessEngineException.class);

		User strong = identity.newUser("policy-strong");
		strong.setPassword("Jm-Waimao-2026!");
		identity.saveUser(strong);
		User demo = identity.newUser("policy-demo");
		demo.setPassword("demo");
		identity.saveUser(demo);
		assertThat(identity.createUserQuery().userIdIn("policy-strong", "policy-demo").count()).isEqualTo(2);
	}

	private HttpResponse<String> restCall(String user, String password) throws Exception {
		String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
		return http.send(HttpRequest.newBuilder(uri("/engine-rest/task/count")).header("Authorization", "Basic " + basic)
			.GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> webappLogin(HttpClient browser, String token, String user, String password)
			throws Exception {
		return browser.send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/tasklist"))
			.header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", token)
			.POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + password)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private List<String> audit(String user) {
		return jdbc.sql("SELECT outcome, door, address FROM app_sign_in_audit WHERE user_id = :u ORDER BY id")
			.param("u", user)
			.query((rs, n) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3))
			.list();
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

}
