package cn.gov.jiangmen.subsidy.browser;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The enterprise's portal as a clerk uses it: with the mouse, or with the keyboard alone. With the
 * keyboard every control is reached by Tab (Shift+Tab back) from wherever the focus is, choices are
 * made with the arrow keys, boxes ticked with Space and buttons pressed with Enter: a control Tab does
 * not reach fails the test.
 */
final class Portal {

	private static final int MAX_TABS = 400;

	private final WebDriver driver;
	private final String baseUrl;
	private final boolean keyboard;

	Portal(WebDriver driver, String baseUrl, boolean keyboard) {
		this.driver = driver;
		this.baseUrl = baseUrl;
		this.keyboard = keyboard;
	}

	/** Opens the site's root, as a clerk types the address, and signs in there (password {@code demo}). */
	Portal signIn(String user) {
		return signIn(user, "/portal");
	}

	/** Signs in at the root; the user lands on {@code landing} (the portal, the officers' 工作台). */
	Portal signIn(String user, String landing) {
		driver.get(baseUrl + "/");
		waitFor(() -> "no sign-in page at /").until(ExpectedConditions.titleIs("登录 · 江门市外贸扶持资金申报平台"));
		type(driver.findElement(By.id("username")), user);
		type(driver.findElement(By.id("password")), "demo");
		press(button("登录"));
		waitFor(() -> user + " is not signed in: " + driver.getCurrentUrl()).until(ExpectedConditions.urlContains(landing));
		return this;
	}

	/** 退出, then the browser forgets the session altogether (the next user starts clean). */
	void signOut() {
		press(button("退出"));
		waitFor(() -> "not signed out").until(ExpectedConditions.urlContains("/login?logout"));
		driver.manage().deleteAllCookies();
	}

	/** A link of the main navigation (the header), e.g. 我的申报. */
	Portal nav(String text) {
		WebElement link = driver.findElement(By.cssSelector(".site-nav"))
			.findElements(By.tagName("a"))
			.stream()
			.filter(a -> a.getText().trim().startsWith(text))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no navigation link " + text));
		press(link);
		return this;
	}

	/** A link in the page's main part by its text. */
	Portal follow(String text) {
		press(driver.findElement(By.id("main")).findElement(By.linkText(text)));
		return this;
	}

	/** Chooses the type under 添加申报事项 and presses 添加事项. */
	Portal addItem(String typeLabel) {
		choose(driver.findElement(By.id("newType")), typeLabel);
		press(button("添加事项"));
		return this;
	}

	WebElement field(int item, String name) {
		return driver.findElement(By.id("items-" + item + "-" + name));
	}

	Portal type(int item, String name, String text) {
		type(field(item, name), text);
		return this;
	}

	Portal choose(int item, String name, String option) {
		choose(field(item, name), option);
		return this;
	}

	Portal tick(int item, String name) {
		tick(field(item, name));
		return this;
	}

	/**
	 * Types a date into a date field in the order the browser shows its parts (its own locale's:
	 * mm/dd/yyyy or yyyy/mm/dd), as a clerk reads them off the field.
	 */
	Portal date(int item, String name, LocalDate date) {
		typeDate(field(item, name), date);
		return this;
	}

	private void typeDate(WebElement input, LocalDate date) {
		focus(input);
		@SuppressWarnings("unchecked")
		List<String> order = (List<String>) js("""
				return new Intl.DateTimeFormat().formatToParts(new Date(2025, 5, 10))
					.filter(p => p.type !== 'literal').map(p => p.type);""");
		StringBuilder keys = new StringBuilder();
		for (String part : order) {
			keys.append(switch (part) {
				case "year" -> String.valueOf(date.getYear());
				case "month" -> "%02d".formatted(date.getMonthValue());
				default -> "%02d".formatted(date.getDayOfMonth());
			});
		}
		if (keyboard) {
			new Actions(driver).sendKeys(keys.toString()).perform();
		}
		else {
			input.sendKeys(keys);
		}
		String value = input.getDomProperty("value");
		if (!date.toString().equals(value)) {
			throw new AssertionError(input.getDomAttribute("id") + " holds " + value + " after typing " + keys + " (parts "
					+ order + ")");
		}
	}

	/** The error shown beside an item's field, checked to be that field's description. */
	String errorOf(int item, String name) {
		WebElement input = field(item, name);
		String describedBy = input.getDomAttribute("aria-describedby");
		WebElement error = driver.findElement(By.id("items-" + item + "-" + name + "-error"));
		if (describedBy == null || !describedBy.contains(error.getDomAttribute("id"))) {
			throw new AssertionError(name + " is not described by its error: aria-describedby=" + describedBy);
		}
		WebElement fieldBox = input.findElement(By.xpath("ancestor::div[contains(@class,'field')][1]"));
		if (!fieldBox.findElements(By.cssSelector(".field__error")).contains(error)) {
			throw new AssertionError("the error of " + name + " is not beside it");
		}
		return error.getText().trim();
	}

	/** Picks a file for the evidence and the item it proves, and presses 上传材料. */
	Portal upload(Path file, String itemOption) {
		WebElement input = driver.findElement(By.id("file"));
		focus(input);
		// Choosing the file itself is the system's file dialog (Space on the field): out of a page's reach.
		input.sendKeys(file.toAbsolutePath().toString());
		choose(driver.findElement(By.id("itemIndex")), itemOption);
		press(button("上传材料"));
		return this;
	}

	/** Ticks the 第十五条 pledge. */
	Portal pledge() {
		tick(driver.findElement(By.id("pledge")));
		return this;
	}

	Portal typeInto(String id, String text) {
		type(driver.findElement(By.id(id)), text);
		return this;
	}

	/** Types a date into the date field of that id (see {@link #date(int, String, LocalDate)}). */
	Portal dateInto(String id, LocalDate date) {
		typeDate(driver.findElement(By.id(id)), date);
		return this;
	}

	/** The error beside the field of that id ({@code id-error}, its description). */
	String errorOf(String id) {
		WebElement input = driver.findElement(By.id(id));
		String describedBy = input.getDomAttribute("aria-describedby");
		if (describedBy == null || !describedBy.contains(id + "-error")) {
			throw new AssertionError(id + " is not described by its error: aria-describedby=" + describedBy);
		}
		return driver.findElement(By.id(id + "-error")).getText().trim();
	}

	/** Presses the button of the table row that shows {@code rowText}, confirms what the page asks, and waits. */
	Portal submitConfirmed(String buttonText, String rowText) {
		WebElement page = driver.findElement(By.tagName("html"));
		WebElement control = driver.findElements(By.cssSelector("#main table.data tbody tr"))
			.stream()
			.filter(row -> row.getText().contains(rowText))
			.flatMap(row -> row.findElements(By.xpath(".//button[normalize-space()='" + buttonText + "']")).stream())
			.findFirst()
			.orElseThrow(() -> new AssertionError("no row with " + rowText + " offers " + buttonText));
		focus(control);
		if (keyboard) {
			new Actions(driver).sendKeys(Keys.ENTER).perform();
		}
		else {
			control.click();
		}
		waitFor(() -> "no confirmation asked").until(ExpectedConditions.alertIsPresent()).accept();
		waitFor(() -> "no new page after " + buttonText).until(ExpectedConditions.stalenessOf(page));
		return this;
	}

	/** Presses the button with that text and waits for the page that follows. */
	Portal submit(String buttonText) {
		press(button(buttonText));
		return this;
	}

	String heading() {
		return driver.findElement(By.tagName("h1")).getText().trim();
	}

	/** The page's main part as a reader sees it. */
	String text() {
		return driver.findElement(By.id("main")).getText();
	}

	String status() {
		return driver.findElement(By.cssSelector("[role=status]")).getText().trim();
	}

	/** The application number of the page {@code /portal/applications/{id}}. */
	String applicationId() {
		return driver.getCurrentUrl().replaceAll(".*/portal/applications/([^/?#]+).*", "$1");
	}

	/** Rows of the page's data table (cells as text, without the phone layout's labels). */
	List<List<String>> rows() {
		return driver.findElements(By.cssSelector("#main table.data tbody tr"))
			.stream()
			.map(row -> row.findElements(By.tagName("td")).stream().map(td -> td.getDomProperty("innerText").trim()).toList())
			.toList();
	}

	// keyboard and mouse

	private WebElement button(String text) {
		return driver.findElements(By.xpath("//button[normalize-space()='" + text + "']"))
			.stream()
			.filter(WebElement::isDisplayed)
			.findFirst()
			.orElseThrow(() -> new AssertionError("no button " + text + " on " + driver.getCurrentUrl()));
	}

	/** Enter on a focused button or link (a click with the mouse); waits until the next page has loaded. */
	private void press(WebElement control) {
		WebElement page = driver.findElement(By.tagName("html"));
		focus(control);
		if (keyboard) {
			new Actions(driver).sendKeys(Keys.ENTER).perform();
		}
		else {
			control.click();
		}
		waitFor(() -> "no new page after pressing " + control.getText()).until(ExpectedConditions.stalenessOf(page));
		waitFor(() -> "the page did not load").until(d -> "complete".equals(js("return document.readyState;")));
	}

	private void type(WebElement input, String text) {
		focus(input);
		if (keyboard) {
			new Actions(driver).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).sendKeys(Keys.BACK_SPACE)
				.sendKeys(text).perform();
		}
		else {
			input.clear();
			input.sendKeys(text);
		}
		if (!text.equals(input.getDomProperty("value"))) {
			throw new AssertionError("the field holds " + input.getDomProperty("value") + ", not " + text);
		}
	}

	/** A native select: the arrow keys move the choice (no list opens on Linux), or the mouse picks it. */
	private void choose(WebElement select, String option) {
		Select choice = new Select(select);
		List<String> options = choice.getOptions().stream().map(o -> o.getText().trim()).toList();
		int wanted = options.indexOf(option);
		if (wanted < 0) {
			throw new AssertionError("no option " + option + " among " + options);
		}
		focus(select);
		if (keyboard) {
			int current = options.indexOf(choice.getFirstSelectedOption().getText().trim());
			Keys arrow = wanted > current ? Keys.ARROW_DOWN : Keys.ARROW_UP;
			Actions keys = new Actions(driver);
			for (int i = 0; i < Math.abs(wanted - current); i++) {
				keys.sendKeys(arrow);
			}
			keys.perform();
		}
		else {
			choice.selectByIndex(wanted);
		}
		if (!option.equals(choice.getFirstSelectedOption().getText().trim())) {
			throw new AssertionError("the choice shows " + choice.getFirstSelectedOption().getText() + ", not " + option);
		}
	}

	private void tick(WebElement checkbox) {
		if (checkbox.isSelected()) {
			return;
		}
		focus(checkbox);
		if (keyboard) {
			new Actions(driver).sendKeys(Keys.SPACE).perform();
		}
		else {
			checkbox.click();
		}
		if (!checkbox.isSelected()) {
			throw new AssertionError(checkbox.getDomAttribute("id") + " is not ticked");
		}
	}

	/**
	 * With the keyboard: Tab (or Shift+Tab) until the control has the focus. With the mouse: the control
	 * is scrolled into view, as a user scrolls to it.
	 */
	private void focus(WebElement target) {
		if (!keyboard) {
			js("arguments[0].scrollIntoView({block: 'center'});", target);
			return;
		}
		for (int i = 0; i < MAX_TABS; i++) {
			WebElement active = driver.switchTo().activeElement();
			if (active.equals(target)) {
				return;
			}
			boolean backwards = Boolean.TRUE.equals(js("""
					var active = arguments[0], target = arguments[1];
					return active !== document.body
						&& !!(active.compareDocumentPosition(target) & Node.DOCUMENT_POSITION_PRECEDING);""", active,
					target));
			Actions keys = new Actions(driver);
			(backwards ? keys.keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT) : keys.sendKeys(Keys.TAB)).perform();
		}
		throw new AssertionError("Tab does not reach " + describe(target) + " on " + driver.getCurrentUrl());
	}

	private String describe(WebElement element) {
		try {
			return element.getTagName() + "#" + element.getDomAttribute("id") + " " + element.getText();
		}
		catch (StaleElementReferenceException e) {
			return "(an element of an earlier page)";
		}
	}

	// what every page must be

	/**
	 * The page is Chinese, fits the window's width (no sideways scrolling), and every control a user can
	 * reach has a label (its own {@code <label>}, aria-label or aria-labelledby; a button its text).
	 */
	void assertUsable() {
		Object lang = js("return document.documentElement.lang;");
		if (!"zh-CN".equals(lang)) {
			throw new AssertionError(driver.getCurrentUrl() + " has lang=" + lang);
		}
		long overflow = ((Number) js("return document.documentElement.scrollWidth - window.innerWidth;")).longValue();
		if (overflow > 0) {
			throw new AssertionError(driver.getCurrentUrl() + " scrolls sideways by " + overflow + " px at "
					+ js("return window.innerWidth;") + " px: " + js("""
							return [...document.querySelectorAll('body *')]
								.filter(e => e.getBoundingClientRect().right > window.innerWidth + 0.5)
								.slice(0, 5).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))
								.join(', ');"""));
		}
		Object unlabelled = js("""
				return [...document.querySelectorAll('input, select, textarea, button')]
					.filter(e => e.type !== 'hidden' && e.offsetParent !== null)
					.filter(e => {
						if (e.getAttribute('aria-label') || e.getAttribute('aria-labelledby')) return false;
						if (e.tagName === 'BUTTON') return e.textContent.trim() === '';
						return !e.labels || e.labels.length === 0 || [...e.labels].every(l => l.textContent.trim() === '');
					})
					.map(e => e.tagName + '#' + e.id + '[' + e.name + ']');""");
		if (!((List<?>) unlabelled).isEmpty()) {
			throw new AssertionError(driver.getCurrentUrl() + " has controls without a label: " + unlabelled);
		}
	}

	Object js(String script, Object... args) {
		return ((JavascriptExecutor) driver).executeScript(script, args);
	}

	private WebDriverWait waitFor(Supplier<String> message) {
		WebDriverWait wait = new WebDriverWait(driver, BrowserExtension.WAIT, Duration.ofMillis(100));
		wait.withMessage(message);
		return wait;
	}

}
