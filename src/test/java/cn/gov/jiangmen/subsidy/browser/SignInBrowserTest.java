package cn.gov.jiangmen.subsidy.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.gov.jiangmen.subsidy.AppTest;

/** The site's front door in a Chinese browser, on an office screen and on a phone. */
@AppTest
@Tag("browser")
class SignInBrowserTest {

	@RegisterExtension
	static final BrowserExtension browser = new BrowserExtension();

	@LocalServerPort
	int port;

	@Test
	void an_enterprise_clerk_signs_in_at_the_root_with_the_keyboard_alone() {
		WebDriver driver = browser.driver();
		driver.get("http://localhost:" + port + "/");
		assertThat(driver.getTitle()).isEqualTo("登录 · 江门市外贸扶持资金申报平台");
		assertThat(driver.findElement(By.cssSelector("label[for=username]")).getText()).isEqualTo("用户名");
		assertThat(driver.findElement(By.cssSelector("label[for=password]")).getText()).isEqualTo("密码");
		browser.screenshot("sign-in-1400");

		// The user name field has the focus; Tab leads to the password, Enter sends the form.
		driver.switchTo().activeElement().sendKeys("enterprise-demo", Keys.TAB, "demo", Keys.ENTER);
		new WebDriverWait(driver, BrowserExtension.WAIT).until(ExpectedConditions.urlContains("/portal"));
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("江门示范外贸有限公司");
		// The enterprise's name as registered, not the user's first and last name put together.
		assertThat(driver.findElement(By.cssSelector(".site-user__name")).getText()).isEqualTo("江门示范外贸有限公司");
		browser.screenshot("portal-home-1400");

		driver.findElement(By.xpath("//button[normalize-space()='退出']")).click();
		new WebDriverWait(driver, BrowserExtension.WAIT).until(ExpectedConditions.urlContains("/login?logout"));
		assertThat(driver.findElement(By.cssSelector("[role=status]")).getText()).isEqualTo("您已安全退出。");
	}

	@Test
	void on_a_phone_the_sign_in_page_fits_and_a_wrong_password_is_explained_beside_the_field() {
		WebDriver driver = browser.driver();
		Dimension before = driver.manage().window().getSize();
		driver.manage().window().setSize(new Dimension(375, 812));
		try {
			driver.get("http://localhost:" + port + "/");
			driver.findElement(By.id("username")).sendKeys("jianghai-finance");
			driver.findElement(By.id("password")).sendKeys("not-the-password", Keys.ENTER);
			new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("/login?error"));
			assertThat(driver.findElement(By.id("login-error")).getText()).isEqualTo("用户名或密码不正确");
			assertThat(driver.findElement(By.id("password")).getAttribute("aria-describedby")).isEqualTo("login-error");
			Object scrollWidth = ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth;");
			assertThat(((Number) scrollWidth).intValue()).as("no sideways scrolling at 375 px").isLessThanOrEqualTo(375);
			browser.screenshot("sign-in-error-375");
		}
		finally {
			driver.manage().window().setSize(before);
		}
	}

}
