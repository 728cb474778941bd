package cn.gov.jiangmen.subsidy.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One headless Chromium per test class (Debian's {@code chromium} and {@code chromedriver}, never
 * a downloaded one), and a screenshot plus the page source under {@code target/browser-screenshots/}
 * of every test that fails, taken while the page is still as the test left it.
 *
 * <p>{@code CHROME_BIN} and {@code CHROMEDRIVER} override the binaries' paths.
 */
public final class BrowserExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
		AfterTestExecutionCallback, LifecycleMethodExecutionExceptionHandler {

	public static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");

	/**
	 * How long an explicit wait polls before it fails (30 s; {@code BROWSER_WAIT_SECONDS} overrides).
	 * Generous for a loaded CI machine: a passing step never waits longer than it needs.
	 */
	static final Duration WAIT = Duration.ofSeconds(Long.parseLong(env("BROWSER_WAIT_SECONDS", "30")));

	private static final Logger log = LoggerFactory.getLogger(BrowserExtension.class);

	private static final Dimension WINDOW = new Dimension(1600, 1000);

	/** The browser's first language, as an officer's: Tasklist shows its Chinese chrome for it. */
	static final String LANGUAGE = "zh-CN";

	/** The officers' time zone: China Standard Time. */
	static final String TIME_ZONE = "Asia/Shanghai";

	private ChromeDriver driver;

	private Path profile;

	public WebDriver driver() {
		if (driver == null) {
			throw new IllegalStateException("the browser is not started: register BrowserExtension with @RegisterExtension static");
		}
		return driver;
	}

	@Override
	public void beforeAll(ExtensionContext context) throws IOException {
		forgetEarlierFailures(context.getRequiredTestClass().getSimpleName() + "-");
		String chromeBin = env("CHROME_BIN", "/usr/bin/chromium");
		String chromeDriver = env("CHROMEDRIVER", "/usr/bin/chromedriver");
		// Both paths given explicitly: Selenium Manager never runs, nothing is downloaded.
		System.setProperty("webdriver.chrome.driver", chromeDriver);
		profile = Files.createTempDirectory("browser-test-profile");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(chromeBin);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--window-size=" + WINDOW.width + "," + WINDOW.height, "--lang=" + LANGUAGE,
				"--user-data-dir=" + profile.toAbsolutePath());
		// The officers' browsers are set to Chinese, and Tasklist speaks the browser's first language
		// (navigator.languages[0]). On Linux --lang alone leaves that at en-US: the preference sets it.
		options.setExperimentalOption("prefs", Map.of("intl.accept_languages", LANGUAGE + ",zh"));
		// And their computers keep China Standard Time, whatever the zone of the machine running the tests.
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of(chromeDriver).toFile())
			.usingAnyFreePort()
			.withEnvironment(Map.of("TZ", TIME_ZONE))
			.build();
		driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60)).scriptTimeout(Duration.ofSeconds(30));
		Object language = driver.executeScript("return navigator.languages[0];");
		if (!LANGUAGE.equals(language)) {
			driver.quit();
			driver = null;
			throw new IllegalStateException("the browser's first language is " + language + ", not " + LANGUAGE
					+ ": Tasklist would not show officers what they see");
		}
		Object zone = driver.executeScript("return Intl.DateTimeFormat().resolvedOptions().timeZone;");
		if (!TIME_ZONE.equals(zone)) {
			driver.quit();
			driver = null;
			throw new IllegalStateException("the browser keeps the time zone " + zone + ", not " + TIME_ZONE);
		}
		log.info("Browser tests use {} with {}", chromeBin, chromeDriver);
	}

	@Override
	public void afterAll(ExtensionContext context) throws IOException {
		try {
			if (driver != null) {
				driver.quit();
			}
		}
		finally {
			driver = null;
			if (profile != null) {
				try (Stream<Path> files = Files.walk(profile)) {
					files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
				}
			}
		}
	}

	/**
	 * Each test starts on a blank page with no session, cookie or stored value of the test before:
	 * a test that fails before it opens a page is not pictured with the previous test's page.
	 */
	@Override
	public void beforeEach(ExtensionContext context) {
		// A window a test opened and left (a file it showed) goes; the first one stays.
		var windows = driver.getWindowHandles().stream().toList();
		for (String window : windows.subList(1, windows.size())) {
			driver.switchTo().window(window).close();
		}
		driver.switchTo().window(windows.get(0));
		if (driver.getCurrentUrl().startsWith("http")) {
			driver.manage().deleteAllCookies();
			try {
				((JavascriptExecutor) driver).executeScript("window.localStorage.clear(); window.sessionStorage.clear();");
			}
			catch (org.openqa.selenium.WebDriverException noStorage) {
				// a document without storage of its own (a PDF shown by the browser)
			}
		}
		driver.get("about:blank");
	}

	@Override
	public void afterTestExecution(ExtensionContext context) {
		if (context.getExecutionException().isPresent()) {
			saveEvidence(context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName());
		}
	}

	@Override
	public void handleBeforeEachMethodExecutionException(ExtensionContext context, Throwable throwable)
			throws Throwable {
		saveEvidence(context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName()
				+ "-setup");
		throw throwable;
	}

	/** Removes this class's failure pictures of an earlier run, so that what is there is about this run. */
	private static void forgetEarlierFailures(String prefix) throws IOException {
		if (!Files.isDirectory(SCREENSHOTS)) {
			return;
		}
		try (Stream<Path> files = Files.list(SCREENSHOTS)) {
			for (Path file : files.filter(f -> f.getFileName().toString().startsWith(prefix)).toList()) {
				Files.delete(file);
			}
		}
	}

	/** A screenshot and the page source of the page as it is now, named {@code name.png}, {@code name.html}. */
	void saveEvidence(String name) {
		if (driver == null) {
			return;
		}
		try {
			// Tall, so that a whole task form (its bottom: decision, Complete) is on the picture.
			Path png = tallScreenshot(name, 2400);
			Path html = SCREENSHOTS.resolve(name + ".html");
			Files.writeString(html, "<!-- " + driver.getCurrentUrl() + " -->\n" + driver.getPageSource(),
					StandardCharsets.UTF_8);
			log.warn("Browser test {} failed: screenshot {}, page source {}", name, png.toAbsolutePath(),
					html.toAbsolutePath());
		}
		catch (RuntimeException | IOException e) {
			log.warn("Could not save the screenshot of {}", name, e);
		}
	}

	/** Saves what the browser shows now as {@code target/browser-screenshots/name.png}. */
	Path screenshot(String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			Path png = SCREENSHOTS.resolve(name + ".png");
			Files.write(png, driver.getScreenshotAs(OutputType.BYTES));
			return png;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A screenshot taken with a taller window, so that a whole form fits; the window is restored after. */
	Path tallScreenshot(String name, int height) {
		driver.manage().window().setSize(new Dimension(WINDOW.width, height));
		try {
			return screenshot(name);
		}
		finally {
			driver.manage().window().setSize(WINDOW);
		}
	}

	/**
	 * The whole page at the window's present width (a phone's or an office screen's): the window is
	 * made as tall as the page for the picture, then given its height back.
	 */
	Path pageScreenshot(String name) {
		Dimension before = driver.manage().window().getSize();
		long height = ((Number) driver.executeScript("return document.documentElement.scrollHeight;")).longValue();
		long chrome = before.height - ((Number) driver.executeScript("return window.innerHeight;")).longValue();
		driver.manage().window().setSize(new Dimension(before.width, (int) Math.min(8000, Math.max(before.height, height + chrome))));
		try {
			return screenshot(name);
		}
		finally {
			driver.manage().window().setSize(before);
		}
	}

	/** A screenshot as a phone shows the page (375 px wide); the window is restored after. */
	Path narrowScreenshot(String name) {
		return narrowScreenshot(name, null);
	}

	/**
	 * The same, scrolled to the first element {@code css} finds, as a phone user would scroll to it, with
	 * room for a fixed page header (whichever box scrolls: on a phone Tasklist scrolls its page, not the window).
	 */
	Path narrowScreenshot(String name, String css) {
		driver.manage().window().setSize(new Dimension(375, 812));
		try {
			if (css != null) {
				((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
						"var e = document.querySelector(arguments[0]);"
								+ " if (e) { e.style.scrollMarginTop = '90px'; e.scrollIntoView({block: 'start'}); }",
						css);
			}
			return screenshot(name);
		}
		finally {
			driver.manage().window().setSize(WINDOW);
		}
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}

}
