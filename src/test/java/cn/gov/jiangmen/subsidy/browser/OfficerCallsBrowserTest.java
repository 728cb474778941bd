package cn.gov.jiangmen.subsidy.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.gov.jiangmen.subsidy.ProcedureTest;
import cn.gov.jiangmen.subsidy.TestData;

/**
 * 申报通知 on the officers' page (第四条, 第十三条): the city bureau publishes and closes a call, a
 * district reads the list only. At 1400 px with the mouse and at 375 px with the keyboard alone.
 */
@ProcedureTest
@Tag("browser")
class OfficerCallsBrowserTest {

	@RegisterExtension
	static final BrowserExtension browser = new BrowserExtension();

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	Dimension windowBefore;

	@BeforeEach
	void demoCallOnly() {
		TestData.setClock(2026, 3, 2, 9, 30);
		windowBefore = browser.driver().manage().window().getSize();
	}

	@AfterEach
	void onlyTheDemoCallStays() {
		browser.driver().manage().window().setSize(windowBefore);
		jdbc.sql("UPDATE app_application SET call_id = NULL").update();
		jdbc.sql("DELETE FROM app_call WHERE published_by <> 'system'").update();
		jdbc.sql("UPDATE app_call SET closed_at = NULL, closed_by = NULL").update();
	}

	@Test
	void the_city_bureau_publishes_a_call_after_correcting_what_the_page_points_out_and_closes_it() {
		publishAndClose(1400, false);
	}

	@Test
	void on_a_phone_with_the_keyboard_alone_the_city_bureau_publishes_and_closes_a_call() {
		publishAndClose(375, true);
	}

	@Test
	void a_district_officer_reads_the_calls_but_is_offered_neither_publishing_nor_closing() {
		width(1400);
		Portal page = new Portal(browser.driver(), "http://localhost:" + port, false).signIn("pengjiang-officer", "/officer");
		page.nav("申报通知");
		assertThat(page.text()).contains("2024—2026年度江门市外贸高质量创新发展专项资金申报通知", "申报中")
			.doesNotContain("结束申报");
		assertThat(browser.driver().findElements(By.id("publish"))).as("the publishing form").isEmpty();
		assertThat(browser.driver().findElements(By.id("title"))).isEmpty();
		page.assertUsable();
		browser.pageScreenshot("officer-calls-district-1400");
	}

	private void publishAndClose(int width, boolean keyboard) {
		WebDriver driver = browser.driver();
		width(width);
		Portal page = new Portal(driver, "http://localhost:" + port, keyboard).signIn("city-officer", "/officer");
		assertThat(page.heading()).isEqualTo("工作台");
		page.assertUsable();
		browser.pageScreenshot("officer-home-" + width);

		page.nav("申报通知");
		assertThat(page.rows()).singleElement().satisfies(row -> assertThat(row).contains("申报中"));
		// Two mistakes: no title, and a closing date before the opening one. Each is said beside its field.
		page.typeInto("documentNo", "江商务贸函〔2027〕1号")
			.dateInto("opensOn", LocalDate.of(2027, 7, 1))
			.dateInto("closesOn", LocalDate.of(2027, 6, 1))
			.dateInto("periodFrom", LocalDate.of(2027, 1, 1))
			.dateInto("periodTo", LocalDate.of(2027, 6, 30))
			.submit("发布");
		assertThat(page.errorOf("title")).isEqualTo("必填");
		assertThat(page.errorOf("closesOn")).isEqualTo("截止日期不得早于开始日期");
		assertThat(driver.findElement(By.id("documentNo")).getDomProperty("value")).isEqualTo("江商务贸函〔2027〕1号");
		page.assertUsable();
		browser.pageScreenshot("officer-calls-errors-" + width);

		page.typeInto("title", "2027年上半年江门市外贸专项资金申报通知")
			.dateInto("closesOn", LocalDate.of(2027, 9, 30))
			.submit("发布");
		assertThat(page.status()).isEqualTo("已发布申报通知“2027年上半年江门市外贸专项资金申报通知”");
		assertThat(page.rows()).hasSize(2)
			.anySatisfy(row -> assertThat(row).contains("2027年上半年江门市外贸专项资金申报通知", "江商务贸函〔2027〕1号",
					"2027-07-01 至 2027-09-30", "2027-01-01 至 2027-06-30", "未开始"));
		page.assertUsable();
		browser.pageScreenshot("officer-calls-published-" + width);

		page.submitConfirmed("结束申报", "江商务贸函〔2027〕1号");
		assertThat(page.status()).startsWith("已结束申报通知“2027年上半年江门市外贸专项资金申报通知”");
		assertThat(page.rows()).anySatisfy(row -> assertThat(String.join(" ", row)).contains("2027年上半年", "已提前结束"));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM app_call WHERE closed_by = 'city-officer'").query(Long.class).single())
			.isEqualTo(1);
	}

	private void width(int width) {
		WebDriver driver = browser.driver();
		driver.manage().window().setSize(new Dimension(width, 900));
		Object inner = ((JavascriptExecutor) driver).executeScript("return window.innerWidth;");
		assertThat(((Number) inner).intValue()).as("the page's width").isEqualTo(width);
	}

}
