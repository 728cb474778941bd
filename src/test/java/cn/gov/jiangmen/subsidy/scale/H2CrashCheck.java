package cn.gov.jiangmen.subsidy.scale;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * One node on the default H2 file store, job executor on. While enterprises keep submitting and a
 * district-plan release job runs, the node is killed with {@code kill -9}; after a restart every
 * acknowledged application is there and continues from where it was, to payout, exactly once.
 *
 * <p>Opt-in: {@code scripts/h2-crash-test.sh}.
 */
@EnabledIfSystemProperty(named = "scale.crash-check", matches = "true")
class H2CrashCheck {

	private AppNode node;

	@AfterEach
	void stop() {
		if (node != null) {
			node.stop();
		}
	}

	@Test
	void killed_during_a_load_and_restarted_every_application_continues_from_where_it_was() throws Exception {
		int first = Integer.getInteger("scale.crash.applications", 24);
		Path dir = Path.of("target", "scale", "h2-crash").toAbsolutePath();
		deleteRecursively(dir);
		Files.createDirectories(dir);
		// The node runs in this directory with the app's own datasource settings: its default H2 file
		// store ./data/subsidy (application.yaml) is what is tested here.
		String url = "jdbc:h2:file:" + dir.resolve("data").resolve("subsidy");
		List<String> arguments = List.of("--app.demo-data=true",
				"--camunda.bpm.job-execution.enabled=true", "--camunda.bpm.job-execution.max-wait=2000",
				// test only: a job locked when the node died is retried after 20 s (production: 5 min)
				"--camunda.bpm.job-execution.lock-time-in-millis=20000",
				// TEST DATA, not the State Council's: lets a notice on the real clock run into 2027
				"--app.calendar.years[2027].holidays=2027-01-01");
		int port = AppNode.freePort();
		node = new AppNode("h2-node", port, arguments).in(dir).start().awaitUp(Duration.ofMinutes(3));
		RestDriver rest = new RestDriver();
		LifecycleScenario scenario = new LifecycleScenario(rest, List.of(node), 2);

		scenario.submit(0, first);
		scenario.log("submitted " + first + " applications on the H2 file store");
		scenario.districtReview();

		// The load: enterprises keep submitting while the officers release the district plans.
		Set<String> acknowledged = ConcurrentHashMap.newKeySet();
		scenario.apps.forEach(app -> acknowledged.add(app.id()));
		AtomicBoolean stop = new AtomicBoolean();
		Thread loader = new Thread(() -> {
			for (int n = first; !stop.get(); n++) {
				try {
					String district = ScaleRequests.district(n);
					acknowledged.add(rest.submit(node, ScaleRequests.officer(district), ScaleRequests.request(2, n))
						.get("id")
						.asText());
				}
				catch (RuntimeException e) {
					return;
				}
			}
		});
		loader.start();
		AppNode.sleep(1500);
		scenario.districtPlans();
		scenario.await("first city review task committed by the release jobs",
				() -> scenario.taskCount("UserTask_CityReview") > 0);
		node.kill9();
		stop.set(true);
		loader.join();
		scenario.log("kill -9 " + node.name + " (pid " + node.pid() + ") during the load: " + acknowledged.size()
				+ " submissions acknowledged (201), release jobs under way");

		node = new AppNode("h2-node-restarted", port, arguments).in(dir).start().awaitUp(Duration.ofMinutes(3));
		LifecycleScenario s = new LifecycleScenario(rest, List.of(node), 2);
		s.skipMissingTasks = true;
		s.reloadFromEngine();
		Set<String> recovered = s.apps.stream().map(LifecycleScenario.App::id).collect(Collectors.toSet());
		s.log("restarted: " + recovered.size() + " application instances found; acknowledged but missing: "
				+ acknowledged.stream().filter(id -> !recovered.contains(id)).toList()
				+ "; open city reviews " + s.taskCount("UserTask_CityReview")
				+ ", open district reviews " + s.taskCount("UserTask_DistrictReview")
				+ ", waiting for a district plan " + s.waitingAt("CatchEvent_DistrictPlanReported"));
		assertThat(recovered).containsAll(acknowledged);
		int count = recovered.size();

		// Everything continues from where it was: the rest of the district reviews, then on to payout.
		s.districtReview();
		s.await("every application in its district plan", () -> s.waitingAt("CatchEvent_DistrictPlanReported")
				+ s.taskCount("UserTask_CityReview") == count);
		s.districtPlans();
		s.await("city reviews open (jobs locked by the killed node rerun after the lock time)",
				() -> s.taskCount("UserTask_CityReview") == count);
		s.cityReview();
		s.await("notice batch", () -> s.waitingAt("CatchEvent_NoticePublished") == count);
		s.batch("UserTask_PublishNotice", "city-officer", Map.of("noticeContact", "江门市商务局对外贸易科"));
		s.await("notice timers", () -> s.timerCount("CatchEvent_NoticePeriodEnded") == count);
		s.timersDueNow("CatchEvent_NoticePeriodEnded");
		s.await("notice periods ended", () -> s.waitingAt("CatchEvent_BudgetIncluded") == count);
		s.batch("UserTask_IncludeInBudget", "city-officer", Map.of("confirmed", true));
		s.await("budget-year timers", () -> s.timerCount("CatchEvent_BudgetYearStarted") == count);
		s.timersDueNow("CatchEvent_BudgetYearStarted");
		s.await("budget year started", () -> s.waitingAt("CatchEvent_FundsReleased") == count);
		s.batch("UserTask_ReleaseFunds", "city-finance", Map.of("releaseDocumentNo", "江财工〔2027〕1号"));
		s.await("disbursement tasks", () -> s.taskCount("UserTask_Disburse") == count);
		s.disburse();
		s.reportFundUse();
		s.await("every application instance ended", () -> s.openApplicationInstances() == 0);
		node.stop();

		try (Sql sql = new Sql(url, "sa", "")) {
			long orphans = sql.count("SELECT COUNT(*) FROM app_application WHERE process_instance_id IS NULL "
					+ "OR process_instance_id NOT IN (SELECT id_ FROM act_hi_procinst)");
			s.log("applications without their process instance (a half-stored submission): " + orphans);
			assertThat(orphans).isZero();
			ExactlyOnce.verify(sql, s, count);
		}
	}

	private static void deleteRecursively(Path dir) throws IOException {
		if (Files.exists(dir)) {
			try (Stream<Path> paths = Files.walk(dir)) {
				paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}

}
