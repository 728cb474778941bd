package cn.gov.jiangmen.subsidy.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.gov.jiangmen.subsidy.AppTest;

@AppTest
class SessionsTest {

	@LocalServerPort
	int port;

	@Test
	void signing_out_everywhere_ends_the_user_s_session_on_every_device() {
		WebSession office = new WebSession(port).signIn("pengjiang-officer", "demo");
		WebSession phone = new WebSession(port).signIn("pengjiang-officer", "demo");
		WebSession colleague = new WebSession(port).signIn("jianghai-officer", "demo");
		assertThat(phone.get("/officer").statusCode()).isEqualTo(200);

		office.get("/officer");
		HttpResponse<String> out = office.postForm("/logout/everywhere", Map.of());
		assertThat(out.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).endsWith("/login?logout-everywhere"));
		assertThat(office.get("/login?logout-everywhere").body()).contains("您已在所有设备上退出登录");
		assertThat(office.get("/officer").statusCode()).isEqualTo(302);

		HttpResponse<String> onThePhone = phone.get("/officer");
		assertThat(onThePhone.statusCode()).isEqualTo(302);
		assertThat(onThePhone.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).endsWith("/login?expired"));
		assertThat(phone.get("/login?expired").body()).contains("登录已失效", "已保存的草稿不会丢失");

		assertThat(colleague.get("/officer").statusCode()).as("another user's session").isEqualTo(200);
	}

	@Test
	void a_signed_in_page_knows_the_idle_time_and_can_keep_the_session_alive() {
		WebSession clerk = new WebSession(port).signIn("enterprise-demo", "demo");
		String page = clerk.follow("/portal").body();
		assertThat(page).contains("id=\"session-warning\"", "data-idle-seconds=\"1800\"", "/js/session-timeout.js",
				"退出所有设备");
		assertThat(clerk.get("/session/keep-alive").statusCode()).isEqualTo(204);
		assertThat(new WebSession(port).get("/session/keep-alive").statusCode()).as("signed out").isEqualTo(302);
	}

	@Test
	void a_visitor_s_pages_carry_no_session_warning() {
		assertThat(new WebSession(port).get("/login").body()).doesNotContain("session-warning", "退出所有设备");
	}

}
