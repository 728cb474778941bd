package cn.gov.jiangmen.subsidy.browser;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Camunda 7 Tasklist as an officer uses it: filters on the left, the filter's tasks in the
 * middle, the opened task with its Camunda Form (form-js) on the right.
 */
final class Tasklist extends CamundaWebapp {

	private static final By FILTERS = By.cssSelector("[cam-tasklist-filters] .task-filter, .task-filters .task-filter");
	private static final By TASK_LIST_LOADER = By.cssSelector("[cam-tasks] > .loader");
	private static final By TASK_ITEMS = By.cssSelector("[cam-tasks] ol.tasks-list > li.task");
	private static final By TASK_VIEW = By.cssSelector("[cam-tasklist-task] section.task-card");
	private static final By TASK_VIEW_NAME = By.cssSelector("[cam-tasklist-task] section.task-card h2.task");
	private static final By CLAIM = By.cssSelector("[cam-tasklist-task] button.claim");
	private static final By FORM = By.cssSelector("[cam-tasklist-task] .fjs-container form.fjs-form");
	private static final By FORM_PANE = By.cssSelector("[cam-tasklist-task] [cam-tasklist-form] > div[ng-if]");
	private static final By FORM_FAILURE = By.cssSelector("[cam-tasklist-task] [cam-tasklist-form] .alert-danger");
	private static final By COMPLETE = By.cssSelector("[cam-tasklist-task] .form-actions button[ng-click='complete()']");
	private static final By NO_TASK_SELECTED = By.cssSelector("[cam-tasklist-task] .no-task");

	Tasklist(WebDriver driver, String baseUrl) {
		super(driver, baseUrl, "tasklist");
	}

	/** Signs in (password {@code demo}) and waits for the user's filters. */
	Tasklist signIn(String user) {
		signIn(user, "demo");
		waitFor(() -> user + " sees no Tasklist filters")
			.until(d -> !d.findElements(FILTERS).isEmpty() && d.findElements(FILTERS).get(0).isDisplayed());
		return this;
	}

	/** Waits until Tasklist shows the signed-in user's filters (after a link led to it). */
	Tasklist waitForTasklist() {
		waitFor(() -> "Tasklist shows no filters at " + driver.getCurrentUrl())
			.until(d -> !d.findElements(FILTERS).isEmpty() && d.findElements(FILTERS).get(0).isDisplayed());
		return this;
	}

	/** The names of the filters the signed-in user may read, in their order on screen. */
	List<String> filterNames() {
		return driver.findElements(FILTERS).stream().map(Tasklist::filterName).toList();
	}

	/**
	 * Opens a filter and waits until its task list is loaded: the list shows as many tasks as
	 * the filter's counter says (or none).
	 */
	Tasklist openFilter(String name) {
		waitFor(() -> "no filter " + name + " among " + filterNames()).until(d -> filter(name).isPresent());
		WebElement link = filter(name).orElseThrow().findElement(By.cssSelector("h4.name a"));
		try {
			link.click();
		}
		catch (ElementClickInterceptedException e) {
			// The description of the filter the pointer rests on covers this one: click it nonetheless.
			((JavascriptExecutor) driver).executeScript("arguments[0].click();", link);
		}
		waitFor(() -> "filter " + name + " did not open")
			.until(d -> filter(name).map(f -> f.getAttribute("class").contains("active")).orElse(false));
		waitFor(() -> "the tasks of filter " + name + " did not load")
			.until(d -> taskListLoaded(name));
		return this;
	}

	/** Names of the tasks listed under the open filter. */
	List<String> taskNames() {
		return waitFor().until(d -> d.findElements(TASK_ITEMS)
			.stream()
			.map(item -> item.findElement(By.cssSelector(".names h4.task a")).getText().trim())
			.toList());
	}

	/** Waits until a listed task of that name shows every text on its card (the filter's variable columns). */
	Tasklist waitForCard(String taskName, String... texts) {
		waitFor(() -> "no card of " + taskName + " shows " + Arrays.toString(texts) + "; the cards show "
				+ driver.findElements(TASK_ITEMS).stream().map(WebElement::getText).toList())
			.until(d -> taskItems(taskName).stream()
				.map(WebElement::getText)
				.anyMatch(card -> Arrays.stream(texts).allMatch(card::contains)));
		return this;
	}

	/** The text of every listed card, in order. */
	List<String> cards() {
		return waitFor().until(d -> d.findElements(TASK_ITEMS).stream().map(WebElement::getText).toList());
	}

	/**
	 * A moment as Tasklist writes it in full (its {@code camDate:'long'}, e.g. a due date's
	 * tooltip), in the browser's time zone.
	 */
	String longDate(java.util.Date moment) {
		return (String) ((JavascriptExecutor) driver).executeScript("""
				var injector = angular.element(document.body).injector() || angular.element(document.documentElement).injector();
				return injector.get('$filter')('camDate')(new Date(arguments[0]), 'long');
				""", moment.getTime());
	}

	/** How many tasks the open filter lists. */
	int taskCount() {
		return driver.findElements(TASK_ITEMS).size();
	}

	/** Whether the open task offers 认领 (nobody has claimed it). */
	boolean claimOffered() {
		return driver.findElements(CLAIM).stream().anyMatch(WebElement::isDisplayed);
	}

	/**
	 * Clicks 认领 and waits for the outcome: the claim button gone, or a notification. Returns the
	 * notifications shown (empty: claimed).
	 */
	String tryToClaim() {
		waitFor().until(ExpectedConditions.elementToBeClickable(CLAIM)).click();
		waitFor(() -> "the claim had no outcome")
			.until(d -> !claimOffered() || !notifications().equals("[]"));
		return claimOffered() ? notifications() : "";
	}

	/**
	 * The variables a card shows without being expanded, each as "label value", for the listed
	 * task at that position: what is inside the card's visible area.
	 */
	List<String> cardColumnsShown(int index) {
		// Read again if Tasklist redraws the list while it is read (it refreshes the cards on its own).
		return new org.openqa.selenium.support.ui.WebDriverWait(driver, BrowserExtension.WAIT)
			.ignoring(StaleElementReferenceException.class)
			.until(d -> {
				WebElement card = driver.findElements(TASK_ITEMS).get(index);
				WebElement details = card.findElement(By.cssSelector(".task-card-details"));
				return card.findElements(By.cssSelector(".variable-item"))
					.stream()
					.filter(WebElement::isDisplayed)
					.filter(item -> within(item, details))
					.map(item -> item.getText().replaceAll("\\s+", " ").trim())
					.toList();
			});
	}

	/** What the card's priority cell shows to the eye ("" when hidden), e.g. 加急. */
	String priorityShown(int index) {
		WebElement priority = driver.findElements(TASK_ITEMS).get(index).findElement(By.cssSelector(".priority"));
		return (String) ((JavascriptExecutor) driver).executeScript("""
				var cell = arguments[0], style = getComputedStyle(cell);
				if (style.visibility === 'hidden' || style.display === 'none') return '';
				var after = getComputedStyle(cell, '::after').content;
				var shown = parseFloat(style.fontSize) > 0 ? cell.innerText.trim() : '';
				return (shown + (after && after !== 'none' ? after.replace(/^"|"$/g, '') : '')).trim();
				""", priority);
	}

	/** Opens the date picker of a form-js date field and returns the calendar's text. */
	String openDatePicker(String label) {
		WebElement input = field("datetime", label).findElement(By.cssSelector(".fjs-datepicker input"));
		scrollIntoView(input);
		input.click();
		WebElement calendar = waitFor(() -> "the date picker of " + label + " did not open")
			.until(d -> field("datetime", label).findElements(By.cssSelector(".flatpickr-calendar.open"))
				.stream()
				.findFirst()
				.orElse(null));
		return calendar.getText();
	}

	/** Clicks the date picker's day of that number in the shown month. */
	Tasklist pickDay(String label, int day) {
		WebElement calendar = field("datetime", label).findElement(By.cssSelector(".flatpickr-calendar.open"));
		calendar.findElements(By.cssSelector(".flatpickr-day:not(.prevMonthDay):not(.nextMonthDay)"))
			.stream()
			.filter(d -> d.getText().trim().equals(String.valueOf(day)))
			.findFirst()
			.orElseThrow()
			.click();
		return this;
	}

	/** The messages form-js shows under a field (its validation). */
	List<String> fieldErrors(String label) {
		return field(null, label).findElements(By.cssSelector(".fjs-form-field-error li"))
			.stream()
			.map(WebElement::getText)
			.map(String::trim)
			.toList();
	}

	/** Types into a field and clears it again, then leaves it: as an officer who changed their mind. */
	Tasklist typeAndClear(String label, String text) {
		WebElement input = field(null, label).findElement(By.cssSelector("textarea, input"));
		scrollIntoView(input);
		input.sendKeys(text);
		input.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"),
				org.openqa.selenium.Keys.BACK_SPACE);
		((JavascriptExecutor) driver).executeScript("arguments[0].blur();", input);
		return this;
	}

	/**
	 * A picture of the open task with its whole form: the window is made as tall as the form
	 * needs (Tasklist scrolls the task in its own pane), then restored.
	 */
	void screenshotOfTask(BrowserExtension browser, String name) {
		Number needed = (Number) ((JavascriptExecutor) driver).executeScript("""
				var pane = document.querySelector('[cam-tasklist-task]');
				var scroller = pane;
				while (scroller && scroller.scrollHeight <= scroller.clientHeight) scroller = scroller.parentElement;
				return scroller ? scroller.scrollHeight - scroller.clientHeight + window.innerHeight : window.innerHeight;
				""");
		browser.tallScreenshot(name, Math.min(Math.max(needed.intValue() + 200, 1000), 5000));
	}

	/** The number the open filter's counter shows. */
	int filterCount(String name) {
		WebElement counter = filter(name).orElseThrow().findElement(By.cssSelector("span.counter"));
		return Integer.parseInt(counter.getText().replaceAll("\\D", ""));
	}

	/** Opens the {@code index}-th listed task of that name and waits for its form. */
	Tasklist openTask(String taskName, int index) {
		// Looked up and clicked in one go: the list re-renders when it refreshes (after a claim).
		waitFor(() -> "no task " + taskName + " in the list " + taskNames()).until(d -> {
			List<WebElement> items = taskItems(taskName);
			if (items.size() <= index) {
				return false;
			}
			items.get(index).findElement(By.cssSelector(".names h4.task a")).click();
			return true;
		});
		waitFor(() -> "task " + taskName + " did not open")
			.until(ExpectedConditions.textToBePresentInElementLocated(TASK_VIEW_NAME, taskName));
		waitForForm();
		return this;
	}

	Tasklist openTask(String taskName) {
		return openTask(taskName, 0);
	}

	/**
	 * Follows a direct link to a task, as a user would from a bookmark or an e-mail, and waits
	 * until Tasklist has either shown the task or refused it; returns the notifications shown.
	 */
	String openTaskByLink(String taskId) {
		driver.get("about:blank"); // a fresh page: nothing left of a task opened before
		driver.get(appUrl() + "default/#/?task=" + taskId);
		waitFor(() -> "Tasklist neither shows nor refuses task " + taskId)
			.until(d -> !d.findElements(TASK_VIEW).isEmpty() || !notifications().equals("[]"));
		return notifications();
	}

	/** Whether a task is open in the task view. */
	boolean taskViewShown() {
		return driver.findElements(TASK_VIEW).stream().anyMatch(WebElement::isDisplayed);
	}

	/** Claims the open task (Tasklist keeps the form disabled until then). */
	Tasklist claim() {
		waitFor().until(ExpectedConditions.elementToBeClickable(CLAIM)).click();
		waitFor(() -> "the task was not claimed: " + notifications())
			.until(ExpectedConditions.invisibilityOfElementLocated(CLAIM));
		waitFor(() -> "the form stays disabled after claiming")
			.until(d -> !d.findElement(FORM_PANE).getAttribute("class").contains("disabled-form"));
		waitForForm();
		return this;
	}

	/** The words on the open task's claim button: Tasklist's own, in the browser's language. */
	String claimLabel() {
		return waitFor().until(ExpectedConditions.visibilityOfElementLocated(CLAIM)).getText().trim();
	}

	/** The hint Tasklist shows where a task would be while none is open. */
	String noTaskHint() {
		return waitFor().until(ExpectedConditions.visibilityOfElementLocated(NO_TASK_SELECTED)).getText().trim();
	}

	/** Text of the rendered form (headings, texts, tables, labels). */
	String formText() {
		return driver.findElement(FORM).getText();
	}

	/** Waits until the form shows every text (form-js renders variables after it loads them). */
	Tasklist waitForFormText(String... texts) {
		waitFor(() -> "the form does not show " + Arrays.toString(texts) + "; it shows:\n" + safeFormText())
			.until(d -> {
				String shown = safeFormText();
				return Arrays.stream(texts).allMatch(shown::contains);
			});
		return this;
	}

	/** The rows of the form's table with that label, each row's cells as text. */
	List<List<String>> tableRows(String label) {
		WebElement table = field("table", label).findElement(By.cssSelector("table.fjs-table"));
		return table.findElements(By.cssSelector("tbody tr"))
			.stream()
			.map(row -> row.findElements(By.cssSelector("td")).stream().map(td -> td.getText().trim()).toList())
			.toList();
	}

	/**
	 * Chooses an option of a form-js select: a custom dropdown, not a native {@code <select>},
	 * so it is clicked open and the option clicked.
	 */
	Tasklist choose(String label, String option) {
		WebElement select = field("select", label);
		WebElement display = select.findElement(By.cssSelector(".fjs-input-group"));
		scrollIntoView(display);
		display.click();
		By item = By.xpath(".//*[contains(@class,'fjs-dropdownlist-item')][normalize-space(.)='" + option + "']");
		WebElement choice = waitFor(() -> "the dropdown " + label + " does not offer " + option)
			.until(d -> select.findElements(item).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
		choice.click();
		waitFor(() -> "the dropdown " + label + " does not show " + option)
			.until(ExpectedConditions.textToBePresentInElement(select.findElement(By.cssSelector(".fjs-select-display")),
					option));
		return this;
	}

	/** The option a form-js select shows as chosen, or "" while it shows its placeholder. */
	String chosen(String label) {
		WebElement display = field("select", label).findElement(By.cssSelector(".fjs-select-display"));
		return display.getAttribute("class").contains("fjs-select-placeholder") ? "" : display.getText().trim();
	}

	/** The current value of a form-js textarea or text field. */
	String value(String label) {
		return field(null, label).findElement(By.cssSelector("textarea, input")).getDomProperty("value");
	}

	/** Ticks a form-js checkbox. */
	Tasklist tick(String label) {
		WebElement checkbox = field("checkbox", label).findElement(By.cssSelector("input[type=checkbox]"));
		scrollIntoView(checkbox);
		if (!checkbox.isSelected()) {
			checkbox.click();
		}
		waitFor().until(ExpectedConditions.elementToBeSelected(checkbox));
		return this;
	}

	/** Types into a form-js textarea or text field. */
	Tasklist type(String label, String text) {
		WebElement field = field(null, label);
		WebElement input = field.findElement(By.cssSelector("textarea, input"));
		scrollIntoView(input);
		input.clear();
		input.sendKeys(text);
		return this;
	}

	/** Clicks Complete once the form's validation allows it, and waits until Tasklist has sent it. */
	Tasklist complete() {
		WebElement complete = waitFor(() -> "Complete stays disabled: a required field is not filled")
			.until(ExpectedConditions.elementToBeClickable(COMPLETE));
		scrollIntoView(complete);
		complete.click();
		// Tasklist closes the task view once the engine has completed the task.
		waitFor(() -> "the task was not completed: " + notifications() + " " + formFailure())
			.until(d -> !d.findElements(NO_TASK_SELECTED).isEmpty() && d.findElement(NO_TASK_SELECTED).isDisplayed());
		return this;
	}

	/** The form-js field (wrapper of label and input) of a type whose label starts with {@code label}. */
	WebElement field(String type, String label) {
		String css = type == null ? ".fjs-form-field" : ".fjs-form-field.fjs-form-field-" + type;
		return waitFor(() -> "the form has no " + (type == null ? "field" : type) + " labelled " + label
				+ "; it shows:\n" + safeFormText())
			.until(d -> d.findElements(By.cssSelector("[cam-tasklist-task] " + css))
				.stream()
				.filter(f -> f.findElements(By.cssSelector("label, .fjs-form-field-label"))
					.stream()
					.anyMatch(l -> l.getText().trim().startsWith(label)))
				.findFirst()
				.orElse(null));
	}

	private void waitForForm() {
		waitFor(() -> "the task's form did not render: " + formFailure())
			.until(d -> !d.findElements(FORM).isEmpty() || !formFailure().isEmpty());
		String failure = formFailure();
		if (!failure.isEmpty()) {
			throw new AssertionError("Tasklist cannot show the task's form: " + failure);
		}
	}

	private String formFailure() {
		return driver.findElements(FORM_FAILURE)
			.stream()
			.filter(WebElement::isDisplayed)
			.map(WebElement::getText)
			.findFirst()
			.orElse("");
	}

	private String safeFormText() {
		try {
			List<WebElement> forms = driver.findElements(FORM);
			return forms.isEmpty() ? "(no form)" : forms.get(0).getText();
		}
		catch (StaleElementReferenceException e) {
			return "";
		}
	}

	private boolean taskListLoaded(String filterName) {
		try {
			if (driver.findElement(TASK_LIST_LOADER).isDisplayed()) {
				return false;
			}
			WebElement filter = filter(filterName).orElse(null);
			if (filter == null) {
				return false;
			}
			WebElement counter = filter.findElement(By.cssSelector("span.counter"));
			String count = counter.getText().replaceAll("\\D", "");
			return counter.isDisplayed() && !count.isEmpty()
					&& Integer.parseInt(count) == driver.findElements(TASK_ITEMS).size();
		}
		catch (StaleElementReferenceException e) {
			return false;
		}
	}

	private List<WebElement> taskItems(String taskName) {
		return driver.findElements(TASK_ITEMS)
			.stream()
			.filter(item -> item.findElement(By.cssSelector(".names h4.task a")).getText().trim().equals(taskName))
			.toList();
	}

	private Optional<WebElement> filter(String name) {
		try {
			return driver.findElements(FILTERS).stream().filter(f -> filterName(f).equals(name)).findFirst();
		}
		catch (StaleElementReferenceException e) {
			return Optional.empty();
		}
	}

	private static String filterName(WebElement filter) {
		String text = filter.findElement(By.cssSelector("h4.name a")).getText().trim();
		// The focused filter's link also carries its counter, e.g. "我的待办 (1)".
		return text.replaceAll("\\s*\\(?\\d+\\)?$", "").trim();
	}

	private static boolean within(WebElement inner, WebElement outer) {
		var a = inner.getRect();
		var b = outer.getRect();
		return a.getY() >= b.getY() && a.getY() + a.getHeight() <= b.getY() + b.getHeight() + 1;
	}

	private void scrollIntoView(WebElement element) {
		((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
	}

}
