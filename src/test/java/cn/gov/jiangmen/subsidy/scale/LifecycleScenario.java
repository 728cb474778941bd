package cn.gov.jiangmen.subsidy.scale;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Drives N applications from submission to the end over HTTP, spreading the officers' calls over
 * the live nodes, and letting the nodes' job executors run the batch releases and the timers
 * (whose due dates are moved to now with the engine REST API, as an operator would do).
 */
final class LifecycleScenario {

	record App(int n, String id, String processInstanceId, String district) {
	}

	private final RestDriver rest;
	private final List<AppNode> nodes;
	private final int run;
	final List<App> apps = new ArrayList<>();
	private int turn;
	Duration timeout = Duration.ofMinutes(3);
	/** After a crash some applications are further on than others: skip those without the task. */
	boolean skipMissingTasks;

	LifecycleScenario(RestDriver rest, List<AppNode> nodes, int run) {
		this.rest = rest;
		this.nodes = nodes;
		this.run = run;
	}

	/** The next live node, round robin: consecutive calls of one application land on different nodes. */
	AppNode next() {
		for (int i = 0; i < nodes.size(); i++) {
			AppNode node = nodes.get(turn++ % nodes.size());
			if (node.alive()) {
				return node;
			}
		}
		throw new IllegalStateException("no node alive");
	}

	void log(String message) {
		System.out.printf("[%tT] %s%n", System.currentTimeMillis(), message);
	}

	/** Re-reads the applications from the engine (after a crash: the ones that were committed). */
	void reloadFromEngine() {
		apps.clear();
		AppNode node = next();
		for (JsonNode instance : rest.call(node, "admin", "GET",
				"/engine-rest/process-instance?processDefinitionKey=subsidyApplication&maxResults=100000", null, 200)) {
			String pid = instance.get("id").asText();
			String district = rest.call(node, "admin", "GET",
					"/engine-rest/process-instance/" + pid + "/variables/district", null, 200).get("value").asText();
			apps.add(new App(-1, instance.get("businessKey").asText(), pid, district));
		}
	}

	void submit(int from, int to) {
		for (int n = from; n < to; n++) {
			String district = ScaleRequests.district(n);
			JsonNode created = rest.submit(next(), ScaleRequests.officer(district), ScaleRequests.request(run, n));
			apps.add(new App(n, created.get("id").asText(), created.get("processInstanceId").asText(), district));
		}
	}

	void districtReview() {
		perApplication("UserTask_DistrictReview", app -> ScaleRequests.officer(app.district()),
				Map.of("decision", "approve", "comment", "材料齐全，同意"));
	}

	void cityReview() {
		perApplication("UserTask_CityReview", app -> "city-officer", Map.of("decision", "approve", "comment", "同意"));
	}

	void disburse() {
		for (App app : apps) {
			completeOwnTask(app, "UserTask_Disburse", ScaleRequests.finance(app.district()),
					Map.of("paymentReference", "PAY-" + app.id(), "paymentDate", LocalDate.now(ZoneId.of("Asia/Shanghai")).toString()));
		}
	}

	void reportFundUse() {
		perApplication("UserTask_ReportFundUse", app -> ScaleRequests.officer(app.district()),
				Map.of("fundUseReport", "资金已用于参展及保费支出。"));
	}

	private void perApplication(String taskKey, java.util.function.Function<App, String> user, Map<String, Object> values) {
		for (App app : apps) {
			completeOwnTask(app, taskKey, user.apply(app), values);
		}
	}

	private void completeOwnTask(App app, String taskKey, String user, Map<String, Object> values) {
		AppNode node = next();
		List<RestDriver.Task> tasks = rest.tasks(node, user,
				Map.of("processInstanceId", app.processInstanceId(), "taskDefinitionKey", taskKey));
		if (tasks.isEmpty() && skipMissingTasks) {
			return;
		}
		if (tasks.size() != 1) {
			throw new IllegalStateException(app.id() + ": " + tasks.size() + " tasks " + taskKey + " for " + user);
		}
		rest.complete(next(), user, tasks.get(0).id(), values);
	}

	/** The officer completes every open batch task of this kind that they can see. */
	int batch(String taskKey, String user, Map<String, Object> values) {
		List<RestDriver.Task> tasks = rest.tasks(next(), user, Map.of("taskDefinitionKey", taskKey));
		for (RestDriver.Task task : tasks) {
			rest.complete(next(), user, task.id(), values);
		}
		return tasks.size();
	}

	void districtPlans() {
		for (String district : ScaleRequests.DISTRICTS) {
			batch("UserTask_ReportDistrictPlan", ScaleRequests.officer(district), Map.of("confirmed", true));
		}
	}

	long taskCount(String taskKey) {
		return rest.call(next(), "admin", "GET",
				"/engine-rest/task/count?processDefinitionKey=subsidyApplication&taskDefinitionKey=" + taskKey, null, 200)
			.get("count")
			.asLong();
	}

	long waitingAt(String activityId) {
		return rest.call(next(), "admin", "GET",
				"/engine-rest/execution/count?processDefinitionKey=subsidyApplication&activityId=" + activityId, null, 200)
			.get("count")
			.asLong();
	}

	long timerCount(String activityId) {
		return rest.call(next(), "admin", "GET", "/engine-rest/job/count?timers=true&activityId=" + activityId, null, 200)
			.get("count")
			.asLong();
	}

	long openApplicationInstances() {
		return rest.call(next(), "admin", "GET",
				"/engine-rest/process-instance/count?processDefinitionKey=subsidyApplication", null, 200)
			.get("count")
			.asLong();
	}

	/** Moves every timer of the activity to now; returns how many. */
	int timersDueNow(String activityId) {
		List<String> jobs = rest.timerJobs(next(), activityId);
		for (String job : jobs) {
			rest.dueNow(next(), job);
		}
		return jobs.size();
	}

	void await(String what, BooleanSupplier condition) {
		long started = System.nanoTime();
		long deadline = started + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			try {
				if (condition.getAsBoolean()) {
					log("ok: " + what + " (" + (System.nanoTime() - started) / 1_000_000 + " ms)");
					return;
				}
			}
			catch (RestDriver.HttpFailure e) {
				// a node going down under us: ask again
			}
			AppNode.sleep(300);
		}
		throw new IllegalStateException("timed out waiting for: " + what);
	}

	int size() {
		return apps.size();
	}

}
