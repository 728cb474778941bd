package cn.gov.jiangmen.subsidy.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.gov.jiangmen.subsidy.AppTest;

/** The app's own pages behind one sign-in, against the engine's users; the other surfaces keep theirs. */
@AppTest
class SignInTest {

	@LocalServerPort
	int port;

	WebSession browser;

	@BeforeEach
	void aFreshBrowser() {
		browser = new WebSession(port);
	}

	@Test
	void a_visitor_at_the_root_gets_the_chinese_sign_in_page() {
		HttpResponse<String> page = browser.get("/");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("<html lang=\"zh-CN\"", "登录", "用户名", "密码", "name=\"_csrf\"")
			.doesNotContain("Camunda");
	}

	@Test
	void a_page_behind_the_sign_in_sends_a_visitor_to_the_sign_in_page() {
		HttpResponse<String> page = browser.get("/portal");
		assertThat(page.statusCode()).isEqualTo(302);
		assertThat(page.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
	}

	@Test
	void a_wrong_password_is_answered_in_chinese_beside_the_field() {
		browser.get("/login");
		HttpResponse<String> refused = browser.postForm("/login", Map.of("username", "xinhui-finance", "password", "wrong"));
		assertThat(refused.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
		HttpResponse<String> page = browser.get("/login?error");
		assertThat(page.body()).contains("id=\"login-error\"", "用户名或密码不正确", "aria-invalid=\"true\"");
	}

	@Test
	void a_sign_in_without_the_form_s_csrf_token_is_refused() {
		browser.get("/login");
		HttpResponse<String> refused = browser.postFormExactly("/login", Map.of("username", "enterprise-demo", "password", "demo"));
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(browser.get("/portal").statusCode()).as("still signed out").isEqualTo(302);
	}

	@Test
	void an_enterprise_user_signs_in_to_its_own_portal() {
		browser.signIn("enterprise-demo", "demo");
		HttpResponse<String> home = browser.follow("/");
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.uri().getPath()).isEqualTo("/portal");
		assertThat(home.body()).contains("江门示范外贸有限公司", "91440703MA4U000013", "退出");
		assertThat(browser.get("/officer").statusCode()).as("the officers' pages").isEqualTo(403);
	}

	@Test
	void an_officer_signs_in_to_the_officers_pages_and_not_to_an_enterprise_s_portal() {
		browser.signIn("pengjiang-officer", "demo");
		HttpResponse<String> home = browser.follow("/");
		assertThat(home.uri().getPath()).isEqualTo("/officer");
		assertThat(home.body()).contains("工作台", "蓬江区商务局");
		HttpResponse<String> portal = browser.get("/portal");
		assertThat(portal.statusCode()).isEqualTo(403);
		assertThat(portal.body()).contains("无权访问").doesNotContain("Whitelabel");
	}

	@Test
	void signing_out_ends_the_session() {
		browser.signIn("enterprise-demo", "demo");
		browser.follow("/");
		HttpResponse<String> out = browser.postForm("/logout", Map.of());
		assertThat(out.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?logout"));
		assertThat(browser.get("/login?logout").body()).contains("您已安全退出");
		assertThat(browser.get("/portal").statusCode()).isEqualTo(302);
	}

	@Test
	void an_unknown_page_is_a_chinese_404() {
		HttpResponse<String> page = browser.get("/notices/no-such-notice");
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).contains("页面不存在").doesNotContain("Whitelabel");
	}

	@Test
	void the_rest_api_and_the_webapps_keep_their_own_authentication() {
		assertThat(browser.get("/api/calls").statusCode()).as("/api without HTTP Basic").isEqualTo(401);
		assertThat(browser.send(HttpRequest.newBuilder(browser.uri("/engine-rest/task")).GET()).statusCode())
			.as("/engine-rest without HTTP Basic").isEqualTo(401);
		assertThat(browser.follow("/camunda/app/tasklist/").statusCode()).isEqualTo(200);
		assertThat(browser.get("/actuator/health").body()).contains("\"status\":\"UP\"");
	}

}
