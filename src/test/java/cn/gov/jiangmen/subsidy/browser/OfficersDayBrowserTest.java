package cn.gov.jiangmen.subsidy.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.assertj.core.api.SoftAssertions;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.gov.jiangmen.subsidy.ProcedureTest;
import cn.gov.jiangmen.subsidy.ProcedureDriver;
import cn.gov.jiangmen.subsidy.TestData;
import cn.gov.jiangmen.subsidy.processes.ProcessConstants.Elements;

/**
 * An officer's day in Tasklist, in a Chinese browser, with an application waiting at every step
 * of the procedure reachable today: every list and every task form shows no English word, each
 * list holds only what its reader can claim, the cards show district and amount, and Cockpit
 * tells an officer it is for administrators. Pictures of every screen are kept under
 * {@code target/browser-screenshots/day-*.png}.
 */
@ProcedureTest
@Tag("browser")
class OfficersDayBrowserTest {

	@RegisterExtension
	static final BrowserExtension browser = new BrowserExtension();

	/** Each user task of the application process and of the four batch processes. */
	static final List<String> EVERY_TASK = List.of("区级初审", "企业补正材料", "报送拟下达项目计划", "市级复审", "发布公示", "异议重新调查",
			"编入次年部门预算", "下达资金", "资金兑付", "报告资金使用情况");

	/**
	 * The enterprise's task: it answers a return in the portal (PortalBrowserTest), with no Tasklist of
	 * its own; an officer meets it only as another's task.
	 */
	static final String ENTERPRISE_TASK = "企业补正材料";

	/** The officers who work on the others. */
	static final List<String> USERS = List.of("pengjiang-officer", "city-officer", "city-finance", "pengjiang-finance");

	@LocalServerPort
	int port;

	@Autowired
	ProcedureDriver procedure;

	String baseUrl;

	/** The application waiting at each step, by the name of its task. */
	Map<String, String> waiting;

	@BeforeEach
	void anApplicationAtEveryStep() {
		TestData.setClock(2026, 3, 2, 9, 30);
		baseUrl = "http://localhost:" + port;
		waiting = new LinkedHashMap<>();

		String paid = submitted(1);
		String reporting = submitted(2);
		throughCityReviewAndNotice(paid, reporting);
		endNotice(paid, reporting);
		procedure.cityIncludesInBudget();

		String releasing = submitted(3);
		throughCityReviewAndNotice(releasing);
		endNotice(releasing);
		procedure.cityIncludesInBudget();

		startBudgetYear(paid, reporting);
		procedure.cityFinanceReleasesFunds();
		procedure.complete("pengjiang-finance", procedure.task(reporting, Elements.DISBURSE),
				Map.of("paymentReference", "2026040100017", "paymentDate", "2026-04-01"));
		waiting.put("资金兑付", paid);
		waiting.put("报告资金使用情况", reporting);
		startBudgetYear(releasing);
		waiting.put("下达资金", releasing);

		String budgeting = submitted(4);
		throughCityReviewAndNotice(budgeting);
		endNotice(budgeting);
		waiting.put("编入次年部门预算", budgeting);

		String objected = submitted(5);
		throughCityReviewAndNotice(objected);
		assertThat(procedure
			.post("city-officer", "/api/applications/" + objected + "/objections",
					"{\"reason\": \"该企业参展证明存疑\", \"contact\": \"0750-3000000\"}")
			.getStatusCode()
			.value()).isEqualTo(202);
		waiting.put("异议重新调查", objected);

		String noticing = submitted(6);
		approvedByBothReviews(noticing);
		waiting.put("发布公示", noticing);

		String inCityReview = submitted(7);
		procedure.districtDecides(inCityReview, "approve", "同意");
		procedure.districtReportsPlan();
		waiting.put("市级复审", inCityReview);

		String planned = submitted(8);
		procedure.districtDecides(planned, "approve", "同意");
		waiting.put("报送拟下达项目计划", planned);

		String returned = submitted(9);
		procedure.districtDecides(returned, "return", "请补充参展证明");
		waiting.put(ENTERPRISE_TASK, returned);

		waiting.put("区级初审", submitted(10));
		assertThat(waiting.keySet()).containsExactlyInAnyOrderElementsOf(EVERY_TASK);
	}

	/**
	 * Every list and every task form, as each bureau sees them in a Chinese browser, with the date
	 * picker open and a required field left empty: no English word but the codes an officer needs
	 * ({@link LatinWords}).
	 */
	@Test
	void every_screen_of_the_officers_day_shows_no_english_word() {
		Map<String, List<String>> english = new LinkedHashMap<>();
		Set<String> formsSeen = new LinkedHashSet<>();
		for (String user : USERS) {
			Tasklist tasklist = new Tasklist(browser.driver(), baseUrl).signIn(user);
			List<String> filters = tasklist.filterNames();
			for (int i = 0; i < filters.size(); i++) {
				tasklist.openFilter(filters.get(i));
				browser.screenshot("day-" + user + "-list-" + (i + 1));
				record(english, user + " · " + filters.get(i), tasklist.visibleLatinWords());
			}
			tasklist.openFilter("我的待办");
			// By name (one of each in a bureau's list): tasks created at the same moment change places.
			for (String task : new LinkedHashSet<>(tasklist.taskNames())) {
				tasklist.openTask(task);
				if (tasklist.claimOffered()) {
					tasklist.claim();
				}
				tasklist.waitForFormText(task + " · ");
				String screen = user + " · " + task;
				if (task.equals("资金兑付")) {
					String calendar = tasklist.openDatePicker("兑付日期");
					assertThat(calendar).as("the date picker's words").contains("周一", "周日");
					browser.screenshot("day-date-picker");
					record(english, screen + " · 日期选择", tasklist.visibleLatinWords());
					tasklist.pickDay("兑付日期", 9);
					assertThat(tasklist.value("兑付日期")).as("the picked date").matches("\\d{4}-\\d{2}-09");
					tasklist.typeAndClear("支付凭证号", "2026");
					assertThat(tasklist.fieldErrors("支付凭证号")).containsExactly("此项为必填项。");
				}
				tasklist.screenshotOfTask(browser, "day-form-" + (EVERY_TASK.indexOf(task) + 1));
				record(english, screen, tasklist.visibleLatinWords());
				formsSeen.add(task);
			}
		}
		SoftAssertions soft = new SoftAssertions();
		soft.assertThat(english).as("English words on the officers' screens").isEmpty();
		soft.assertThat(formsSeen).as("the task forms walked")
			.containsExactlyInAnyOrderElementsOf(EVERY_TASK.stream().filter(task -> !task.equals(ENTERPRISE_TASK)).toList());
		soft.assertThat(new Tasklist(browser.driver(), baseUrl).longDate(TestData.at(2026, 12, 9, 9, 30)))
			.as("a date as Tasklist writes it in full").isEqualTo("2026-12-09 星期三 09:30");
		soft.assertAll();
	}

	/**
	 * Each changed form as its officer reads it at 1400 px and on a phone (375 px): the items as the
	 * enterprise entered them (countries by name), the earlier opinions, the batch's city and district
	 * shares, the payout's bank account; no part of a form scrolls sideways at 1400 px; 退回补正 and
	 * 异议成立 open a required reason field.
	 */
	@Test
	void the_officers_forms_give_the_context_and_ask_for_reasons_at_1400_and_375_px() {
		Map<String, List<String>> english = new LinkedHashMap<>();
		Map<String, List<String>> sideways = new LinkedHashMap<>();
		Tasklist district = new Tasklist(browser.driver(), baseUrl).signIn("pengjiang-officer");
		district.openFilter("我的待办");
		openClaimed(district, "区级初审", "企业申报内容（按企业填报原样）", "举办地：巴西", "展位类型：标准展位");
		assertThat(district.formText()).as("no reason field before a decision").doesNotContain("退回补正或不予支持的理由");
		district.choose("初审结论", "退回补正");
		district.waitForFormText("退回补正或不予支持的理由");
		district.typeAndClear("退回补正或不予支持的理由", "理由");
		assertThat(district.fieldErrors("退回补正或不予支持的理由")).containsExactly("此项为必填项。");
		walked(district, "form-district-review-reason", english, sideways);

		openClaimed(district, "异议重新调查", "第 1 件异议", "区级初审意见", "通过（蓬江区商务局", "市级复审意见");
		district.choose("调查处理结论", "异议成立，不予支持");
		district.waitForFormText("异议成立的理由");
		walked(district, "form-investigate-objection-reason", english, sideways);

		openClaimed(district, "报送拟下达项目计划", "其中市级承担", "市级承担（元）", "区级承担（元）");
		walked(district, "form-report-district-plan", english, sideways);

		Tasklist city = new Tasklist(browser.driver(), baseUrl).signIn("city-officer");
		city.openFilter("我的待办");
		openClaimed(city, "市级复审", "区级初审意见", "通过（蓬江区商务局", "举办地：巴西");
		city.choose("复审结论", "不予支持");
		city.waitForFormText("不予支持的理由");
		walked(city, "form-city-review-reason", english, sideways);
		openClaimed(city, "编入次年部门预算", "市级承担（元）", "区级承担（元）");
		walked(city, "form-include-in-budget", english, sideways);

		Tasklist finance = new Tasklist(browser.driver(), baseUrl).signIn("pengjiang-finance");
		finance.openFilter("我的待办");
		openClaimed(finance, "资金兑付", "收款账户（企业申报时填报）", "中国银行江门分行", "6217856000012345678",
				"应付金额（元）", "其中市级承担（元）", "其中区级承担（元）");
		walked(finance, "form-disburse", english, sideways);

		SoftAssertions soft = new SoftAssertions();
		soft.assertThat(english).as("English words on the forms").isEmpty();
		soft.assertThat(sideways).as("parts of the forms scrolling sideways at 1400 px").isEmpty();
		soft.assertAll();
	}

	private static void openClaimed(Tasklist tasklist, String task, String... texts) {
		tasklist.openTask(task);
		if (tasklist.claimOffered()) {
			tasklist.claim();
		}
		tasklist.waitForFormText(task + " · ");
		tasklist.waitForFormText(texts);
	}

	private void walked(Tasklist tasklist, String picture, Map<String, List<String>> english,
			Map<String, List<String>> sideways) {
		record(english, picture, tasklist.visibleLatinWords());
		List<String> wide = tasklist.sidewaysScrolling();
		if (!wide.isEmpty()) {
			sideways.put(picture, wide);
		}
		tasklist.screenshotOfTask(browser, picture);
		browser.narrowScreenshot(picture + "-375", "[cam-tasklist-task] section.task-card");
	}

	/**
	 * The city bureau reads Pengjiang's first review and the enterprise's correction (to follow
	 * them) but cannot work on them: its lists hold neither, and every task they hold can be claimed.
	 */
	@Test
	void the_city_officer_can_claim_every_task_its_lists_hold() {
		Tasklist tasklist = new Tasklist(browser.driver(), baseUrl).signIn("city-officer");
		List<String> filters = tasklist.filterNames();
		assertThat(filters).contains("我的待办", "市级复审", "大额申报（10万元以上）", "蓬江区待办", "江海区待办", "新会区待办");
		Set<String> claimed = new LinkedHashSet<>();
		int listed = 0;
		for (String filter : filters) {
			tasklist.openFilter(filter);
			List<String> cards = tasklist.cards();
			listed += cards.size();
			assertThat(cards).as(filter).noneMatch(card -> card.contains(waiting.get("区级初审"))
					|| card.contains(waiting.get(ENTERPRISE_TASK)) || card.contains(waiting.get("报送拟下达项目计划")));
			for (String task : new LinkedHashSet<>(tasklist.taskNames())) {
				tasklist.openTask(task);
				if (tasklist.claimOffered()) {
					assertThat(tasklist.tryToClaim()).as("claiming " + task + " listed under " + filter).isEmpty();
				}
				claimed.add(task);
			}
		}
		assertThat(listed).as("tasks listed").isPositive();
		assertThat(claimed).containsExactlyInAnyOrder("市级复审", "发布公示", "编入次年部门预算");

		// What the city may read but not work on: opened by a link, it cannot be claimed, and says so in Chinese.
		tasklist.openTaskByLink(procedure.task(waiting.get("区级初审"), Elements.DISTRICT_REVIEW).getId());
		assertThat(tasklist.tryToClaim()).contains("您无权办理此任务").doesNotContain("permission");
		browser.screenshot("day-city-officer-refused");
	}

	/** A card shows district and amount without being expanded, and no default priority. */
	@Test
	void a_card_shows_the_district_and_the_amount_without_expanding() {
		Tasklist tasklist = new Tasklist(browser.driver(), baseUrl).signIn("pengjiang-officer");
		tasklist.openFilter("我区待初审");
		assertThat(tasklist.taskCount()).isEqualTo(1);
		assertThat(tasklist.cardColumnsShown(0)).containsExactly("申报编号: " + waiting.get("区级初审"),
				"企业名称: " + OfficerScreensBrowserTest.DEMO_ENTERPRISE, "所属区: 蓬江区", "测算金额（元）: 45000.00");
		assertThat(tasklist.priorityShown(0)).as("the default priority 50").isEmpty();

		// Raised by the reminder before the objection's deadline: it shows, as 加急.
		tasklist.openFilter("公示异议待核查");
		Job reminder = procedure.timer(waiting.get("异议重新调查"), Elements.OBJECTION_REMINDER);
		procedure.fire(reminder);
		tasklist.openFilter("我区待初审").openFilter("公示异议待核查");
		assertThat(tasklist.priorityShown(0)).isEqualTo("加急");
		browser.screenshot("day-cards");
	}

	/** Cockpit and Admin are the administrators': a signed-in officer reads so, in Chinese. */
	@Test
	void an_officer_who_opens_cockpit_or_admin_reads_that_they_are_for_administrators() {
		new Tasklist(browser.driver(), baseUrl).signIn("city-officer");
		for (String app : List.of("cockpit", "admin")) {
			browser.driver().get(baseUrl + "/camunda/app/" + app + "/default/");
			assertThat(browser.driver().findElement(By.tagName("h1")).getText()).as(app).isEqualTo("此页面仅供系统管理员使用");
			assertThat(browser.driver().getPageSource()).as(app).doesNotContain("Whitelabel");
			assertThat(LatinWords.notAllowed(new Tasklist(browser.driver(), baseUrl).visibleLatinWords())).as(app)
				.isEmpty();
		}
		browser.screenshot("day-cockpit-refused");
		browser.narrowScreenshot("day-cockpit-refused-375");
		browser.driver().findElement(By.linkText("前往任务办理")).click();
		new Tasklist(browser.driver(), baseUrl).waitForTasklist();

		// Not signed in, an officer meets Cockpit's (English) login page, with a Chinese word for it.
		Cockpit cockpit = new Cockpit(browser.driver(), baseUrl);
		cockpit.signOut();
		assertThat(cockpit.loginNotice()).contains("仅供系统管理员使用");
		browser.screenshot("day-cockpit-login");

		// The admin still gets Cockpit.
		cockpit.signIn("admin");
		assertThat(browser.driver().getPageSource()).doesNotContain("仅供系统管理员使用");
	}

	private String submitted(int number) {
		String body = """
				{"enterprise": {"creditCode": "%s", "name": "江门示范外贸有限公司", "district": "PENGJIANG",
				                "tradeRecordSince2024": true,
				                "bankAccount": {"bankName": "中国银行江门分行", "accountName": "江门示范外贸有限公司",
				                                "accountNumber": "6217856000012345678"}},
				 "items": [
				   {"type": "OVERSEAS_EXHIBITION", "country": "BR", "startDate": "2025-06-%02d", "keyPlan": true,
				    "boothKind": "STANDARD", "booths": 2, "expenses": "50000.00"},
				   {"type": "EXPORT_CREDIT_INSURANCE", "paidDate": "2025-03-%02d", "premiumPaid": "100000.00",
				    "platformPolicy": false}
				 ]}""".formatted(TestData.DEMO_CREDIT_CODE, number, number);
		return procedure.submit("enterprise-demo", body).get("id").asText();
	}

	private void approvedByBothReviews(String... applications) {
		for (String application : applications) {
			procedure.districtDecides(application, "approve", "同意");
		}
		procedure.districtReportsPlan();
		for (String application : applications) {
			procedure.cityDecides(application, "approve", "同意");
		}
	}

	private void throughCityReviewAndNotice(String... applications) {
		approvedByBothReviews(applications);
		procedure.cityPublishesNotice();
	}

	/** The notice period runs out: the clock moves past its end and the timers fire. */
	private void endNotice(String... applications) {
		List<Job> timers = new ArrayList<>();
		for (String application : applications) {
			timers.add(procedure.timer(application, Elements.NOTICE_PERIOD_ENDED));
		}
		Date end = timers.stream().map(Job::getDuedate).max(Date::compareTo).orElseThrow();
		ClockUtil.setCurrentTime(new Date(end.getTime() + 60_000));
		timers.forEach(procedure::fire);
	}

	/** 1 January of the budget year, for these applications only (their timers fire early). */
	private void startBudgetYear(String... applications) {
		for (String application : applications) {
			procedure.fire(procedure.timer(application, Elements.BUDGET_YEAR_STARTED));
		}
	}

	private static void record(Map<String, List<String>> english, String screen, List<String> words) {
		List<String> notAllowed = LatinWords.notAllowed(words);
		if (!notAllowed.isEmpty()) {
			english.put(screen, notAllowed);
		}
	}

}
