package cn.gov.jiangmen.subsidy.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.gov.jiangmen.subsidy.AppTest;

/**
 * The warning before an idle session ends. The page's own countdown runs over the session's 30
 * minutes; the test starts the same script a second time over 16 seconds, so the warning, the
 * keep-alive and the end can be seen without waiting half an hour.
 */
@AppTest
@Tag("browser")
class SessionWarningBrowserTest {

	@RegisterExtension
	static final BrowserExtension browser = new BrowserExtension();

	@LocalServerPort
	int port;

	@Test
	void before_an_idle_session_ends_the_clerk_is_warned_can_stay_and_is_told_when_it_has_ended() {
		WebDriver driver = browser.driver();
		driver.get("http://localhost:" + port + "/login");
		driver.findElement(By.id("username")).sendKeys("enterprise-demo", Keys.TAB, "demo", Keys.ENTER);
		new WebDriverWait(driver, BrowserExtension.WAIT).until(ExpectedConditions.urlContains("/portal"));
		WebElement warning = driver.findElement(By.id("session-warning"));
		assertThat(warning.isDisplayed()).isFalse();
		assertThat(warning.getAttribute("data-idle-seconds")).isEqualTo("1800");

		countDownFrom(16);
		new WebDriverWait(driver, BrowserExtension.WAIT).until(ExpectedConditions.visibilityOf(warning));
		assertThat(warning.getText()).contains("登录即将失效", "已保存的草稿保存在服务器上，不会丢失");
		assertThat(driver.switchTo().activeElement().getText()).isEqualTo("继续使用");
		browser.screenshot("session-warning-1400");

		driver.switchTo().activeElement().sendKeys(Keys.ENTER);
		new WebDriverWait(driver, BrowserExtension.WAIT).until(ExpectedConditions.invisibilityOf(warning));

		new WebDriverWait(driver, java.time.Duration.ofSeconds(40))
			.until(d -> warning.isDisplayed() && warning.getText().contains("登录已因长时间未操作而失效"));
		assertThat(driver.findElement(By.linkText("重新登录")).isDisplayed()).isTrue();
		browser.screenshot("session-ended-1400");
		browser.narrowScreenshot("session-ended-375");
	}

	private void countDownFrom(int seconds) {
		((JavascriptExecutor) browser.driver()).executeScript("""
				document.getElementById('session-warning').setAttribute('data-idle-seconds', arguments[0]);
				var again = document.createElement('script');
				again.src = '/js/session-timeout.js';
				document.body.appendChild(again);""", String.valueOf(seconds));
	}

}
