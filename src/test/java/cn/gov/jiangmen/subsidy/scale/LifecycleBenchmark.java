package cn.gov.jiangmen.subsidy.scale;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.gov.jiangmen.subsidy.identity.CurrentUser;
import cn.gov.jiangmen.subsidy.security.CurrentUsers;

/**
 * Full-lifecycle throughput of the application against a bare-engine baseline with the same wait
 * states, on the same engine and database, in the same run; then the district officer's task-list
 * latency over 10,000 open tasks; then heap and RSS. Prints a table; asserts nothing about speed.
 *
 * <p>In-process: one Spring Boot context (the whole app, web server on a random port), the job
 * executor OFF; one driver thread does what officers and the job executor do, in waves of
 * {@code scale.bench.wave} applications: submission through the app's SubmissionService (as the
 * district officer, authorization on), every task completed through the TaskService as its officer
 * with authentication set (the path Tasklist and /engine-rest take), batch releases and timers
 * executed as jobs through the ManagementService. App and baseline waves alternate, so both see the
 * same growing history.
 *
 * <p>Run: {@code scripts/benchmark.sh h2|postgres [k1] [k2] [open tasks]}.
 */
@EnabledIfSystemProperty(named = "scale.benchmark", matches = "true")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"camunda.bpm.job-execution.enabled=false", "app.demo-data=true", "logging.level.root=WARN",
		"logging.level.cn.gov.jiangmen=WARN" })
class LifecycleBenchmark {

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
	private static final ObjectMapper JSON = new ObjectMapper();
	private static final String DB = System.getProperty(PostgresTestDatabases.URL) != null ? "PostgreSQL" : "H2 (file)";

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) throws IOException {
		String server = System.getProperty(PostgresTestDatabases.URL);
		if (server != null) {
			String url = PostgresTestDatabases.prepare(server, "subsidy_bench");
			registry.add("spring.datasource.url", () -> url);
			registry.add("spring.datasource.username", PostgresTestDatabases::username);
			registry.add("spring.datasource.password", PostgresTestDatabases::password);
			registry.add("camunda.bpm.database.type", () -> "postgres");
		}
		else {
			Path dir = Path.of("target", "scale", "bench-h2").toAbsolutePath();
			if (Files.exists(dir)) {
				try (var files = Files.list(dir)) {
					files.forEach(f -> f.toFile().delete());
				}
			}
			registry.add("spring.datasource.url",
					() -> "jdbc:h2:file:" + dir.resolve("subsidy") + ";DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000;WRITE_DELAY=0");
		}
	}

	@Autowired
	ProcessEngine engine;

	@Autowired
	ApplicationContext context;

	@Autowired
	CurrentUsers currentUsers;

	@Autowired
	TestRestTemplate rest;

	@Autowired
	JdbcClient jdbc;

	private Object submissionService;
	private Method submit;
	private final Map<String, List<String>> groupsOf = new HashMap<>();
	private final Map<String, List<String>> tenantsOf = new HashMap<>();
	private int run;
	private int wave;

	@Test
	void lifecycle_throughput_versus_the_bare_engine() throws Exception {
		int k1 = Integer.getInteger("scale.bench.k1", 1000);
		int k2 = Integer.getInteger("scale.bench.k2", 10000);
		int openTasks = Integer.getInteger("scale.bench.open-tasks", 10000);
		int waveSize = Integer.getInteger("scale.bench.wave", 100);
		setUp();
		List<String> out = new ArrayList<>();
		out.add("Benchmark on " + DB + ", " + Runtime.getRuntime().availableProcessors() + " cores, Java "
				+ System.getProperty("java.version") + ", max heap " + mb(Runtime.getRuntime().maxMemory())
				+ ", waves of " + waveSize + ", job executor off (driver runs jobs)");

		// warm-up: JIT and caches, not counted
		phase(60, Math.min(waveSize, 30));
		Phase first = phase(k1, waveSize);
		Phase second = phase(k2, waveSize);

		out.add("");
		out.add("| phase | applications | history before | app (apps/s) | baseline (apps/s) | app/baseline |");
		out.add("|---|---:|---:|---:|---:|---:|");
		out.add(first.row("K = " + k1));
		out.add(second.row("K = " + k2));
		out.add(String.format(Locale.ROOT, "| last %d of K = %d | %d | %d | %.1f | %.1f | %.2f |", second.tailCount, k2,
				second.tailCount, second.historyBefore + k2 - second.tailCount, second.tailAppRate(),
				second.tailBaseRate(), second.tailAppRate() / second.tailBaseRate()));
		out.add("");
		out.add(String.format(Locale.ROOT, "app throughput at K = %d / at K = %d: %.2f (aim >= 0.8); app/baseline: %.2f and %.2f (aim >= 0.5)",
				k2, k1, second.appRate() / first.appRate(), first.ratio(), second.ratio()));
		out.add(String.format(Locale.ROOT, "app: %.1f ms per application at K = %d, %.1f ms at K = %d; baseline: %.1f / %.1f ms",
				first.appMillis / first.count, k1, second.appMillis / second.count, k2, first.baseMillis / first.count,
				second.baseMillis / second.count));

		out.addAll(taskListLatency(openTasks));
		out.addAll(memory());
		String text = String.join("\n", out);
		System.out.println("\n" + text + "\n");
		Path file = Path.of("target", "scale", "benchmark-" + (DB.startsWith("H2") ? "h2" : "postgres") + ".txt");
		Files.createDirectories(file.getParent());
		Files.writeString(file, text + "\n");
	}

	private void setUp() throws Exception {
		// Time flows from Monday 2 March 2026, 10:00 in Jiangmen: dates inside the known calendar years.
		Date start = Date.from(ZonedDateTime.of(2026, 3, 2, 10, 0, 0, 0, CHINA).toInstant());
		ClockUtil.reset();
		ClockUtil.offset(start.getTime() - System.currentTimeMillis());
		engine.getRepositoryService()
			.createDeployment()
			.name("benchmark-baseline")
			.addClasspathResource("scale/baseline-lifecycle.bpmn20.xml")
			.enableDuplicateFiltering(true)
			.deploy();
		Class<?> type = Class.forName("cn.gov.jiangmen.subsidy.application.SubmissionService");
		submissionService = context.getBean(type);
		submit = type.getDeclaredMethod("submit", JsonNode.class, CurrentUser.class);
		submit.setAccessible(true);
		run = (int) (System.currentTimeMillis() / 1000 % 90) + 10;
	}

	// ---------------------------------------------------------------- phases

	private final class Phase {
		int count;
		long historyBefore;
		double appMillis;
		double baseMillis;
		int tailCount;
		double tailAppMillis;
		double tailBaseMillis;

		double appRate() {
			return count / (appMillis / 1000);
		}

		double baseRate() {
			return count / (baseMillis / 1000);
		}

		double ratio() {
			return appRate() / baseRate();
		}

		double tailAppRate() {
			return tailCount / (tailAppMillis / 1000);
		}

		double tailBaseRate() {
			return tailCount / (tailBaseMillis / 1000);
		}

		String row(String name) {
			return String.format(Locale.ROOT, "| %s | %d | %d | %.1f | %.1f | %.2f |", name, count, historyBefore, appRate(),
					baseRate(), ratio());
		}
	}

	private Phase phase(int count, int waveSize) {
		Phase phase = new Phase();
		phase.count = count;
		phase.historyBefore = engine.getHistoryService().createHistoricProcessInstanceQuery()
			.processDefinitionKey("subsidyApplication")
			.count();
		phase.tailCount = Math.min(count, 1000);
		int done = 0;
		while (done < count) {
			int size = Math.min(waveSize, count - done);
			long t0 = System.nanoTime();
			appWave(size);
			long t1 = System.nanoTime();
			baselineWave(size);
			long t2 = System.nanoTime();
			double app = (t1 - t0) / 1e6;
			double base = (t2 - t1) / 1e6;
			phase.appMillis += app;
			phase.baseMillis += base;
			if (done >= count - phase.tailCount) {
				phase.tailAppMillis += app;
				phase.tailBaseMillis += base;
			}
			done += size;
			if (count >= 1000 && done % 1000 == 0) {
				System.out.printf(Locale.ROOT, "[bench %s] %d/%d app %.1f ms/app, baseline %.1f ms/app (this wave)%n", DB,
						done, count, app / size, base / size);
			}
		}
		return phase;
	}

	// ---------------------------------------------------------------- the application

	private record Submitted(String id, String processInstanceId, String district) {
	}

	private void appWave(int size) {
		List<Submitted> apps = new ArrayList<>(size);
		for (int i = 0; i < size; i++) {
			int n = wave * 99_999 + i;
			String district = ScaleRequests.district(n);
			apps.add(submit(ScaleRequests.officer(district), ScaleRequests.request(run, n), district));
		}
		wave++;
		for (Submitted app : apps) {
			complete(ScaleRequests.officer(app.district()), task(app.processInstanceId(), "UserTask_DistrictReview"),
					Map.of("decision", "approve", "comment", "材料齐全，同意"));
		}
		for (String district : ScaleRequests.DISTRICTS) {
			batch("UserTask_ReportDistrictPlan", ScaleRequests.officer(district), Map.of("confirmed", true));
		}
		for (Submitted app : apps) {
			complete("city-officer", task(app.processInstanceId(), "UserTask_CityReview"),
					Map.of("decision", "approve", "comment", "同意"));
		}
		batch("UserTask_PublishNotice", "city-officer", Map.of("noticeContact", "江门市商务局对外贸易科"));
		for (Submitted app : apps) {
			fireTimer(app.processInstanceId(), "CatchEvent_NoticePeriodEnded");
		}
		batch("UserTask_IncludeInBudget", "city-officer", Map.of("confirmed", true));
		for (Submitted app : apps) {
			fireTimer(app.processInstanceId(), "CatchEvent_BudgetYearStarted");
		}
		batch("UserTask_ReleaseFunds", "city-finance", Map.of("releaseDocumentNo", "江财工〔2027〕1号"));
		for (Submitted app : apps) {
			complete(ScaleRequests.finance(app.district()), task(app.processInstanceId(), "UserTask_Disburse"),
					Map.of("paymentReference", "PAY-" + app.id(), "paymentDate", "2027-01-15"));
		}
		for (Submitted app : apps) {
			complete(ScaleRequests.officer(app.district()), task(app.processInstanceId(), "UserTask_ReportFundUse"),
					Map.of("fundUseReport", "资金已用于参展及保费支出。"));
		}
		// every one of them must have ended; a benchmark that loses work measures nothing
		long open = engine.getRuntimeService().createProcessInstanceQuery()
			.processInstanceIds(new java.util.HashSet<>(apps.stream().map(Submitted::processInstanceId).toList()))
			.count();
		if (open != 0) {
			throw new IllegalStateException(open + " applications of the wave did not end");
		}
	}

	private Submitted submit(String user, String body, String district) {
		return as(user, () -> {
			try {
				Object record = submit.invoke(submissionService, JSON.readTree(body), currentUsers.current());
				Method id = record.getClass().getDeclaredMethod("id");
				Method pid = record.getClass().getDeclaredMethod("processInstanceId");
				id.setAccessible(true);
				pid.setAccessible(true);
				return new Submitted((String) id.invoke(record), (String) pid.invoke(record), district);
			}
			catch (ReflectiveOperationException | IOException e) {
				throw new IllegalStateException(e);
			}
		});
	}

	private Task task(String processInstanceId, String key) {
		return engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(key)
			.singleResult();
	}

	private void complete(String user, Task task, Map<String, Object> values) {
		as(user, () -> {
			engine.getTaskService().complete(task.getId(), values);
			return null;
		});
	}

	/** The officer completes the open batch task(s) they see; the release then runs as a job. */
	private void batch(String key, String user, Map<String, Object> values) {
		List<Task> tasks = as(user, () -> engine.getTaskService().createTaskQuery().taskDefinitionKey(key).list());
		for (Task t : tasks) {
			complete(user, t, values);
			runJobsOf(t.getProcessInstanceId());
		}
	}

	private void runJobsOf(String processInstanceId) {
		for (Job job : engine.getManagementService().createJobQuery().processInstanceId(processInstanceId).list()) {
			engine.getManagementService().executeJob(job.getId());
		}
	}

	private void fireTimer(String processInstanceId, String activityId) {
		Job job = engine.getManagementService().createJobQuery().processInstanceId(processInstanceId)
			.activityId(activityId).timers().singleResult();
		engine.getManagementService().executeJob(job.getId());
	}

	// ---------------------------------------------------------------- the baseline

	private void baselineWave(int size) {
		var runtime = engine.getRuntimeService();
		List<String> keys = new ArrayList<>(size);
		List<String> ids = new ArrayList<>(size);
		List<String> districts = new ArrayList<>(size);
		for (int i = 0; i < size; i++) {
			String district = ScaleRequests.district(i);
			String key = "BL-" + run + "-" + wave + "-" + i;
			String suffix = district.toLowerCase(Locale.ROOT);
			Map<String, Object> variables = Map.of("applicationId", key, "district", district, "districtCommerceGroup",
					"district-commerce-" + suffix, "districtFinanceGroup", "district-finance-" + suffix);
			ids.add(runtime.startProcessInstanceByKey("baselineLifecycle", key, variables).getId());
			keys.add(key);
			districts.add(district);
		}
		for (int i = 0; i < size; i++) {
			complete(ScaleRequests.officer(districts.get(i)), task(ids.get(i), "DistrictReview"),
					Map.of("decision", "approve", "comment", "ok"));
		}
		for (String district : ScaleRequests.DISTRICTS) {
			baselineBatch(ScaleRequests.officer(district), "district-commerce-" + district.toLowerCase(Locale.ROOT),
					"Baseline_Plan", keys, Map.of());
		}
		for (int i = 0; i < size; i++) {
			complete("city-officer", task(ids.get(i), "CityReview"), Map.of("decision", "approve", "comment", "ok"));
		}
		Date now = ClockUtil.getCurrentTime();
		baselineBatch("city-officer", "city-commerce", "Baseline_Notice", keys, Map.of("noticeEndsAt", now));
		for (String id : ids) {
			fireTimer(id, "NoticeEnded");
		}
		baselineBatch("city-officer", "city-commerce", "Baseline_Budget", keys, Map.of("budgetYearStartsAt", now));
		for (String id : ids) {
			fireTimer(id, "BudgetYear");
		}
		baselineBatch("city-finance", "city-finance", "Baseline_Funds", keys, Map.of());
		for (int i = 0; i < size; i++) {
			complete(ScaleRequests.finance(districts.get(i)), task(ids.get(i), "Disburse"),
					Map.of("paymentReference", "PAY-" + keys.get(i), "paymentDate", "2027-01-15"));
		}
		for (int i = 0; i < size; i++) {
			complete(ScaleRequests.officer(districts.get(i)), task(ids.get(i), "ReportFundUse"),
					Map.of("fundUseReport", "ok"));
		}
	}

	/** One batch instance: the officer's task, its asynchronous no-op job, then the messages. */
	private void baselineBatch(String user, String group, String message, List<String> keys, Map<String, Object> variables) {
		var runtime = engine.getRuntimeService();
		String batch = runtime.startProcessInstanceByKey("baselineBatch", Map.of("group", group)).getId();
		complete(user, task(batch, "BatchTask"), Map.of("confirmed", true));
		runJobsOf(batch);
		String prefix = message.equals("Baseline_Plan") ? group.substring("district-commerce-".length()) : null;
		for (int i = 0; i < keys.size(); i++) {
			if (prefix != null && !ScaleRequests.district(i).toLowerCase(Locale.ROOT).equals(prefix)) {
				continue;
			}
			runtime.createMessageCorrelation(message).processInstanceBusinessKey(keys.get(i)).setVariables(variables)
				.correlateWithResult();
		}
	}

	// ---------------------------------------------------------------- task list and memory

	private List<String> taskListLatency(int openTasks) {
		long t0 = System.nanoTime();
		for (int i = 0; i < openTasks; i++) {
			submit("pengjiang-officer", openRequest(i), "PENGJIANG");
		}
		double submitSeconds = (System.nanoTime() - t0) / 1e9;
		long visible = as("pengjiang-officer", () -> engine.getTaskService().createTaskQuery().count());
		List<String> out = new ArrayList<>();
		out.add("");
		out.add(String.format(Locale.ROOT,
				"Task list of pengjiang-officer (authorization checks on): %d open tasks visible (%d submissions took %.0f s, %.1f/s), "
						+ "%d finished applications in history",
				visible, openTasks, submitSeconds, openTasks / submitSeconds,
				engine.getHistoryService().createHistoricProcessInstanceQuery().finished().count()));
		out.add("");
		out.add("| first page (15 tasks, newest first) | p50 ms | p99 ms | max ms | runs |");
		out.add("|---|---:|---:|---:|---:|");
		out.add(latency("TaskService.createTaskQuery()…listPage(0, 15)", () -> as("pengjiang-officer",
				() -> engine.getTaskService().createTaskQuery().orderByTaskCreateTime().desc().listPage(0, 15).size())));
		out.add(latency("TaskService count", () -> as("pengjiang-officer",
				() -> (int) engine.getTaskService().createTaskQuery().count())));
		out.add(latency("GET /engine-rest/task?firstResult=0&maxResults=15&sortBy=created&sortOrder=desc", () -> {
			ResponseEntity<JsonNode> response = rest.withBasicAuth("pengjiang-officer", "demo")
				.getForEntity("/engine-rest/task?firstResult=0&maxResults=15&sortBy=created&sortOrder=desc", JsonNode.class);
			if (response.getStatusCode() != HttpStatus.OK || response.getBody().size() != 15) {
				throw new IllegalStateException(String.valueOf(response));
			}
			return 15;
		}));
		out.add(latency("GET /engine-rest/task/count", () -> {
			rest.withBasicAuth("pengjiang-officer", "demo").getForEntity("/engine-rest/task/count", JsonNode.class);
			return 1;
		}));
		return out;
	}

	private String openRequest(int i) {
		return ScaleRequests.request(run, 500_000_000 + i).replaceAll("\"district\": \"[A-Z]+\"",
				"\"district\": \"PENGJIANG\"");
	}

	/** p50/p99/max over up to 300 runs after 30 warm-ups, bounded to about a minute (a slow plan still reports). */
	private static String latency(String name, Supplier<Integer> query) {
		long budget = System.nanoTime() + 60_000_000_000L;
		for (int i = 0; i < 30 && System.nanoTime() < budget - 45_000_000_000L; i++) {
			query.get();
		}
		double[] millis = new double[300];
		int repeats = 0;
		while (repeats < millis.length && (repeats < 3 || System.nanoTime() < budget)) {
			long t = System.nanoTime();
			query.get();
			millis[repeats++] = (System.nanoTime() - t) / 1e6;
		}
		double[] sorted = Arrays.copyOf(millis, repeats);
		Arrays.sort(sorted);
		return String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %d |", name, sorted[repeats / 2],
				sorted[(int) Math.ceil(repeats * 0.99) - 1], sorted[repeats - 1], repeats);
	}

	private static List<String> memory() throws IOException {
		System.gc();
		MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
		String rss = Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmRSS")).findFirst()
			.map(l -> l.replaceAll("\\s+", " ")).orElse("VmRSS n/a");
		String hwm = Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmHWM")).findFirst()
			.map(l -> l.replaceAll("\\s+", " ")).orElse("");
		return List.of("", String.format(Locale.ROOT, "Memory at the end (after GC, whole test JVM: app + driver): heap used %s, committed %s, max %s; %s; peak %s",
				mb(heap.getUsed()), mb(heap.getCommitted()), mb(heap.getMax()), rss, hwm));
	}

	private static String mb(long bytes) {
		return bytes / (1024 * 1024) + " MiB";
	}

	private <T> T as(String user, Supplier<T> work) {
		List<String> groups = groupsOf.computeIfAbsent(user, u -> engine.getIdentityService().createGroupQuery()
			.groupMember(u).list().stream().map(Group::getId).toList());
		List<String> tenants = tenantsOf.computeIfAbsent(user, u -> engine.getIdentityService().createTenantQuery()
			.userMember(u).includingGroupsOfUser(true).list().stream().map(Tenant::getId).toList());
		engine.getIdentityService().setAuthentication(user, groups, tenants);
		try {
			return work.get();
		}
		finally {
			engine.getIdentityService().clearAuthentication();
		}
	}

}
