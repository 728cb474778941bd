package cn.gov.jiangmen.subsidy.portal;

import static cn.gov.jiangmen.subsidy.TestData.setClock;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.gov.jiangmen.subsidy.ProcedureTest;
import cn.gov.jiangmen.subsidy.ProcedureDriver;
import cn.gov.jiangmen.subsidy.TestData;
import cn.gov.jiangmen.subsidy.attachment.EvidenceFiles;
import cn.gov.jiangmen.subsidy.processes.ProcessConstants.Elements;
import cn.gov.jiangmen.subsidy.web.WebSession;

/** The enterprise's portal over plain HTTP, as a browser without JavaScript uses it. */
@ProcedureTest
class PortalTest {

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	@Autowired
	ProcedureDriver driver;

	WebSession clerk;

	@BeforeEach
	void signedIn() {
		setClock(2026, 3, 10, 9, 0);
		clerk = new WebSession(port).signIn("enterprise-demo", "demo");
	}

	static Map<String, String> twoItems(String booths) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("enterprise.tradeRecordSince2024", "true");
		form.put("items[0].type", "OVERSEAS_EXHIBITION");
		form.put("items[0].exhibitionName", "巴西国际工业展 <b>2025</b>");
		form.put("items[0].country", "BR");
		form.put("items[0].startDate", "2025-06-10");
		form.put("items[0].keyPlan", "true");
		form.put("items[0].boothKind", "STANDARD");
		form.put("items[0].booths", booths);
		form.put("items[0].expenses", "50000.00");
		form.put("items[1].type", "EXPORT_CREDIT_INSURANCE");
		form.put("items[1].paidDate", "2025-03-01");
		form.put("items[1].premiumPaid", "100000.00");
		return form;
	}

	@Test
	void the_self_check_shows_each_item_s_amount_article_and_trace_in_chinese_and_stores_nothing() {
		Map<String, String> form = twoItems("2");
		form.put("action", "quote");
		clerk.get("/portal/check");
		HttpResponse<String> page = clerk.postForm("/portal/check", form);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("测算结果", "境外参展", "40000.00", "第九条", "短期出口信用保险", "5000.00", "45000.00",
				"举办地 巴西").doesNotContain("举办地 BR");
		assertThat(page.body()).as("typed text is escaped").contains("巴西国际工业展 &lt;b&gt;2025&lt;/b&gt;")
			.doesNotContain("<b>2025</b>");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM app_draft").query(Long.class).single()).isZero();

		form.put("items[1].premiumPaid", "-5");
		form.remove("items[0].country");
		HttpResponse<String> wrong = clerk.postForm("/portal/check", form);
		assertThat(wrong.body()).contains("id=\"items-0-country-error\"", "id=\"items-1-premiumPaid-error\"");
	}

	@Test
	void a_draft_with_a_file_and_the_pledge_becomes_an_application_under_my_applications() {
		Map<String, String> form = twoItems("2");
		form.put("action", "save");
		clerk.get("/portal/check");
		HttpResponse<String> saved = clerk.postForm("/portal/check", form);
		assertThat(saved.statusCode()).isEqualTo(302);
		String draft = saved.headers().firstValue("Location").orElseThrow().replaceAll(".*/portal/drafts/([^?]+).*", "$1");
		assertThat(clerk.get(saved.headers().firstValue("Location").orElseThrow()).body()).contains("已保存为草稿", "巴西",
				"50000.00");

		HttpResponse<String> upload = clerk.postFile("/portal/drafts/" + draft + "/attachments", "file", "展位合同.pdf",
				EvidenceFiles.pdf(), Map.of("itemIndex", "0"));
		assertThat(upload.statusCode()).isEqualTo(302);
		assertThat(clerk.get("/portal/drafts/" + draft).body()).contains("已上传“展位合同.pdf”");
		HttpResponse<String> exe = clerk.postFile("/portal/drafts/" + draft + "/attachments", "file", "发票.pdf",
				EvidenceFiles.windowsProgram(), Map.of());
		assertThat(exe.statusCode()).isEqualTo(302);
		assertThat(clerk.get("/portal/drafts/" + draft).body()).contains("只接受 PDF、JPEG 或 PNG", "展位合同.pdf",
				"<td data-label=\"所属事项\">第1项 境外参展</td>");

		Map<String, String> submit = twoItems("2");
		submit.put("action", "submit");
		HttpResponse<String> noPledge = clerk.postForm("/portal/drafts/" + draft, submit);
		assertThat(noPledge.body()).contains("id=\"pledge-error\"", "提交前请阅读并勾选承诺");
		submit.put("pledge", "true");
		HttpResponse<String> submitted = clerk.postForm("/portal/drafts/" + draft, submit);
		assertThat(submitted.statusCode()).isEqualTo(302);
		String id = submitted.headers().firstValue("Location").orElseThrow().replaceAll(".*/portal/applications/", "");
		assertThat(driver.status(id)).isEqualTo("DISTRICT_REVIEW");
		assertThat(jdbc.sql("SELECT pledged_by FROM app_pledge WHERE application_id = :id").param("id", id)
			.query(String.class).single()).isEqualTo("enterprise-demo");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM app_attachment WHERE application_id = :id").param("id", id)
			.query(Long.class).single()).isEqualTo(1);

		HttpResponse<String> list = clerk.get("/portal/applications");
		assertThat(list.body()).contains(id, "区级初审中", "45,000.00");
		assertThat(clerk.get("/portal/applications/" + id).body()).contains("提交申报", "本企业", "展位合同.pdf", "第1项 境外参展");
	}

	@Test
	void a_returned_application_shows_the_reason_and_a_notification_and_is_corrected_and_resubmitted() {
		String id = driver.submit("enterprise-demo", TestData.demoRequest()).get("id").asText();
		driver.districtDecides(id, "return", "请补充展位确认函，展位数按确认函填写");
		assertThat(clerk.get("/portal").body()).contains("被退回补正");
		assertThat(clerk.get("/portal/notifications").body()).contains("退回原因：请补充展位确认函，展位数按确认函填写");
		assertThat(clerk.get("/portal/applications/" + id).body()).contains("退回补正", "请补充展位确认函，展位数按确认函填写");

		HttpResponse<String> correct = clerk.postForm("/portal/applications/" + id + "/correct", Map.of());
		String draft = correct.headers().firstValue("Location").orElseThrow().replaceAll(".*/portal/drafts/", "");
		String page = clerk.get("/portal/drafts/" + draft).body();
		assertThat(page).contains("补正申报", "请补充展位确认函", "重新提交");
		clerk.postFile("/portal/drafts/" + draft + "/attachments", "file", "展位确认函.png", EvidenceFiles.png(),
				Map.of("itemIndex", "0"));

		Map<String, String> corrected = twoItems("1");
		corrected.put("items[0].origin", "0");
		corrected.put("items[1].origin", "1");
		corrected.put("action", "resubmit");
		corrected.put("pledge", "true");
		corrected.put("comment", "已按确认函更正展位数");
		clerk.get("/portal/drafts/" + draft);
		HttpResponse<String> resubmitted = clerk.postForm("/portal/drafts/" + draft, corrected);
		assertThat(resubmitted.statusCode()).isEqualTo(302);
		assertThat(driver.instance(id)).isNotNull();
		assertThat(driver.task(id, Elements.DISTRICT_REVIEW)).isNotNull();
		assertThat(driver.application("enterprise-demo", id).get("total").asText()).isEqualTo("25000.00");
		assertThat(clerk.get("/portal/applications/" + id).body()).contains("补正后重新提交", "已按确认函更正展位数", "展位确认函.png");
	}

	@Test
	void a_returned_application_can_be_withdrawn_with_a_reason() {
		String id = driver.submit("enterprise-demo", TestData.demoRequest()).get("id").asText();
		driver.districtDecides(id, "return", "请补充材料");
		clerk.get("/portal/applications/" + id);
		assertThat(clerk.postForm("/portal/applications/" + id + "/withdraw", Map.of("reason", "")).body())
			.contains("id=\"reason-error\"");
		clerk.get("/portal/applications/" + id);
		assertThat(clerk.postForm("/portal/applications/" + id + "/withdraw", Map.of("reason", "展会取消，不再申报"))
			.statusCode()).isEqualTo(302);
		assertThat(driver.status(id)).isEqualTo("WITHDRAWN");
		assertThat(clerk.get("/portal/applications/" + id).body()).contains("已撤回", "展会取消，不再申报");
	}

	@Test
	void another_enterprise_s_applications_drafts_and_files_are_absent_and_forms_need_their_csrf_token() {
		String id = driver.submit("jianghai-officer",
				TestData.request("91440704MA4UJH001P", "江海示范进出口有限公司", "JIANGHAI")).get("id").asText();
		assertThat(clerk.get("/portal/applications/" + id).statusCode()).isEqualTo(404);
		assertThat(clerk.get("/portal/applications/" + id + "/attachments/1").statusCode()).isEqualTo(404);
		String otherDraft = java.util.UUID.randomUUID().toString();
		jdbc.sql("""
				INSERT INTO app_draft (id, credit_code, content_json, created_by, created_at, updated_by, updated_at)
				VALUES (:id, '91440704MA4UJH001P', '{"enterprise":{},"items":[]}', 'x', CURRENT_TIMESTAMP, 'x', CURRENT_TIMESTAMP)""")
			.param("id", otherDraft).update();
		assertThat(clerk.get("/portal/drafts/" + otherDraft).statusCode()).isEqualTo(404);
		assertThat(clerk.postFormExactly("/portal/drafts", Map.of()).statusCode()).isEqualTo(403);
		assertThat(new WebSession(port).signIn("pengjiang-officer", "demo").get("/portal/applications").statusCode())
			.isEqualTo(403);
	}

}
