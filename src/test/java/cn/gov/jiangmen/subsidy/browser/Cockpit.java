package cn.gov.jiangmen.subsidy.browser;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Camunda 7 Cockpit as the admin uses it: processes, a definition's running instances. */
final class Cockpit extends CamundaWebapp {

	private static final By PROCESSES_NAV = By.cssSelector("a[href='#/processes']");
	private static final By BUSINESS_KEYS = By.cssSelector("td.business-key");

	Cockpit(WebDriver driver, String baseUrl) {
		super(driver, baseUrl, "cockpit");
	}

	Cockpit signIn(String user) {
		signIn(user, "demo");
		return this;
	}

	/** Opens Cockpit's login page and returns the notice it shows a Chinese browser above the form. */
	String loginNotice() {
		driver.get(appUrl());
		waitFor(() -> "no login form at " + appUrl()).until(ExpectedConditions.elementToBeClickable(LOGIN_USERNAME));
		return waitFor(() -> "Cockpit's login page shows no notice for officers")
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".jiangmen-administrators-only")))
			.getText();
	}

	/** Opens Processes from the header and then the process definition of that name. */
	Cockpit openProcess(String processName) {
		waitFor().until(ExpectedConditions.elementToBeClickable(PROCESSES_NAV)).click();
		By link = By.xpath("//td[contains(@class,'name')]//a[normalize-space(.)='" + processName + "']");
		waitFor(() -> "Cockpit lists no process " + processName).until(ExpectedConditions.elementToBeClickable(link))
			.click();
		waitFor(() -> "the definition page of " + processName + " did not open")
			.until(ExpectedConditions.urlContains("#/process-definition/"));
		return this;
	}

	/** Waits until the instance list shows this business key, and returns every key it shows. */
	List<String> waitForInstance(String businessKey) {
		waitFor(() -> "Cockpit shows no instance with business key " + businessKey + ", only " + businessKeys())
			.until(d -> businessKeys().contains(businessKey));
		return businessKeys();
	}

	List<String> businessKeys() {
		return driver.findElements(BUSINESS_KEYS).stream().map(WebElement::getText).map(String::trim).toList();
	}

}
