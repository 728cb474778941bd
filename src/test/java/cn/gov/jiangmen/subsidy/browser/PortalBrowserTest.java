package cn.gov.jiangmen.subsidy.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.FluentWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.gov.jiangmen.subsidy.ProcedureTest;
import cn.gov.jiangmen.subsidy.ProcedureDriver;
import cn.gov.jiangmen.subsidy.TestData;
import cn.gov.jiangmen.subsidy.attachment.EvidenceFiles;
import cn.gov.jiangmen.subsidy.processes.ProcessConstants.Elements;

/**
 * The enterprise's portal in a Chinese browser, as a clerk goes through it: sign in at {@code /},
 * check two items, save a draft, attach a PDF, pledge, submit, follow it under 我的申报; the district
 * returns it from Tasklist after opening the PDF; the clerk reads the reason and the notification,
 * corrects an item and resubmits. On an office screen with the mouse, and on a phone with the
 * keyboard alone. Every page is pictured under {@code target/browser-screenshots/portal-*}.
 */
@ProcedureTest
@Tag("browser")
class PortalBrowserTest {

	@RegisterExtension
	static final BrowserExtension browser = new BrowserExtension();

	static final String ENTERPRISE = "江门示范外贸有限公司";
	static final String RETURN_REASON = "请补充展位确认函；展位数按确认函填写。";

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	@TempDir
	Path files;

	@Autowired
	ProcedureDriver procedure;

	String baseUrl;

	Path contract;

	Dimension windowBefore;

	@BeforeEach
	void emptyProcedure() throws IOException {
		TestData.setClock(2026, 3, 2, 9, 30);
		baseUrl = "http://localhost:" + port;
		contract = Files.write(files.resolve("展位合同.pdf"), EvidenceFiles.pdf());
		windowBefore = browser.driver().manage().window().getSize();
	}

	@AfterEach
	void restore() {
		browser.driver().manage().window().setSize(windowBefore);
	}

	@Test
	void on_an_office_screen_the_enterprise_applies_the_district_returns_it_from_tasklist_and_the_enterprise_resubmits() {
		WebDriver driver = browser.driver();
		width(1400);
		Portal portal = new Portal(driver, baseUrl, false);
		String id = apply(portal, "1400");
		portal.signOut();

		// The district officer opens the PDF from the first-review form and returns the application.
		Tasklist tasklist = new Tasklist(driver, baseUrl).signIn("pengjiang-officer");
		tasklist.openFilter("我区待初审").openTask("区级初审").claim();
		tasklist.waitForFormText("申报编号：" + id, "申报材料", "展位合同.pdf", "企业承诺（第十五条）", "勾选承诺");
		assertThat(tasklist.formText()).contains("第1项 境外参展：展位合同.pdf");
		WebElement link = driver.findElement(By.xpath("//*[@cam-tasklist-task]//form//a[normalize-space()='展位合同.pdf']"));
		String fileId = jdbc.sql("SELECT id FROM app_attachment WHERE application_id = :id")
			.param("id", id)
			.query(String.class)
			.single();
		assertThat(link.getDomAttribute("href")).isEqualTo("/officer/applications/" + id + "/attachments/" + fileId);
		browser.tallScreenshot("portal-officer-1-district-review-evidence", 2000);
		// The bytes the officer's browser gets with the Tasklist sign-in: the enterprise's PDF, shown inline.
		@SuppressWarnings("unchecked")
		List<Object> answer = (List<Object>) ((JavascriptExecutor) driver).executeAsyncScript("""
				var done = arguments[arguments.length - 1];
				fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done([r.status, r.headers.get('Content-Type'),
					r.headers.get('Content-Disposition'), new TextDecoder('latin1').decode(b)])));""", link.getDomProperty("href"));
		assertThat(answer.get(0)).isEqualTo(200L);
		assertThat((String) answer.get(1)).startsWith("application/pdf");
		assertThat((String) answer.get(2)).startsWith("inline");
		assertThat((String) answer.get(3)).isEqualTo(new String(EvidenceFiles.pdf(), java.nio.charset.StandardCharsets.ISO_8859_1));

		String tasklistWindow = driver.getWindowHandle();
		((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", link);
		link.click();
		try {
			eventually(() -> driver.getWindowHandles().size() == 2, () -> "the file did not open in a new window");
			driver.switchTo()
				.window(driver.getWindowHandles().stream().filter(h -> !h.equals(tasklistWindow)).findFirst().orElseThrow());
			eventually(() -> driver.getCurrentUrl().endsWith("/officer/applications/" + id + "/attachments/" + fileId),
					() -> "the new window shows " + driver.getCurrentUrl());
			// The browser's own PDF viewer shows it: a document of type application/pdf, not Chromium's error
			// page ("localhost is blocked", ERR_BLOCKED_BY_CLIENT), which it showed while the new window
			// inherited the sandbox of Tasklist's Content-Security-Policy.
			Supplier<Object> shown = () -> ((JavascriptExecutor) driver).executeScript("return document.contentType;");
			try {
				eventually(() -> "application/pdf".equals(shown.get()), () -> "the new window shows a " + shown.get());
			}
			finally {
				browser.screenshot("portal-officer-2-evidence-pdf");
			}
			driver.close();
		}
		finally {
			driver.switchTo().window(tasklistWindow);
		}
		// The file opened beside the form (Tasklist's scripts/evidence-links.js), not instead of it.
		assertThat(driver.getCurrentUrl()).contains("/camunda/app/tasklist/");
		tasklist.waitForFormText("申报编号：" + id, "展位合同.pdf");

		tasklist.choose("初审结论", "退回补正").type("退回补正或不予支持的理由", RETURN_REASON);
		browser.tallScreenshot("portal-officer-3-district-review-return", 2000);
		tasklist.complete();
		eventually(() -> "RETURNED".equals(procedure.status(id)), () -> id + " is " + procedure.status(id));
		driver.manage().deleteAllCookies();

		width(1400); // the tall pictures of the form gave the window the extension's width back
		answerTheReturn(portal, id, "1400");
	}

	@Test
	void on_a_phone_the_enterprise_applies_and_answers_a_return_with_the_keyboard_alone_and_nothing_scrolls_sideways() {
		width(375);
		Portal portal = new Portal(browser.driver(), baseUrl, true);
		String id = apply(portal, "375");
		portal.signOut();
		procedure.districtDecides(id, "return", RETURN_REASON);
		answerTheReturn(portal, id, "375");
	}

	/**
	 * From the sign-in page to the submitted application under 我的申报: the self-check of two items
	 * (first with a field left out), a draft, a PDF for the exhibition, the pledge.
	 */
	private String apply(Portal portal, String width) {
		portal.signIn("enterprise-demo");
		page(portal, "1-home", width);
		assertThat(portal.heading()).isEqualTo(ENTERPRISE);
		assertThat(portal.text()).contains("正在申报", "暂无消息");

		portal.nav("我的申报");
		assertThat(portal.text()).contains("还没有提交过申报");
		page(portal, "2-my-applications-empty", width);

		portal.nav("政策计算器");
		assertThat(portal.heading()).isEqualTo("政策计算器");
		portal.addItem("境外参展")
			.type(0, "exhibitionName", "巴西国际工业展")
			.choose(0, "country", "巴西")
			.date(0, "startDate", LocalDate.of(2025, 6, 10))
			.tick(0, "keyPlan")
			.type(0, "booths", "2");
		portal.addItem("短期出口信用保险")
			.date(1, "paidDate", LocalDate.of(2025, 3, 1))
			.type(1, "premiumPaid", "100000.00");
		portal.submit("测算");
		// The exhibition's expenses were left out: said beside the field, in Chinese.
		assertThat(portal.errorOf(0, "expenses")).isEqualTo("请填写参展实际费用（元）");
		assertThat(portal.text()).contains("有 1 处需要修改，已在对应栏目旁标出：\n第1项 境外参展：请填写参展实际费用（元）")
			.doesNotContain("测算结果");
		page(portal, "3-check-error", width);

		portal.type(0, "expenses", "50000.00").submit("测算");
		assertThat(portal.text()).contains("测算结果", "扶持金额合计：45000.00 元", "第九条", "第十条", "巴西");
		assertThat(portal.rows()).hasSize(2);
		page(portal, "4-check-quote", width);

		portal.submit("保存为草稿，继续申报");
		assertThat(portal.heading()).isEqualTo("填写申报");
		assertThat(portal.status()).contains("已保存为草稿");
		assertThat(portal.field(0, "exhibitionName").getDomProperty("value")).isEqualTo("巴西国际工业展");
		assertThat(portal.field(0, "booths").getDomProperty("value")).isEqualTo("2");
		page(portal, "5-draft-saved", width);

		portal.upload(contract, "第1项 境外参展");
		assertThat(portal.status()).startsWith("已上传“展位合同.pdf”（PDF，");
		assertThat(portal.rows()).singleElement()
			.satisfies(row -> assertThat(row).startsWith("第1项 境外参展", "展位合同.pdf", "PDF"));

		portal.submit("提交申报");
		assertThat(portal.text()).contains("提交前请阅读并勾选承诺");
		page(portal, "6-draft-pledge-missing", width);

		portal.pledge().submit("提交申报");
		String id = portal.applicationId();
		assertThat(id).matches("JM-2026-\\d{6}");
		assertThat(portal.status()).isEqualTo("申报已提交，申报编号 " + id + "。区商务主管部门将进行初审。");
		assertThat(portal.text()).contains("区级初审中", "45000.00 元", "提交申报", "本企业", "展位合同.pdf");
		page(portal, "7-application-submitted", width);
		assertThat(procedure.status(id)).isEqualTo("DISTRICT_REVIEW");

		portal.nav("我的申报");
		assertThat(portal.rows()).singleElement()
			.satisfies(row -> assertThat(row).containsExactly(id, "2026-03-02 09:30", "区级初审中", "45,000.00"));
		page(portal, "8-my-applications", width);
		return id;
	}

	/** The return's reason and notification, then the corrected item resubmitted: back in 区级初审. */
	private void answerTheReturn(Portal portal, String id, String width) {
		portal.signIn("enterprise-demo");
		assertThat(portal.text()).contains("申报 " + id + " 被退回补正，请查看退回原因并处理。", RETURN_REASON);
		assertThat(portal.js("return document.querySelector('.site-nav').innerText;").toString()).contains("消息（1）");
		page(portal, "9-home-returned", width);

		portal.nav("消息");
		assertThat(portal.text()).contains("申报 " + id + " 被区商务主管部门退回补正。退回原因：" + RETURN_REASON, "未读");
		page(portal, "10-notifications", width);

		portal.follow("查看申报");
		assertThat(portal.text()).contains("退回补正", "区商务主管部门的退回原因：" + RETURN_REASON, "区级初审：退回补正");
		page(portal, "11-application-returned", width);

		portal.submit("修改并重新提交");
		assertThat(portal.heading()).isEqualTo("补正申报 " + id);
		assertThat(portal.text()).contains(RETURN_REASON, "展位合同.pdf");
		portal.type(0, "booths", "1");
		page(portal, "12-correction", width);
		portal.pledge().typeInto("comment", "已按展位确认函更正展位数。").submit("重新提交");

		assertThat(portal.applicationId()).isEqualTo(id);
		assertThat(portal.status()).isEqualTo("已重新提交，申报回到区级初审。");
		assertThat(portal.text()).contains("区级初审中", "补正后重新提交", "已按展位确认函更正展位数。", "25000.00 元");
		page(portal, "13-application-resubmitted", width);

		assertThat(procedure.status(id)).isEqualTo("DISTRICT_REVIEW");
		assertThat(procedure.task(id, Elements.DISTRICT_REVIEW)).as("the first review task again").isNotNull();
		assertThat(procedure.task(id, Elements.SUPPLEMENT_APPLICATION)).isNull();
		assertThat(procedure.application("enterprise-demo", id).get("total").asText()).isEqualTo("25000.00");
	}

	/** Checks the page (Chinese, fits, every control labelled) and keeps its picture. */
	private static void page(Portal portal, String name, String width) {
		portal.assertUsable();
		browser.pageScreenshot("portal-" + width + "-" + name);
	}

	private void width(int width) {
		WebDriver driver = browser.driver();
		driver.manage().window().setSize(new Dimension(width, 900));
		Object inner = ((JavascriptExecutor) driver).executeScript("return window.innerWidth;");
		assertThat(((Number) inner).intValue()).as("the page's width").isEqualTo(width);
	}

	private static void eventually(Supplier<Boolean> condition, Supplier<String> message) {
		new FluentWait<>(condition).withTimeout(BrowserExtension.WAIT)
			.pollingEvery(Duration.ofMillis(100))
			.withMessage(message)
			.until(Supplier::get);
	}

}
