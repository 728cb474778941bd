package cn.gov.jiangmen.subsidy.scale;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Drives applications of every kind an office sees to their end over HTTP, on whatever node is up:
 * straight approvals, returns corrected and resubmitted, returns withdrawn, rejections at the district
 * and at the city, objections dismissed and upheld. Each application's path follows from its number
 * ({@link Path#of}), so that after a crash the driver picks up every application from where the
 * engine says it is, instead of from a script position.
 */
final class MixedLifecycles {

	/** What happens to the n-th application of a run; 6 of 10 are paid. */
	enum Path {
		APPROVED, RETURNED_AND_CORRECTED, RETURNED_AND_WITHDRAWN, REJECTED_BY_DISTRICT, REJECTED_BY_CITY,
		OBJECTION_DISMISSED, OBJECTION_UPHELD;

		static Path of(int n) {
			return switch (n % 10) {
				case 0 -> RETURNED_AND_CORRECTED;
				case 1 -> REJECTED_BY_DISTRICT;
				case 2 -> RETURNED_AND_WITHDRAWN;
				case 3 -> REJECTED_BY_CITY;
				case 4 -> OBJECTION_DISMISSED;
				case 5 -> OBJECTION_UPHELD;
				default -> APPROVED;
			};
		}

		String finalStatus() {
			return switch (this) {
				case APPROVED, RETURNED_AND_CORRECTED, OBJECTION_DISMISSED -> "DISBURSED";
				case RETURNED_AND_WITHDRAWN -> "WITHDRAWN";
				default -> "REJECTED";
			};
		}
	}

	record App(int n, String id, String processInstanceId, String district) {
		Path path() {
			return Path.of(n);
		}
	}

	private final RestDriver rest;
	private final int run;
	private AppNode node;
	/** Applications submitted and not yet seen at their end, by process instance id. */
	private final Map<String, App> open = new HashMap<>();
	private final Set<String> objected = new HashSet<>();
	final List<App> finished = new ArrayList<>();
	Duration timeout = Duration.ofMinutes(5);

	MixedLifecycles(RestDriver rest, AppNode node, int run) {
		this.rest = rest;
		this.node = node;
		this.run = run;
	}

	void on(AppNode node) {
		this.node = node;
	}

	static void log(String message) {
		System.out.printf("[%tT] %s%n", System.currentTimeMillis(), message);
	}

	/** Submits application n as its district officer; returns it once the node answered 201. */
	App submit(int n) {
		return submitAs(ScaleRequests.officer(ScaleRequests.district(n)), ScaleRequests.request(run, n), n);
	}

	/** Submits a request as the given user; it follows the path and district of n. */
	App submitAs(String user, String request, int n) {
		String district = ScaleRequests.district(n);
		JsonNode created = rest.submit(node, user, request);
		App app = new App(n, created.get("id").asText(), created.get("processInstanceId").asText(), district);
		synchronized (open) {
			open.put(app.processInstanceId(), app);
		}
		return app;
	}

	/**
	 * After a restart: every running application instance as the engine has it (also those whose
	 * 201 never reached the client), its number read back from the credit code of its enterprise.
	 */
	void reloadFromEngine() {
		synchronized (open) {
			Map<String, App> before = new HashMap<>(open);
			open.clear();
			for (JsonNode instance : rest.call(node, "admin", "GET",
					"/engine-rest/process-instance?processDefinitionKey=subsidyApplication&maxResults=100000", null, 200)) {
				String pid = instance.get("id").asText();
				JsonNode variables = rest.call(node, "admin", "GET",
						"/engine-rest/process-instance/" + pid + "/variables?deserializeValues=false", null, 200);
				String creditCode = variables.get("creditCode").get("value").asText();
				open.put(pid, new App(ScaleRequests.numberOf(creditCode), instance.get("businessKey").asText(), pid,
						variables.get("district").get("value").asText()));
			}
			// ended between the driver's last look and the crash
			before.forEach((pid, app) -> {
				if (!open.containsKey(pid)) {
					finished.add(app);
				}
			});
		}
	}

	Set<String> openIds() {
		synchronized (open) {
			return open.values().stream().map(App::id).collect(java.util.stream.Collectors.toSet());
		}
	}

	/** Follows only n of the open applications from here on, those headed for payout first. */
	void keepOnly(int n) {
		synchronized (open) {
			List<App> kept = open.values().stream()
				.sorted(java.util.Comparator.comparing((App app) -> !app.path().finalStatus().equals("DISBURSED"))
					.thenComparing(App::id))
				.limit(n)
				.toList();
			open.clear();
			kept.forEach(app -> open.put(app.processInstanceId(), app));
		}
	}

	int openCount() {
		synchronized (open) {
			return open.size();
		}
	}

	/**
	 * Moves every open application on until each has ended, completing what is due in the order the
	 * bureaus work: the per-application tasks first, then (when nothing else is pending) the acts for
	 * a whole list, the objections during the notice, and the timers.
	 */
	void driveToEnd() {
		long deadline = System.nanoTime() + timeout.toNanos();
		int idleRounds = 0;
		while (openCount() > 0) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("timed out with " + openCount() + " applications open");
			}
			if (round()) {
				idleRounds = 0;
			}
			else {
				AppNode.sleep(Math.min(1000, 100L * ++idleRounds));
			}
		}
	}

	/** Does what is due now, once round; returns whether anything moved. */
	boolean round() {
		boolean moved = completeApplicationTasks();
		if (!moved && !jobsPending()) {
			moved = objectDuringNotice() || batchActs() || timersDueNow();
		}
		forgetEnded();
		return moved;
	}

	private boolean completeApplicationTasks() {
		Map<String, App> byInstance;
		synchronized (open) {
			byInstance = new HashMap<>(open);
		}
		boolean moved = false;
		for (JsonNode task : rest.call(node, "admin", "GET",
				"/engine-rest/task?processDefinitionKey=subsidyApplication&maxResults=100000", null, 200)) {
			App app = byInstance.get(task.get("processInstanceId").asText());
			if (app == null) {
				continue;
			}
			String taskId = task.get("id").asText();
			String officer = ScaleRequests.officer(app.district());
			switch (task.get("taskDefinitionKey").asText()) {
				case "UserTask_DistrictReview" -> rest.complete(node, officer, taskId, districtDecision(app));
				case "UserTask_SupplementApplication" -> rest.completeTyped(node, officer, taskId, supplement(app));
				case "UserTask_CityReview" -> rest.complete(node, "city-officer", taskId,
						Map.of("decision", app.path() == Path.REJECTED_BY_CITY ? "reject" : "approve", "comment",
								app.path() == Path.REJECTED_BY_CITY ? "项目真实性存疑，不予支持" : "同意"));
				case "UserTask_InvestigateObjection" -> rest.complete(node, officer, taskId,
						Map.of("decision", app.path() == Path.OBJECTION_UPHELD ? "uphold" : "dismiss", "comment",
								app.path() == Path.OBJECTION_UPHELD ? "经核查异议属实" : "经核查异议不成立"));
				case "UserTask_Disburse" -> rest.complete(node, ScaleRequests.finance(app.district()), taskId,
						Map.of("paymentReference", "PAY-" + app.id(), "paymentDate",
								LocalDate.now(ZoneId.of("Asia/Shanghai")).toString()));
				case "UserTask_ReportFundUse" -> rest.complete(node, officer, taskId,
						Map.of("fundUseReport", "资金已用于参展及保费支出。"));
				default -> throw new IllegalStateException("unexpected task " + task);
			}
			moved = true;
		}
		return moved;
	}

	private Map<String, Object> districtDecision(App app) {
		boolean corrected = rest.call(node, "admin", "GET", "/api/applications/" + app.id(), null, 200)
			.get("history")
			.findValuesAsText("step")
			.contains("SUPPLEMENTED");
		return switch (app.path()) {
			case RETURNED_AND_CORRECTED -> corrected ? Map.of("decision", "approve", "comment", "补正后材料齐全")
					: Map.of("decision", "return", "comment", "请补充参展证明材料");
			case RETURNED_AND_WITHDRAWN -> Map.of("decision", "return", "comment", "请补充保单及缴费凭证");
			case REJECTED_BY_DISTRICT -> Map.of("decision", "reject", "comment", "不符合申报条件");
			default -> Map.of("decision", "approve", "comment", "材料齐全，同意");
		};
	}

	private Map<String, Object[]> supplement(App app) {
		if (app.path() == Path.RETURNED_AND_WITHDRAWN) {
			return Map.of("supplementAction", new Object[] { "withdraw", "String" }, "comment",
					new Object[] { "不再申报", "String" });
		}
		// The supplement task carries only its form's answer (issue 11: items are corrected in the portal);
		// the application is resubmitted with the items it holds.
		return Map.of("supplementAction", new Object[] { "resubmit", "String" }, "comment",
				new Object[] { "已按要求补正", "String" });
	}

	private boolean jobsPending() {
		return rest.call(node, "admin", "GET", "/engine-rest/job/count?executable=true&withRetriesLeft=true", null, 200)
			.get("count")
			.asLong() > 0;
	}

	/** The city bureau records an objection against each application meant to get one, once its notice runs. */
	private boolean objectDuringNotice() {
		boolean moved = false;
		for (App app : snapshot()) {
			if ((app.path() == Path.OBJECTION_DISMISSED || app.path() == Path.OBJECTION_UPHELD)
					&& !objected.contains(app.id()) && "PUBLIC_NOTICE".equals(rest.status(node, app.id()))) {
				rest.call(node, "city-officer", "POST", "/api/applications/" + app.id() + "/objections",
						"{\"reason\": \"展位数量与实际不符\", \"contact\": \"0750-1234567\"}", 202);
				objected.add(app.id());
				moved = true;
			}
		}
		return moved;
	}

	private boolean batchActs() {
		int acts = 0;
		for (String district : ScaleRequests.DISTRICTS) {
			acts += batch("UserTask_ReportDistrictPlan", ScaleRequests.officer(district), Map.of("confirmed", true));
		}
		acts += batch("UserTask_PublishNotice", "city-officer", Map.of("noticeContact", "江门市商务局对外贸易科"));
		acts += batch("UserTask_IncludeInBudget", "city-officer", Map.of("confirmed", true));
		acts += batch("UserTask_ReleaseFunds", "city-finance", Map.of("releaseDocumentNo", "江财工〔2027〕1号"));
		return acts > 0;
	}

	private int batch(String taskKey, String user, Map<String, Object> values) {
		List<RestDriver.Task> tasks = rest.tasks(node, user, Map.of("taskDefinitionKey", taskKey));
		for (RestDriver.Task task : tasks) {
			rest.complete(node, user, task.id(), values);
		}
		return tasks.size();
	}

	private boolean timersDueNow() {
		int moved = 0;
		for (String activity : List.of("CatchEvent_NoticePeriodEnded", "CatchEvent_BudgetYearStarted")) {
			for (String job : rest.timerJobs(node, activity)) {
				rest.dueNow(node, job);
				moved++;
			}
		}
		return moved > 0;
	}

	private void forgetEnded() {
		Set<String> running = new HashSet<>();
		for (JsonNode instance : rest.call(node, "admin", "GET",
				"/engine-rest/process-instance?processDefinitionKey=subsidyApplication&maxResults=100000", null, 200)) {
			running.add(instance.get("id").asText());
		}
		synchronized (open) {
			open.values().removeIf(app -> {
				if (running.contains(app.processInstanceId())) {
					return false;
				}
				finished.add(app);
				return true;
			});
		}
	}

	private List<App> snapshot() {
		synchronized (open) {
			return new ArrayList<>(open.values());
		}
	}

}
