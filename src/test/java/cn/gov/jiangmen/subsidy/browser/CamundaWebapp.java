package cn.gov.jiangmen.subsidy.browser;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What Tasklist and Cockpit share: the login page, the signed-in user's menu, logging out. */
abstract class CamundaWebapp {

	static final By LOGIN_USERNAME = By.cssSelector("form[name=signinForm] input[type=text]");
	static final By LOGIN_PASSWORD = By.cssSelector("form[name=signinForm] input[type=password]");
	static final By LOGIN_SUBMIT = By.cssSelector("form[name=signinForm] button[type=submit]");
	static final By ACCOUNT_MENU = By.cssSelector("li.account > a.dropdown-toggle");
	static final By LOGOUT = By.cssSelector("li.account li.logout > a");
	static final List<String> LOGIN_FAILED = List.of("登录失败", "Login Failed");

	protected final WebDriver driver;
	private final String url;

	CamundaWebapp(WebDriver driver, String baseUrl, String app) {
		this.driver = driver;
		this.url = baseUrl + "/camunda/app/" + app + "/";
	}

	/** An explicit wait (polling, never a fixed sleep) that fails with this message. */
	protected WebDriverWait waitFor(Supplier<String> message) {
		WebDriverWait wait = waitFor();
		wait.withMessage(message);
		return wait;
	}

	/** Angular re-renders lists and forms while they load: a stale element is simply looked up again. */
	protected WebDriverWait waitFor() {
		WebDriverWait wait = new WebDriverWait(driver, BrowserExtension.WAIT, Duration.ofMillis(100));
		wait.ignoring(StaleElementReferenceException.class);
		return wait;
	}

	/**
	 * Signs in through the login form. Whoever was signed in before is forgotten first (cookies,
	 * local and session storage), so nothing leaks from one user to the next.
	 */
	void signIn(String user, String password) {
		signOut();
		driver.get(url);
		waitFor(() -> "no login form at " + url).until(ExpectedConditions.elementToBeClickable(LOGIN_USERNAME));
		// On load the webapp asks the server whether anybody is signed in. Should that answer come
		// after our login's, it signs us out again and shows an empty login form without a word.
		waitForIdle();
		// The form focuses its user name field once it is shown; should that happen while we type,
		// the password lands in the user name ("pengjiang-officerdemo", seen on CI). Type until both
		// fields hold exactly what they should, then submit.
		waitFor(() -> "the login form does not keep what was typed").until(d -> {
			WebElement name = d.findElement(LOGIN_USERNAME);
			WebElement secret = d.findElement(LOGIN_PASSWORD);
			retype(name, user);
			retype(secret, password);
			return user.equals(name.getDomProperty("value")) && password.equals(secret.getDomProperty("value"));
		});
		driver.findElement(LOGIN_SUBMIT).click();
		// Signed in: the header names the user. A refused login keeps the form and says so at once.
		waitFor(() -> user + " is not signed in: " + notifications()).until(d -> signedIn() || loginRefused());
		if (!signedIn()) {
			throw new AssertionError(user + " cannot sign in to " + url + ": " + notifications());
		}
	}

	private static void retype(WebElement field, String text) {
		if (!text.equals(field.getDomProperty("value"))) {
			field.clear();
			field.sendKeys(text);
		}
	}

	/**
	 * Waits until AngularJS has bootstrapped and has no HTTP request in flight: what Protractor's
	 * waitForAngular did for these webapps.
	 */
	protected void waitForIdle() {
		waitFor(() -> "the webapp keeps requests in flight").until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
			.executeScript("""
					if (!window.angular) return false;
					var injector = angular.element(document.documentElement).injector()
						|| angular.element(document.body).injector();
					return !!injector && injector.get('$http').pendingRequests.length === 0;
					""")));
	}

	private boolean signedIn() {
		return driver.findElements(ACCOUNT_MENU).stream().anyMatch(WebElement::isDisplayed);
	}

	/**
	 * Tasklist says it in Chinese to our Chinese browser (its zh.json, PAGE_LOGIN_FAILED), Cockpit
	 * (English only) in English.
	 */
	private boolean loginRefused() {
		String shown = notifications();
		return LOGIN_FAILED.stream().anyMatch(shown::contains);
	}

	/**
	 * Ends the session in the browser: drops the session and XSRF cookies and whatever the webapps
	 * keep in storage (the last filter, sorting). Cheaper than the user menu's "Log out", which would
	 * cost one more load of the webapp, and as complete for the browser.
	 */
	void signOut() {
		if (driver.getCurrentUrl().contains("/camunda/")) {
			driver.manage().deleteAllCookies();
			((JavascriptExecutor) driver).executeScript("window.localStorage.clear(); window.sessionStorage.clear();");
		}
	}

	/** Logs out through the user menu, as an officer does. */
	void logOut() {
		waitFor().until(ExpectedConditions.elementToBeClickable(ACCOUNT_MENU)).click();
		waitFor().until(ExpectedConditions.elementToBeClickable(LOGOUT)).click();
		waitFor(() -> "the login form did not come back after logging out")
			.until(ExpectedConditions.visibilityOfElementLocated(LOGIN_USERNAME));
		waitForIdle();
	}

	/**
	 * Every word with a Latin letter the page shows now: its rendered text (what is hidden is not
	 * read), and the placeholders and values of the fields one can see. A word is a run of letters,
	 * digits and {@code . _ / -}, so that codes stay whole ({@code JM-2026-000001}).
	 */
	@SuppressWarnings("unchecked")
	List<String> visibleLatinWords() {
		return (List<String>) ((JavascriptExecutor) driver).executeScript("""
				var texts = [document.body.innerText];
				document.querySelectorAll('input, textarea').forEach(function (field) {
					var box = field.getBoundingClientRect();
					if (box.width === 0 || box.height === 0 || getComputedStyle(field).visibility === 'hidden') return;
					if (field.placeholder && !field.value) texts.push(field.placeholder);
					if (field.value && ['hidden', 'checkbox', 'radio', 'password'].indexOf(field.type) < 0) texts.push(field.value);
				});
				var words = [];
				texts.forEach(function (text) {
					(text.match(/[A-Za-z0-9][A-Za-z0-9._\\/-]*/g) || []).forEach(function (word) {
						if (/[A-Za-z]/.test(word) && words.indexOf(word) < 0) words.push(word);
					});
				});
				return words;
				""");
	}

	/** {@code …/camunda/app/<app>/} */
	protected String appUrl() {
		return url;
	}

	/** The user's display name in the header ("蓬江区商务局 初审员"). */
	String signedInAs() {
		return driver.findElement(ACCOUNT_MENU).getText().trim();
	}

	/** Texts of the notifications the webapp shows (errors of a login, of a completion …). */
	String notifications() {
		return driver.findElements(By.cssSelector(".page-notifications .alert, .notifications .alert"))
			.stream()
			.map(WebElement::getText)
			.map(String::trim)
			.filter(text -> !text.isEmpty())
			.toList()
			.toString();
	}

}
