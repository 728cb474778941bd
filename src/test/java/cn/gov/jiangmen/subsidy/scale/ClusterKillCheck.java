package cn.gov.jiangmen.subsidy.scale;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Two application nodes on one PostgreSQL, with their job executors on; applications driven through
 * both; one node killed with {@code kill -9} while the timers run, then the other while a batch
 * release runs; every application must still reach its end exactly once, with one payment.
 *
 * <p>Opt-in (it starts two JVMs): {@code scripts/cluster-test.sh}, or
 * {@code scripts/postgres-tests.sh -Dtest=ClusterKillCheck -Dscale.cluster-check=true}.
 */
@EnabledIfSystemProperty(named = "scale.cluster-check", matches = "true")
class ClusterKillCheck {

	private final List<AppNode> nodes = new ArrayList<>();

	@AfterEach
	void stopNodes() {
		nodes.forEach(AppNode::stop);
	}

	@Test
	void two_nodes_one_killed_every_application_ends_once_and_is_paid_once() {
		int count = Integer.getInteger("scale.cluster.applications", 30);
		String server = System.getProperty(PostgresTestDatabases.URL, "jdbc:postgresql://127.0.0.1:55432/postgres");
		String url = PostgresTestDatabases.prepare(server, "subsidy_cluster");
		String user = PostgresTestDatabases.username();
		String password = PostgresTestDatabases.password();

		AppNode a = node("node-a", url, user, password);
		AppNode b = node("node-b", url, user, password);
		RestDriver rest = new RestDriver();
		LifecycleScenario scenario = new LifecycleScenario(rest, nodes, 1);
		scenario.timeout = Duration.ofMinutes(4);

		scenario.log("starting node-a on :" + a.port + " (creates the schema), then node-b on :" + b.port);
		a.start().awaitUp(Duration.ofMinutes(3));
		b.start().awaitUp(Duration.ofMinutes(3));

		try (Sql sql = new Sql(url, user, password)) {
			List<List<Object>> definitions = sql.rows(
					"SELECT key_, COUNT(*) FROM act_re_procdef GROUP BY key_ ORDER BY key_");
			long deployments = sql.count("SELECT COUNT(*) FROM act_re_deployment");
			scenario.log("after both nodes started: deployments=" + deployments + ", definitions per key=" + definitions);
			assertThat(definitions).allSatisfy(row -> assertThat(((Number) row.get(1)).longValue()).isOne());
			assertThat(deployments).isOne();

			scenario.submit(0, count);
			scenario.log("submitted " + count + " applications through both nodes");
			scenario.await("district reviews open", () -> scenario.taskCount("UserTask_DistrictReview") == count);
			scenario.districtReview();
			scenario.districtPlans();
			scenario.await("city reviews open (district plan batches released by the job executors)",
					() -> scenario.taskCount("UserTask_CityReview") == count);
			scenario.cityReview();
			scenario.await("one notice batch open", () -> scenario.waitingAt("CatchEvent_NoticePublished") == count);
			scenario.batch("UserTask_PublishNotice", "city-officer", Map.of("noticeContact", "江门市商务局对外贸易科"));
			scenario.await("notice timers created", () -> scenario.timerCount("CatchEvent_NoticePeriodEnded") == count);

			int due = scenario.timersDueNow("CatchEvent_NoticePeriodEnded");
			String fired = "SELECT COUNT(*) FROM act_hi_actinst WHERE act_id_ = 'CatchEvent_NoticePeriodEnded' AND end_time_ IS NOT NULL";
			// kill while the timers are being worked off: as soon as the first has fired
			long deadline = System.nanoTime() + 60_000_000_000L;
			while (sql.count(fired) == 0 && System.nanoTime() < deadline) {
				AppNode.sleep(5);
			}
			b.kill9();
			long passedAtKill = sql.count(fired);
			long lockedAtKill = sql.count("SELECT COUNT(*) FROM act_ru_job WHERE lock_owner_ IS NOT NULL");
			scenario.log("kill -9 node-b (pid " + b.pid() + ") while " + due + " notice timers were due: " + passedAtKill
					+ " had fired, " + lockedAtKill + " jobs still locked (by either node) just after the kill");
			scenario.await("all notice timers fired once (node-b's locks expire after 20 s, node-a takes over)",
					() -> scenario.waitingAt("CatchEvent_BudgetIncluded") == count);
			b.start().awaitUp(Duration.ofMinutes(3));
			scenario.log("node-b restarted");

			scenario.batch("UserTask_IncludeInBudget", "city-officer", Map.of("confirmed", true));
			scenario.await("budget-year timers created", () -> scenario.timerCount("CatchEvent_BudgetYearStarted") == count);
			scenario.timersDueNow("CatchEvent_BudgetYearStarted");
			scenario.await("budget-year timers fired", () -> scenario.waitingAt("CatchEvent_FundsReleased") == count);

			scenario.batch("UserTask_ReleaseFunds", "city-finance", Map.of("releaseDocumentNo", "江财工〔2027〕1号"));
			String releaseJob = "SELECT COUNT(*) FROM act_ru_job WHERE process_def_key_ = 'fundsRelease' AND lock_owner_ IS NOT NULL";
			deadline = System.nanoTime() + 60_000_000_000L;
			while (sql.count(releaseJob) == 0 && sql.count("SELECT COUNT(*) FROM act_ru_task WHERE task_def_key_ = 'UserTask_Disburse'") == 0
					&& System.nanoTime() < deadline) {
				AppNode.sleep(5);
			}
			a.kill9();
			long releaseLocked = sql.count(releaseJob);
			long disburseAtKill = sql.count("SELECT COUNT(*) FROM act_ru_task WHERE task_def_key_ = 'UserTask_Disburse'");
			scenario.log("kill -9 node-a (pid " + a.pid() + ") while the funds-release job runs: job locked=" + releaseLocked
					+ ", disbursement tasks committed at that moment=" + disburseAtKill);
			scenario.await("funds released to every application",
					() -> scenario.taskCount("UserTask_Disburse") == count);
			scenario.log("funds-release job runs by node (state 1 failed, 2 succeeded): " + sql.rows(
					"SELECT hostname_, job_state_, COUNT(*) FROM act_hi_job_log WHERE process_def_key_ = 'fundsRelease' "
							+ "AND job_state_ IN (1, 2) GROUP BY hostname_, job_state_"));
			if (Boolean.getBoolean("scale.cluster.restart-a")) {
				a.start().awaitUp(Duration.ofMinutes(3));
				scenario.log("node-a restarted");
			}
			else {
				scenario.log("node-a stays down: node-b serves every officer from here");
			}

			scenario.disburse();
			scenario.reportFundUse();
			scenario.await("every application instance ended", () -> scenario.openApplicationInstances() == 0);

			ExactlyOnce.verify(sql, scenario, count);
		}
	}

	private AppNode node(String name, String url, String user, String password) {
		AppNode node = new AppNode(name, AppNode.freePort(), List.of("--spring.profiles.active=postgres,cluster",
				"--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
				"--spring.datasource.password=" + password, "--app.demo-data=true",
				"--camunda.bpm.generic-properties.properties.hostname=" + name,
				// test only: a killed node's job locks expire after 20 s instead of the production 5 min
				"--camunda.bpm.job-execution.lock-time-in-millis=20000",
				"--camunda.bpm.job-execution.max-wait=2000",
				// TEST DATA, not the State Council's: makes 2027 a known year so a notice published in
				// late December on the real clock can end in January. Production adds the real list.
				"--app.calendar.years[2027].holidays=2027-01-01"));
		nodes.add(node);
		return node;
	}

}
