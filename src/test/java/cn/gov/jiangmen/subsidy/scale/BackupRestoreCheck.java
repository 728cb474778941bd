package cn.gov.jiangmen.subsidy.scale;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A backup taken with the administrator's one command while officers and enterprises work, restored
 * with the other into a fresh installation: every application acknowledged before the backup is
 * there with its status and history (a prefix of what the live system went on to record), the
 * timers are in place, an enterprise's evidence has its bytes, and every application goes on to its end,
 * payouts included.
 *
 * <p>Default store (H2 file, {@code scripts/backup.sh} asks the app); {@code -Dscale.backup.store=postgres}
 * runs the same on PostgreSQL with pg_dump and pg_restore. Opt-in ({@code -Dscale.backup-check=true});
 * CI runs it. {@code scripts/backup-restore-test.sh [applications] [h2|postgres]}.
 */
@EnabledIfSystemProperty(named = "scale.backup-check", matches = "true")
class BackupRestoreCheck {

	private final List<AppNode> nodes = new ArrayList<>();

	@AfterEach
	void stopNodes() {
		nodes.forEach(AppNode::stop);
	}

	/** A file the evidence check takes for a PDF (it judges by content): the header, then noise. */
	private static byte[] pdf(int size, long seed) {
		byte[] content = new byte[size];
		new java.util.Random(seed).nextBytes(content);
		byte[] header = "%PDF-1.4\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
		System.arraycopy(header, 0, content, 0, header.length);
		return content;
	}

	@Test
	void a_backup_taken_under_load_restored_into_a_fresh_installation_goes_on_where_it_was() throws Exception {
		int count = Integer.getInteger("scale.backup.applications", 40);
		boolean postgres = "postgres".equals(System.getProperty("scale.backup.store", "h2"));
		Path root = Path.of("target", "scale", "backup").toAbsolutePath();
		deleteRecursively(root);
		Path dirA = Files.createDirectories(root.resolve("live"));
		Path dirB = Files.createDirectories(root.resolve("restored"));
		Store store = postgres ? Store.postgres() : Store.h2();
		RestDriver rest = new RestDriver();
		int run = (int) (System.currentTimeMillis() / 1000 % 90) + 10;

		AppNode live = node("backup-live", dirA, store.arguments("a"));
		MixedLifecycles work = new MixedLifecycles(rest, live, run);
		work.timeout = Duration.ofMinutes(10);
		AtomicInteger next = new AtomicInteger();
		// the past: most applications done with, the rest somewhere on their way (a store of 1,000 for the
		// README's backup figures is filled faster with fewer of them driven to the end first)
		int finished = Integer.getInteger("scale.backup.finished", count * 3 / 5);
		// a large store is filled in bigger waves: the batch acts are per wave, not per application
		int waveSize = Integer.getInteger("scale.backup.wave", 10);
		for (int wave = 0; next.get() < finished; wave++) {
			for (int i = 0; i < waveSize && next.get() < finished; i++) {
				work.submit(next.getAndIncrement());
			}
			work.driveToEnd();
		}
		while (next.get() < count) {
			work.submit(next.getAndIncrement());
		}
		for (int round = 0, rounds = Integer.getInteger("scale.backup.rounds", 6); round < rounds; round++) {
			work.round();
		}
		MixedLifecycles.log("%s: %d applications, %d finished, %d on their way".formatted(store.name(), next.get(),
				work.finished.size(), work.openCount()));

		// evidence an enterprise uploaded: its bytes live in the app's table of the store and must come
		// back with it (the demo enterprise's application, which then goes the approved way)
		MixedLifecycles.App evidenced = work.submitAs(ScaleRequests.DEMO_ENTERPRISE_USER,
				ScaleRequests.demoEnterpriseRequest(), ScaleRequests.DEMO_ENTERPRISE_N);
		byte[] scan = pdf(96 * 1024, run);
		String attachment = rest.uploadEvidence(live, ScaleRequests.DEMO_ENTERPRISE_USER, evidenced.id(), "营业执照扫描件.pdf",
				scan);

		// the present: enterprises submit and officers work while the administrator takes the backup
		Set<String> acknowledged = ConcurrentHashMap.newKeySet();
		work.finished.forEach(app -> acknowledged.add(app.id()));
		acknowledged.addAll(work.openIds());
		AtomicBoolean stop = new AtomicBoolean();
		Thread load = new Thread(() -> {
			while (!stop.get()) {
				acknowledged.add(work.submit(next.getAndIncrement()).id());
				work.round();
			}
		});
		load.start();
		AppNode.sleep(2000);
		Set<String> beforeBackup = Set.copyOf(acknowledged);
		Script backup = store.backup(live, root.resolve("backups"));
		AppNode.sleep(1000);
		stop.set(true);
		load.join();
		MixedLifecycles.log("backup under load: %s; %d applications acknowledged before it started, %d by the end of the load"
			.formatted(backup.summary(), beforeBackup.size(), acknowledged.size()));
		Map<String, JsonNode> liveViews = new HashMap<>();
		for (String id : acknowledged) {
			liveViews.put(id, rest.call(live, "admin", "GET", "/api/applications/" + id, null, 200));
		}
		live.stop();

		Script restore = store.restore(backup.file(), dirB);
		long started = System.nanoTime();
		AppNode restored = node("backup-restored", dirB, store.arguments("b"));
		double startup = (System.nanoTime() - started) / 1e9;
		MixedLifecycles.log("restore: %s; the restored installation answered after %.1f s".formatted(restore.summary(), startup));

		// every application acknowledged before the backup: there, with a history the live system went on from
		List<String> wrong = new ArrayList<>();
		Map<String, String> statuses = new HashMap<>();
		int inBackup = 0;
		for (String id : acknowledged) {
			JsonNode view;
			try {
				view = rest.call(restored, "admin", "GET", "/api/applications/" + id, null, 200);
			}
			catch (RestDriver.HttpFailure e) {
				if (beforeBackup.contains(id)) {
					wrong.add(id + " acknowledged before the backup, missing after the restore");
				}
				continue;
			}
			inBackup++;
			List<JsonNode> history = new ArrayList<>();
			view.get("history").forEach(history::add);
			List<JsonNode> liveHistory = new ArrayList<>();
			liveViews.get(id).get("history").forEach(liveHistory::add);
			if (history.isEmpty() || history.size() > liveHistory.size()
					|| !history.equals(liveHistory.subList(0, history.size()))) {
				wrong.add(id + " history is not where the live system had it: " + history);
			}
			statuses.put(id, view.get("status").asText());
		}
		// status and procedure agree: an application at its end has no process left, any other has one
		MixedLifecycles after = new MixedLifecycles(rest, restored, run);
		after.timeout = Duration.ofMinutes(10);
		after.reloadFromEngine();
		Set<String> running = after.openIds();
		statuses.forEach((id, status) -> {
			boolean ended = Set.of("DISBURSED", "REJECTED", "WITHDRAWN").contains(status);
			if (ended == running.contains(id)) {
				wrong.add(id + " is " + status + (ended ? " but its process runs" : " but has no process"));
			}
		});
		assertThat(wrong).isEmpty();

		assertThat(rest.evidence(restored, ScaleRequests.DEMO_ENTERPRISE_USER, evidenced.id(), attachment))
			.as("the evidence's bytes")
			.isEqualTo(scan);

		// the timers came along: every application in its notice period (waiting at the period's end,
		// where an objection may interrupt it) has its timer
		long waiting = rest.call(restored, "admin", "GET",
				"/engine-rest/execution/count?processDefinitionKey=subsidyApplication&activityId=CatchEvent_NoticePeriodEnded",
				null, 200).get("count").asLong();
		long timers = rest.timerJobs(restored, "CatchEvent_NoticePeriodEnded").size();
		assertThat(timers).isEqualTo(waiting);

		// and the procedure goes on: every application on to its end (or, for a large store, a sample
		// of those on their way to payout: the batch acts and timers then move the others too)
		int driveOn = Integer.getInteger("scale.backup.drive-on", Integer.MAX_VALUE);
		if (after.openCount() > driveOn) {
			after.keepOnly(driveOn);
		}
		int open = after.openCount();
		after.driveToEnd();
		long paid = 0;
		for (MixedLifecycles.App app : after.finished) {
			String status = rest.status(restored, app.id());
			assertThat(status).as(app.id() + " " + app.path()).isEqualTo(app.path().finalStatus());
			paid += status.equals("DISBURSED") ? 1 : 0;
		}
		MixedLifecycles.log("=== %s: %d of %d acknowledged applications in the backup (all %d acknowledged before it), histories and statuses as they were; the evidence's %d bytes as they were; %d timers in place; %d open applications went on to their end, %d of them paid ==="
			.formatted(store.name(), inBackup, acknowledged.size(), beforeBackup.size(), scan.length, timers, open, paid));
		assertThat(paid).isPositive();
		Files.writeString(Path.of("target", "scale", "backup-restore-" + store.name() + ".txt"),
				"%s | %d applications | backup %s | restore %s | restored app up in %.1f s%n".formatted(store.name(),
						inBackup, backup.summary(), restore.summary(), startup));
	}

	private AppNode node(String name, Path dir, List<String> storeArguments) {
		List<String> arguments = new ArrayList<>(storeArguments);
		arguments.addAll(List.of("--app.demo-data=true", "--camunda.bpm.job-execution.max-wait=2000",
				"--camunda.bpm.job-execution.lock-time-in-millis=20000",
				// TEST DATA, not the State Council's: lets a notice on the real clock run into 2027
				"--app.calendar.years[2027].holidays=2027-01-01"));
		AppNode node = new AppNode(name, AppNode.freePort(), arguments).in(dir).start();
		nodes.add(node);
		return node.awaitUp(Duration.ofMinutes(5));
	}

	/** A run of one of the scripts, timed. */
	record Script(Path file, String output, long millis) {
		String summary() {
			return "%s, %.1f s (%s)".formatted(file.getFileName(), millis / 1000.0,
					output.lines().filter(l -> l.startsWith("backup ") || l.startsWith("restored ")).findFirst().orElse(""));
		}
	}

	/** The store under test and its own tools. */
	private interface Store {
		String name();

		List<String> arguments(String installation);

		Script backup(AppNode node, Path directory) throws IOException, InterruptedException;

		Script restore(Path backup, Path installation) throws IOException, InterruptedException;

		static Store h2() {
			return new Store() {
				public String name() {
					return "h2";
				}

				public List<String> arguments(String installation) {
					return List.of();
				}

				public Script backup(AppNode node, Path directory) throws IOException, InterruptedException {
					Script run = script(Map.of("APP_URL", node.baseUrl(), "APP_ADMIN_PASSWORD", "demo"), "scripts/backup.sh",
							"-o", directory.toString());
					String file = run.output().lines().filter(l -> l.startsWith("backup "))
						.map(l -> l.split(" ")[1]).findFirst().orElseThrow();
					return new Script(directory.resolve(file), run.output(), run.millis());
				}

				public Script restore(Path backup, Path installation) throws IOException, InterruptedException {
					Script run = script(Map.of(), "scripts/restore.sh", backup.toString(), installation.toString());
					return new Script(backup, run.output(), run.millis());
				}
			};
		}

		static Store postgres() {
			String server = System.getProperty(PostgresTestDatabases.URL, "jdbc:postgresql://127.0.0.1:55432/postgres");
			Map<String, String> urls = Map.of("a", PostgresTestDatabases.prepare(server, "subsidy_backup_live"), "b",
					PostgresTestDatabases.prepare(server, "subsidy_backup_restored"));
			return new Store() {
				public String name() {
					return "postgres";
				}

				public List<String> arguments(String installation) {
					return List.of("--spring.profiles.active=postgres", "--spring.datasource.url=" + urls.get(installation),
							"--spring.datasource.username=" + PostgresTestDatabases.username(),
							"--spring.datasource.password=" + PostgresTestDatabases.password());
				}

				private Map<String, String> environment(String installation, Path directory) {
					return Map.of("SPRING_DATASOURCE_URL", urls.get(installation), "SPRING_DATASOURCE_USERNAME",
							PostgresTestDatabases.username(), "SPRING_DATASOURCE_PASSWORD", PostgresTestDatabases.password(),
							"BACKUP_DIR", directory.toString());
				}

				public Script backup(AppNode node, Path directory) throws IOException, InterruptedException {
					Script run = script(environment("a", directory), "scripts/backup.sh", "--postgres");
					String file = run.output().lines().filter(l -> l.startsWith("backup "))
						.map(l -> l.split(" ")[1]).findFirst().orElseThrow();
					return new Script(Path.of(file), run.output(), run.millis());
				}

				public Script restore(Path backup, Path installation) throws IOException, InterruptedException {
					Script run = script(environment("b", installation), "scripts/restore.sh", backup.toString());
					return new Script(backup, run.output(), run.millis());
				}
			};
		}

		private static Script script(Map<String, String> environment, String... command)
				throws IOException, InterruptedException {
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
			builder.environment().putAll(environment);
			long started = System.nanoTime();
			Process process = builder.start();
			String output = new String(process.getInputStream().readAllBytes());
			int exit = process.waitFor();
			long millis = (System.nanoTime() - started) / 1_000_000;
			MixedLifecycles.log(String.join(" ", command) + " (" + millis + " ms):\n" + output.strip());
			if (exit != 0) {
				throw new IllegalStateException(String.join(" ", command) + " exited with " + exit + ": " + output);
			}
			return new Script(null, output, millis);
		}
	}

	private static void deleteRecursively(Path dir) throws IOException {
		if (Files.exists(dir)) {
			try (Stream<Path> paths = Files.walk(dir)) {
				paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}

}
