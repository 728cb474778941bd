package cn.gov.jiangmen.subsidy.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.gov.jiangmen.subsidy.ProcedureTest;
import cn.gov.jiangmen.subsidy.ProcedureDriver;
import cn.gov.jiangmen.subsidy.TestData;
import cn.gov.jiangmen.subsidy.processes.ProcessConstants.Elements;

/**
 * What the bureaus publish and look at, in a Chinese browser at 1400 px and 375 px: the public
 * notice (screen and print), the 发布公示 form's preview in Tasklist, the objections page, the
 * statistics with their charts, the lists and the search. Pictures under
 * {@code target/browser-screenshots/publication-*.png}.
 */
@ProcedureTest
@Tag("browser")
class PublicationBrowserTest {

	@RegisterExtension
	static final BrowserExtension browser = new BrowserExtension();

	@Autowired
	TestRestTemplate rest;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	@Autowired
	ProcedureDriver procedure;

	String published;

	String waiting;

	@BeforeEach
	void aNoticeRunningAndAnotherWaiting() {
		TestData.setClock(2026, 9, 30, 10, 0);
		published = procedure.toPublicNotice(TestData.demoRequest());
		waiting = procedure.submit("enterprise-demo", TestData.demoRequest().replace("2025-06-10", "2025-09-10")
			.replace("2025-03-01", "2025-04-01")).get("id").asText();
		procedure.districtDecides(waiting, "approve", "同意");
		procedure.districtReportsPlan();
		procedure.cityDecides(waiting, "approve", "同意");
	}

	@Test
	void the_public_notice_on_screen_on_a_phone_and_in_print_then_an_objection_sent_from_it() {
		WebDriver driver = browser.driver();
		String noticeId = jdbc.sql("SELECT id FROM app_notice").query(String.class).single();
		driver.get(url("/notices"));
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("公示中");
		driver.findElement(By.linkText(driver.findElement(By.cssSelector("main table a")).getText())).click();
		new WebDriverWait(driver, BrowserExtension.WAIT).until(ExpectedConditions.urlContains("/notices/" + noticeId));
		String page = driver.findElement(By.tagName("main")).getText();
		assertThat(page).contains("2026年10月8日", published, "江门示范外贸有限公司", "蓬江区", "境外参展", "提出异议");
		browser.tallScreenshot("publication-notice-1400", 2000);
		assertNoSidewaysScrolling(driver, "publication-notice-375");

		((ChromeDriver) driver).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
		try {
			assertThat(driver.findElement(By.cssSelector("header.site-header")).isDisplayed()).as("no site header on paper").isFalse();
			browser.tallScreenshot("publication-notice-print", 1400);
		}
		finally {
			((ChromeDriver) driver).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
		}

		new org.openqa.selenium.support.ui.Select(driver.findElement(By.name("applicationId"))).selectByValue(published);
		driver.findElement(By.name("reason")).sendKeys("该企业未实际参加该展会。");
		driver.findElement(By.name("name")).sendKeys("张三");
		driver.findElement(By.name("contact")).sendKeys("13800000000");
		driver.findElement(By.xpath("//button[text()='提交异议']")).click();
		new WebDriverWait(driver, BrowserExtension.WAIT)
			.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "您的异议已收到"));
		browser.screenshot("publication-objection-received");
	}

	@Test
	void the_publish_form_previews_the_notice_and_the_officers_pages_show_objections_statistics_lists_and_search() {
		WebDriver driver = browser.driver();
		String taskId = procedure.batchTask(Elements.PUBLISH_NOTICE).getId();
		Tasklist tasklist = new Tasklist(driver, "http://localhost:" + port).signIn("city-officer");
		tasklist.openTaskByLink(taskId);
		tasklist.waitForFormText("公示期");
		String form = driver.findElement(By.cssSelector("[cam-tasklist-task]")).getText();
		assertThat(form).contains("江门市外贸高质量创新发展扶持资金拟支持项目公示", "公示期", waiting, "下载公示名单（电子表格）");
		tasklist.screenshotOfTask(browser, "publication-publish-form");

		rest.postForEntity("/api/public/notices/" + jdbc.sql("SELECT id FROM app_notice").query(String.class).single()
				+ "/objections", jsonEntity("""
						{"applicationId": "%s", "reason": "展会照片与实际不符，请核查。", "name": "王五", "contact": "wangwu@example.cn"}"""
					.formatted(published)), String.class);

		signIn(driver, "city-officer");
		driver.get(url("/officer"));
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("统计分析", "清单下载", "申报查询", "公示异议");
		browser.screenshot("publication-officer-home");

		driver.get(url("/officer/objections"));
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("展会照片与实际不符", "王五", "转入重新调查", "不予受理");
		browser.tallScreenshot("publication-objections-1400", 1400);
		assertNoSidewaysScrolling(driver, "publication-objections-375");

		driver.get(url("/officer/statistics?year=2026"));
		new WebDriverWait(driver, BrowserExtension.WAIT)
			.until(d -> !d.findElements(By.cssSelector("#chart-districts svg")).isEmpty()
					&& !d.findElements(By.cssSelector("#chart-types svg")).isEmpty()
					&& !d.findElements(By.cssSelector("#chart-statuses svg")).isEmpty());
		assertThat(driver.findElement(By.id("table-districts")).getText()).contains("蓬江区");
		assertThat(driver.findElement(By.id("chart-districts")).getText()).contains("蓬江区", "核定");
		browser.tallScreenshot("publication-statistics-1400", 2600);
		assertNoSidewaysScrolling(driver, "publication-statistics-375");

		driver.get(url("/officer/lists"));
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("拟下达项目计划表", "公示名单", "2026年台账（Excel）");
		browser.tallScreenshot("publication-lists-1400", 1200);
		assertNoSidewaysScrolling(driver, "publication-lists-375");

		driver.get(url("/officer/search"));
		driver.findElement(By.id("q")).sendKeys("示范外贸", Keys.ENTER);
		new WebDriverWait(driver, BrowserExtension.WAIT).until(ExpectedConditions.presenceOfElementLocated(By.id("results")));
		assertThat(driver.findElement(By.id("results")).getText()).contains(published, waiting, "公示中", "待公示");
		browser.screenshot("publication-search-1400");
		assertNoSidewaysScrolling(driver, "publication-search-375");
		driver.findElement(By.linkText(waiting)).click();
		new WebDriverWait(driver, BrowserExtension.WAIT).until(ExpectedConditions.urlContains("/officer/applications/" + waiting));
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("申报事项", "境外参展", "台账", "办理记录", "第九条");
		browser.tallScreenshot("publication-application-1400", 1800);
		assertNoSidewaysScrolling(driver, "publication-application-375");
	}

	private void signIn(WebDriver driver, String user) {
		driver.get(url("/login"));
		if (driver.findElements(By.id("username")).isEmpty()) {
			return; // signed in already (the Tasklist sign-in counts on the officers' pages)
		}
		driver.findElement(By.id("username")).sendKeys(user);
		driver.findElement(By.id("password")).sendKeys("demo", Keys.ENTER);
		new WebDriverWait(driver, BrowserExtension.WAIT).until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
	}

	private void assertNoSidewaysScrolling(WebDriver driver, String screenshot) {
		driver.manage().window().setSize(new org.openqa.selenium.Dimension(375, 812));
		try {
			Object scrollWidth = ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth;");
			assertThat(((Number) scrollWidth).intValue()).as(screenshot + ": no sideways scrolling at 375 px").isLessThanOrEqualTo(375);
		}
		finally {
			driver.manage().window().setSize(new org.openqa.selenium.Dimension(1600, 1000));
		}
		browser.narrowScreenshot(screenshot);
	}

	private static org.springframework.http.HttpEntity<String> jsonEntity(String body) {
		org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
		headers.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);
		return new org.springframework.http.HttpEntity<>(body, headers);
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
