package cn.gov.jiangmen.subsidy.scale;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The default store over a day of mixed work: at least 100 lifecycles (returns, withdrawals,
 * rejections, objections, payouts) driven over HTTP on the app's own H2 file settings, with one
 * {@code kill -9} in the middle of a load and one graceful restart. Fails if {@code ./data} grew by
 * more than 250 KB per lifecycle, or if anything acknowledged is missing after the crash.
 *
 * <p>Opt-in ({@code -Dscale.store-check=true}); CI runs it. {@code scripts/store-growth.sh} runs it
 * alone, also with other store settings ({@code -Dscale.store.args=...}) to compare them.
 */
@EnabledIfSystemProperty(named = "scale.store-check", matches = "true")
class StoreGrowthCheck {

	static final long LIMIT_PER_LIFECYCLE = 250 * 1024;

	private AppNode node;

	@AfterEach
	void stop() {
		if (node != null) {
			node.stop();
		}
	}

	@Test
	void a_day_of_mixed_work_with_a_crash_and_a_restart_grows_the_store_by_at_most_250_KB_per_lifecycle()
			throws Exception {
		int lifecycles = Integer.getInteger("scale.store.lifecycles", 100);
		int wave = Integer.getInteger("scale.store.wave", 10);
		String variant = System.getProperty("scale.store.variant", "default settings");
		boolean enforce = Boolean.parseBoolean(System.getProperty("scale.store.enforce", "true"));
		boolean crash = Boolean.parseBoolean(System.getProperty("scale.store.crash", "true"));
		long quietMillis = Long.getLong("scale.store.quiet-ms", 30_000);
		Path dir = Path.of("target", "scale", "store-growth").toAbsolutePath();
		deleteRecursively(dir);
		Files.createDirectories(dir);
		Path data = dir.resolve("data");
		List<String> arguments = new ArrayList<>(List.of("--app.demo-data=true",
				"--camunda.bpm.job-execution.max-wait=2000",
				// test only: a job locked when the node died is retried after 20 s (production: 5 min)
				"--camunda.bpm.job-execution.lock-time-in-millis=20000",
				// TEST DATA, not the State Council's: lets a notice on the real clock run into 2027
				"--app.calendar.years[2027].holidays=2027-01-01"));
		String extra = System.getProperty("scale.store.args", "").strip();
		if (!extra.isEmpty()) {
			arguments.addAll(Arrays.asList(extra.split("\\s+")));
		}
		int port = AppNode.freePort();
		RestDriver rest = new RestDriver();
		int run = (int) (System.currentTimeMillis() / 1000 % 90) + 10;

		long t0 = System.nanoTime();
		node = new AppNode("store-node", port, arguments).in(dir).start().awaitUp(Duration.ofMinutes(5));
		double firstStart = (System.nanoTime() - t0) / 1e9;
		long installed = sizeOf(data);
		// measured as at the end of the day: once the store has been left alone for a while
		AppNode.sleep(quietMillis);
		long empty = sizeOf(data);
		MixedLifecycles.log("%s: first start on an empty store took %.1f s; ./data holds %s, %s after %d s".formatted(
				variant, firstStart, kb(installed), kb(empty), quietMillis / 1000));
		PeakSampler peaks = new PeakSampler(data);
		MixedLifecycles work = new MixedLifecycles(rest, node, run);
		AtomicInteger next = new AtomicInteger();

		int crashWave = Math.max(1, lifecycles / wave * 2 / 5);
		int restartWave = Math.max(crashWave + 1, lifecycles / wave * 7 / 10);
		Set<String> acknowledged = ConcurrentHashMap.newKeySet();
		long beforeRestart = 0;
		long afterStop = 0;
		double restart = 0;
		for (int w = 0; work.finished.size() < lifecycles; w++) {
			int size = Math.min(wave, lifecycles - work.finished.size());
			for (int i = 0; i < size; i++) {
				acknowledged.add(work.submit(next.getAndIncrement()).id());
			}
			if (w == crashWave && crash) {
				node = crashDuringLoad(work, rest, next, acknowledged, dir, port, arguments);
			}
			else {
				work.driveToEnd();
			}
			if (w == restartWave) {
				beforeRestart = sizeOf(data);
				node.stop();
				afterStop = sizeOf(data);
				t0 = System.nanoTime();
				node = new AppNode("store-node-restarted", port, arguments).in(dir).start()
					.awaitUp(Duration.ofMinutes(5));
				restart = (System.nanoTime() - t0) / 1e9;
				work.on(node);
				MixedLifecycles.log("graceful restart after %d lifecycles: ./data %s before the stop, %s after it, %s after the start (%.1f s)"
					.formatted(work.finished.size(), kb(beforeRestart), kb(afterStop), kb(sizeOf(data)), restart));
			}
			MixedLifecycles.log("%d lifecycles done: ./data %s (%s per lifecycle)".formatted(work.finished.size(),
					kb(sizeOf(data)), kb((sizeOf(data) - empty) / Math.max(1, work.finished.size()))));
		}
		int done = work.finished.size();
		long live = sizeOf(data);
		// the end of the day: the officers stop, the housekeeping has its turn
		AppNode.sleep(quietMillis);
		long quiet = sizeOf(data);
		long peak = peaks.stop();

		// Every acknowledged application is there, at the end its path leads to.
		Map<String, MixedLifecycles.App> byId = work.finished.stream()
			.collect(Collectors.toMap(MixedLifecycles.App::id, app -> app));
		assertThat(byId.keySet()).containsAll(acknowledged);
		List<String> wrong = new ArrayList<>();
		for (MixedLifecycles.App app : work.finished) {
			String status = rest.status(node, app.id());
			if (!status.equals(app.path().finalStatus())) {
				wrong.add(app.id() + " " + app.path() + " ended " + status);
			}
		}
		assertThat(wrong).as("applications not at the end of their path").isEmpty();

		node.stop();
		long stopped = sizeOf(data);
		long floor = compactedCopy(data);
		long perLifecycle = (quiet - empty) / done;
		String line = String.format(Locale.ROOT,
				"| %s | %d | %.1f s | %s | %s | %s | %s | %s | %s | %s |", variant, done, firstStart, kb(empty), kb(quiet),
				kb(peak), kb(perLifecycle), kb((stopped - empty) / done), kb((floor - empty) / done),
				restart == 0 ? "-" : "%.1f s".formatted(restart));
		MixedLifecycles.log("=== %s: %d lifecycles (%d acknowledged before the crash); ./data: empty %s, end of load %s, after %d s quiet %s, peak %s, after the final stop %s, live data (compacted copy) %s"
			.formatted(variant, done, acknowledged.size(), kb(empty), kb(live), quietMillis / 1000,
					kb(quiet), kb(peak), kb(stopped), kb(floor)));
		MixedLifecycles.log("=== growth per lifecycle: %s running, %s after the final stop, %s of live data ==="
			.formatted(kb(perLifecycle), kb((stopped - empty) / done), kb((floor - empty) / done)));
		Path results = Path.of("target", "scale", "store-growth.txt");
		Files.writeString(results, line + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		assertThat(done).isGreaterThanOrEqualTo(lifecycles);
		if (enforce) {
			assertThat(perLifecycle).as("bytes per lifecycle, running").isLessThanOrEqualTo(LIMIT_PER_LIFECYCLE);
			assertThat((stopped - empty) / done).as("bytes per lifecycle, after the stop").isLessThanOrEqualTo(LIMIT_PER_LIFECYCLE);
		}
	}

	/**
	 * Enterprises keep submitting while the officers work; the node is killed with {@code kill -9}
	 * once the load is under way, then started again. Every submission answered 201 must be there,
	 * and every application goes on from where the engine had it.
	 */
	private AppNode crashDuringLoad(MixedLifecycles work, RestDriver rest, AtomicInteger next, Set<String> acknowledged,
			Path dir, int port, List<String> arguments) throws InterruptedException {
		AtomicBoolean stop = new AtomicBoolean();
		AtomicInteger during = new AtomicInteger();
		Thread loader = new Thread(() -> {
			while (!stop.get()) {
				int n = next.getAndIncrement();
				try {
					acknowledged.add(work.submit(n).id());
					during.incrementAndGet();
				}
				catch (RuntimeException e) {
					return;
				}
			}
		});
		Thread killer = new Thread(() -> {
			while (during.get() < 8 && !stop.get()) {
				AppNode.sleep(50);
			}
			node.kill9();
		});
		loader.start();
		killer.start();
		try {
			work.driveToEnd();
		}
		catch (RuntimeException e) {
			// the node went down under the officers' feet
		}
		killer.join();
		stop.set(true);
		loader.join();
		MixedLifecycles.log("kill -9 during the load: %d submissions acknowledged so far, %d of them during the load"
			.formatted(acknowledged.size(), during.get()));
		AppNode restarted = new AppNode("store-node-after-kill", port, arguments).in(dir).start()
			.awaitUp(Duration.ofMinutes(5));
		work.on(restarted);
		work.reloadFromEngine();
		Set<String> running = work.openIds();
		List<String> missing = acknowledged.stream()
			.filter(id -> !running.contains(id) && !endedIn(rest, restarted, id))
			.toList();
		MixedLifecycles.log("restarted after the kill: %d applications running, acknowledged but missing: %s"
			.formatted(work.openCount(), missing));
		assertThat(missing).isEmpty();
		work.driveToEnd();
		return restarted;
	}

	/** The largest ./data seen, sampled every half second. */
	private static final class PeakSampler {
		private final Thread thread;
		private final AtomicBoolean stop = new AtomicBoolean();
		private volatile long peak;

		PeakSampler(Path data) {
			thread = new Thread(() -> {
				while (!stop.get()) {
					try {
						peak = Math.max(peak, sizeOf(data));
					}
					catch (IOException | java.io.UncheckedIOException e) {
						// a file renamed under us by a compaction: look again
					}
					AppNode.sleep(500);
				}
			});
			thread.setDaemon(true);
			thread.start();
		}

		long stop() throws InterruptedException {
			stop.set(true);
			thread.join();
			return peak;
		}
	}

	/** An application that ended before the crash, between the driver's last two looks. */
	private static boolean endedIn(RestDriver rest, AppNode node, String id) {
		try {
			return Set.of("DISBURSED", "REJECTED", "WITHDRAWN").contains(rest.status(node, id));
		}
		catch (RestDriver.HttpFailure e) {
			return false;
		}
	}

	static long sizeOf(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return 0;
		}
		for (int attempt = 0;; attempt++) {
			try (Stream<Path> files = Files.walk(dir)) {
				return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
			}
			catch (java.io.UncheckedIOException e) {
				// a compaction renamed a file while we walked: look again
				if (attempt > 5) {
					throw e;
				}
			}
		}
	}

	/** The live data: a copy of the stopped store, fully compacted by H2 itself. */
	private static long compactedCopy(Path data) throws IOException {
		Path copy = data.resolveSibling("compacted");
		deleteRecursively(copy);
		Files.createDirectories(copy);
		Files.copy(data.resolve("subsidy.mv.db"), copy.resolve("subsidy.mv.db"));
		try (Sql sql = new Sql("jdbc:h2:file:" + copy.resolve("subsidy"), "sa", "")) {
			sql.execute("SHUTDOWN COMPACT");
		}
		return sizeOf(copy);
	}

	static String kb(long bytes) {
		return String.format(Locale.ROOT, "%,d KB", bytes / 1024);
	}

	private static void deleteRecursively(Path dir) throws IOException {
		if (Files.exists(dir)) {
			try (Stream<Path> paths = Files.walk(dir)) {
				paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}

}
