package cn.gov.jiangmen.subsidy.scale;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;

import cn.gov.jiangmen.subsidy.processes.ProcessConstants.Groups;
import cn.gov.jiangmen.subsidy.identity.EnterpriseDirectory;
import cn.gov.jiangmen.subsidy.identity.EnterpriseDirectory.EnterpriseAccount;

/**
 * Deadline day: N enterprises at once, over HTTP only, each as its own browser (a cookie jar, the
 * CSRF token of the last page): sign in, open the portal, run a self-check, save a draft with two
 * items, upload a 1 MB PDF, submit with the pledge, open 我的申报. Meanwhile K officers page through
 * their task lists as Tasklist does ({@code /engine-rest/task} with HTTP Basic), the officers'
 * application list ({@code /api/applications}) and the officers' calls page. Prints p50/p95/p99 of
 * every page and call, errors with the first bodies, throughput, heap and the connection pool;
 * asserts nothing about speed, only that nothing acknowledged was lost.
 *
 * <p>In-process: one Spring Boot context (the whole app with its job executor, web server on a
 * random port), the driver in the same JVM (heap figures include both). The enterprises and their
 * users are created before the run; a few flows warm the JVM up first and are not counted.
 *
 * <p>Run: {@code scripts/deadline-day.sh h2|postgres [N] [K]}.
 */
@EnabledIfSystemProperty(named = "scale.deadline", matches = "true")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = { "app.demo-data=true",
		"logging.level.root=WARN", "logging.level.cn.gov.jiangmen=WARN" })
class DeadlineDayBenchmark {

	private static final String DB = System.getProperty(PostgresTestDatabases.URL) != null ? "PostgreSQL" : "H2 (file)";
	/** Complies with the engine's password policy (issue 17): at least 10 characters, upper, lower, digit, special. */
	private static final String PASSWORD = "Deadline#2026ok";
	private static final String OFFICER_PASSWORD = "demo";
	private static final List<String> OFFICERS = List.of("pengjiang-officer", "jianghai-officer", "xinhui-officer",
			"city-officer");
	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"");
	private static final Pattern DRAFT = Pattern.compile(".*/portal/drafts/([^/?#]+).*");
	private static final Pattern APPLICATION = Pattern.compile(".*/portal/applications/([^/?#]+)$");
	private static final int PAGE_AIM_MS = 300;
	private static final int SUBMISSION_AIM_MS = 1000;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) throws IOException {
		String server = System.getProperty(PostgresTestDatabases.URL);
		if (server != null) {
			String url = PostgresTestDatabases.prepare(server, "subsidy_deadline");
			registry.add("spring.datasource.url", () -> url);
			registry.add("spring.datasource.username", PostgresTestDatabases::username);
			registry.add("spring.datasource.password", PostgresTestDatabases::password);
			registry.add("spring.datasource.driver-class-name", () -> "org.postgresql.Driver");
			registry.add("camunda.bpm.database.type", () -> "postgres");
		}
		else {
			Path dir = Path.of("target", "scale", "deadline-h2").toAbsolutePath();
			if (Files.exists(dir)) {
				try (var files = Files.list(dir)) {
					files.forEach(f -> f.toFile().delete());
				}
			}
			// the production URL's settings (application.yaml), on a fresh file
			registry.add("spring.datasource.url",
					() -> "jdbc:h2:file:" + dir.resolve("subsidy") + ";DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000;WRITE_DELAY=0");
		}
	}

	@LocalServerPort
	int port;

	@Autowired
	IdentityService identity;

	@Autowired
	EnterpriseDirectory enterprises;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Value("${server.tomcat.threads.max:200}")
	int tomcatThreads;

	private final Map<String, Queue<Long>> timings = new ConcurrentHashMap<>();
	private final Map<String, AtomicInteger> errorsByCall = new ConcurrentHashMap<>();
	private final Queue<String> errorSamples = new ConcurrentLinkedQueue<>();
	private final AtomicInteger errors = new AtomicInteger();
	private final AtomicLong requests = new AtomicLong();
	private volatile boolean counting;
	private int warmUpVisits;

	@Test
	void deadline_day() throws Exception {
		int users = Integer.getInteger("scale.deadline.users", 200);
		int officers = Integer.getInteger("scale.deadline.officers", OFFICERS.size());
		long officerPauseMs = Long.getLong("scale.deadline.officer-pause-ms", 200);
		int warmUp = Integer.getInteger("scale.deadline.warm-up", 20);
		warmUpVisits = warmUp;
		// 0: every enterprise at the same instant (the worst case); otherwise their starts spread evenly over it
		long rampMs = Long.getLong("scale.deadline.ramp-seconds", 0) * 1000;
		int run = (int) (System.currentTimeMillis() / 1000 % 90) + 10;
		byte[] pdf = pdfOf(1024 * 1024);

		long setUp = System.nanoTime();
		List<String> ids = createEnterprises(run, users + warmUp);
		double setUpSeconds = (System.nanoTime() - setUp) / 1e9;

		// warm-up: JIT, caches, templates, the first sign-in; four browsers at a time, not counted
		ExecutorService warming = Executors.newFixedThreadPool(4);
		List<Future<String>> warm = new ArrayList<>();
		for (int i = 0; i < warmUp; i++) {
			Enterprise enterprise = new Enterprise(ids.get(users + i), pdf);
			warm.add(warming.submit(enterprise::apply));
		}
		for (Future<String> flow : warm) {
			flow.get(10, TimeUnit.MINUTES);
		}
		warming.shutdown();
		OfficerLoop warmOfficer = new OfficerLoop(OFFICERS.get(0), 0, new AtomicBoolean(true));
		warmOfficer.signIn();
		warmOfficer.round();

		counting = true;
		HikariPoolMXBean pool = dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean();
		int poolMax = dataSource.unwrap(HikariDataSource.class).getMaximumPoolSize();
		Sampler sampler = new Sampler(pool);
		Thread samplerThread = new Thread(sampler, "deadline-sampler");
		samplerThread.setDaemon(true);
		samplerThread.start();

		AtomicBoolean running = new AtomicBoolean(true);
		ExecutorService officerPool = Executors.newFixedThreadPool(Math.max(1, officers));
		List<Future<?>> officerRuns = new ArrayList<>();
		List<OfficerLoop> officerLoops = new ArrayList<>();
		for (int k = 0; k < officers; k++) {
			OfficerLoop loop = new OfficerLoop(OFFICERS.get(k % OFFICERS.size()), officerPauseMs, running);
			officerLoops.add(loop);
			officerRuns.add(officerPool.submit(loop));
		}

		ExecutorService virtualUsers = Executors.newFixedThreadPool(users);
		CountDownLatch gate = new CountDownLatch(1);
		List<Future<String>> flows = new ArrayList<>();
		for (int i = 0; i < users; i++) {
			Enterprise enterprise = new Enterprise(ids.get(i), pdf);
			long delayMs = rampMs * i / users;
			flows.add(virtualUsers.submit(() -> {
				gate.await();
				Thread.sleep(delayMs);
				return enterprise.apply();
			}));
		}
		var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
		long cpuBefore = os.getProcessCpuTime();
		long start = System.nanoTime();
		gate.countDown();
		List<String> acknowledged = new ArrayList<>();
		int flowsFailed = 0;
		for (Future<String> flow : flows) {
			try {
				String id = flow.get(30, TimeUnit.MINUTES);
				if (id != null) {
					acknowledged.add(id);
				}
				else {
					flowsFailed++;
				}
			}
			catch (java.util.concurrent.ExecutionException e) {
				flowsFailed++;
				error("flow", "exception", String.valueOf(e.getCause()));
			}
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		double cpuSeconds = (os.getProcessCpuTime() - cpuBefore) / 1e9;
		running.set(false);
		for (Future<?> officer : officerRuns) {
			officer.get(2, TimeUnit.MINUTES);
		}
		counting = false;
		sampler.stop();
		samplerThread.join();
		virtualUsers.shutdown();
		officerPool.shutdown();

		// nothing lost: every acknowledged submission is in app_application afterwards
		List<String> stored = new ArrayList<>();
		for (int from = 0; from < acknowledged.size(); from += 500) {
			stored.addAll(jdbc.sql("SELECT id FROM app_application WHERE id IN (:ids)")
				.param("ids", acknowledged.subList(from, Math.min(acknowledged.size(), from + 500)))
				.query(String.class)
				.list());
		}
		List<String> missing = acknowledged.stream().filter(id -> !stored.contains(id)).toList();
		long distinct = acknowledged.stream().distinct().count();
		long inReview = jdbc.sql("""
				SELECT COUNT(*) FROM app_application a JOIN app_enterprise_user u ON u.credit_code = a.credit_code
				WHERE a.status = 'DISTRICT_REVIEW' AND u.user_id LIKE :p""")
			.param("p", "deadline-%02d-%%".formatted(run))
			.query(Long.class)
			.single();

		String text = report(users, officers, officerPauseMs, setUpSeconds, seconds, acknowledged.size(), flowsFailed,
				missing.size(), distinct, inReview, sampler, poolMax, officerLoops, cpuSeconds, rampMs / 1000);
		System.out.println("\n" + text + "\n");
		Path file = Path.of("target", "scale", "deadline-day-" + (DB.startsWith("H2") ? "h2" : "postgres") + ".txt");
		Files.createDirectories(file.getParent());
		Files.writeString(file, text + "\n");

		assertThat(missing).as("acknowledged submissions missing from app_application").isEmpty();
		assertThat(distinct).as("one application number per acknowledged submission").isEqualTo(acknowledged.size());
	}

	// ---------------------------------------------------------------- set-up

	/**
	 * N enterprises, each with its user and a valid credit code registered in its district's division
	 * (900,000 keeps {@code n % 3}, which picks both).
	 */
	private List<String> createEnterprises(int run, int count) {
		List<String> ids = new ArrayList<>();
		for (int n = 0; n < count; n++) {
			String userId = "deadline-%02d-%04d".formatted(run, n);
			String district = ScaleRequests.district(n);
			if (identity.createUserQuery().userId(userId).count() == 0) {
				User user = identity.newUser(userId);
				user.setFirstName("压测企业");
				user.setLastName(run + "-" + n);
				user.setPassword(PASSWORD);
				user.setEmail(userId + "@example.invalid");
				identity.saveUser(user);
				identity.createMembership(userId, Groups.ENTERPRISE);
			}
			enterprises.register(new EnterpriseAccount(userId, ScaleRequests.creditCode(run, 900_000 + n),
					"江门压测外贸有限公司" + run + "-" + n, district));
			ids.add(userId);
		}
		return ids;
	}

	/** A real one-page PDF, padded with a comment block to the given size (Tika judges it by its header). */
	static byte[] pdfOf(int size) {
		String head = """
				%PDF-1.4
				1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
				2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
				3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >> endobj
				4 0 obj << /Length 44 >> stream
				BT /F1 24 Tf 72 760 Td (Booth contract) Tj ET
				endstream endobj
				5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj
				""";
		String tail = "trailer << /Root 1 0 R >>\n%%EOF\n";
		ByteArrayOutputStream out = new ByteArrayOutputStream(size);
		out.writeBytes(head.getBytes(StandardCharsets.ISO_8859_1));
		String line = "% " + "0123456789abcdef".repeat(6) + "\n";
		while (out.size() + line.length() + tail.length() <= size) {
			out.writeBytes(line.getBytes(StandardCharsets.ISO_8859_1));
		}
		while (out.size() + tail.length() < size) {
			out.write('\n');
		}
		out.writeBytes(tail.getBytes(StandardCharsets.ISO_8859_1));
		return out.toByteArray();
	}

	// ---------------------------------------------------------------- an enterprise's browser

	private final class Enterprise {

		private final String user;
		private final byte[] pdf;
		private final Browser browser = new Browser();

		Enterprise(String user, byte[] pdf) {
			this.user = user;
			this.pdf = pdf;
		}

		/** The whole visit; the acknowledged application's number, or null where a step failed. */
		String apply() {
			Browser b = browser;
			if (!b.page("GET /login", "/login") || !b.signIn("POST /login (sign-in)", user, PASSWORD)
					|| !b.page("GET /portal", "/portal") || !b.page("GET /portal/check", "/portal/check")) {
				return null;
			}
			Map<String, String> form = twoItems();
			form.put("action", "quote");
			HttpResponse<String> quote = b.post("POST /portal/check (self-check)", "/portal/check", form);
			if (!expect(quote, 200, "POST /portal/check (self-check)") || !contains(quote, "测算结果", "POST /portal/check (self-check)")) {
				return null;
			}
			form.put("action", "save");
			HttpResponse<String> saved = b.post("POST /portal/check (save draft)", "/portal/check", form);
			if (!expect(saved, 302, "POST /portal/check (save draft)")) {
				return null;
			}
			Matcher draftId = DRAFT.matcher(saved.headers().firstValue("Location").orElse(""));
			if (!draftId.matches()) {
				error("POST /portal/check (save draft)", "no draft in Location", saved.headers().toString());
				return null;
			}
			String draft = "/portal/drafts/" + draftId.group(1);
			if (!b.page("GET /portal/drafts/{id}", saved.headers().firstValue("Location").orElseThrow())) {
				return null;
			}
			long submission = System.nanoTime();
			HttpResponse<String> upload = b.upload("POST /portal/drafts/{id}/attachments (1 MB PDF)", draft + "/attachments",
					"展位合同.pdf", pdf, Map.of("itemIndex", "0"));
			if (!expect(upload, 302, "POST /portal/drafts/{id}/attachments (1 MB PDF)")) {
				return null;
			}
			HttpResponse<String> afterUpload = b.get("GET /portal/drafts/{id}", draft);
			if (!expect(afterUpload, 200, "GET /portal/drafts/{id}")
					|| !contains(afterUpload, "已上传“展位合同.pdf”", "POST /portal/drafts/{id}/attachments (1 MB PDF)")) {
				return null;
			}
			form.put("action", "submit");
			form.put("pledge", "true");
			HttpResponse<String> submitted = b.post("POST /portal/drafts/{id} (submit)", draft, form);
			if (!expect(submitted, 302, "POST /portal/drafts/{id} (submit)")) {
				return null;
			}
			String location = submitted.headers().firstValue("Location").orElse("");
			Matcher application = APPLICATION.matcher(location);
			if (!application.matches()) {
				error("POST /portal/drafts/{id} (submit)", "not acknowledged", location);
				return null;
			}
			record("submission: upload + page + submit", System.nanoTime() - submission);
			String id = application.group(1);
			b.page("GET /portal/applications/{id}", location);
			b.page("GET /portal/applications (我的申报)", "/portal/applications");
			return id;
		}

		private Map<String, String> twoItems() {
			Map<String, String> form = new LinkedHashMap<>();
			form.put("enterprise.tradeRecordSince2024", "true");
			form.put("enterprise.bankName", "中国工商银行江门分行");
			form.put("enterprise.accountName", "江门压测外贸有限公司");
			form.put("enterprise.accountNumber", "2012000000" + Math.abs(user.hashCode() % 100000));
			form.put("items[0].type", "OVERSEAS_EXHIBITION");
			form.put("items[0].exhibitionName", "巴西国际工业展 2025");
			form.put("items[0].country", "BR");
			form.put("items[0].startDate", "2025-06-10");
			form.put("items[0].keyPlan", "true");
			form.put("items[0].boothKind", "STANDARD");
			form.put("items[0].booths", "2");
			form.put("items[0].expenses", "50000.00");
			form.put("items[1].type", "EXPORT_CREDIT_INSURANCE");
			form.put("items[1].paidDate", "2025-03-01");
			form.put("items[1].premiumPaid", "100000.00");
			return form;
		}
	}

	// ---------------------------------------------------------------- officers

	/** An officer who pages through the task list as Tasklist does, and the officers' own lists. */
	private final class OfficerLoop implements Runnable {

		private final String user;
		private final long pauseMs;
		private final AtomicBoolean running;
		private final Browser browser = new Browser();
		private final String basic;
		private int firstResult;
		private int page;
		int rounds;

		OfficerLoop(String user, long pauseMs, AtomicBoolean running) {
			this.user = user;
			this.pauseMs = pauseMs;
			this.running = running;
			this.basic = "Basic " + Base64.getEncoder().encodeToString((user + ":" + OFFICER_PASSWORD).getBytes(StandardCharsets.UTF_8));
		}

		void signIn() {
			browser.page("GET /login", "/login");
			browser.signIn("POST /login (sign-in)", user, OFFICER_PASSWORD);
		}

		@Override
		public void run() {
			signIn();
			while (running.get()) {
				round();
				rounds++;
			}
		}

		void round() {
			HttpResponse<String> tasks = browser.api("GET /engine-rest/task?…&firstResult&maxResults=15",
					"/engine-rest/task?sortBy=created&sortOrder=desc&firstResult=" + firstResult + "&maxResults=15", basic);
			if (expect(tasks, 200, "GET /engine-rest/task?…&firstResult&maxResults=15")) {
				firstResult = tasks.body().strip().equals("[]") || firstResult >= 300 ? 0 : firstResult + 15;
			}
			pause();
			expect(browser.api("GET /engine-rest/task/count", "/engine-rest/task/count", basic), 200,
					"GET /engine-rest/task/count");
			pause();
			HttpResponse<String> list = browser.api("GET /api/applications?page&size=20",
					"/api/applications?size=20&page=" + page, basic);
			if (expect(list, 200, "GET /api/applications?page&size=20")) {
				page = list.body().contains("\"items\":[]") || page >= 10 ? 0 : page + 1;
			}
			pause();
			browser.page("GET /officer/calls (officers' page)", "/officer/calls");
			pause();
		}

		private void pause() {
			try {
				Thread.sleep(pauseMs);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}

	// ---------------------------------------------------------------- HTTP

	/** One user's browser: its own cookie jar and connections, no automatic redirects, the last page's CSRF token. */
	private final class Browser {

		private final HttpClient http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(30))
			.build();
		private String csrfToken;

		/** A page that must answer 200. */
		boolean page(String name, String path) {
			return expect(get(name, path), 200, name);
		}

		boolean signIn(String name, String user, String password) {
			HttpResponse<String> response = post(name, "/login", Map.of("username", user, "password", password));
			if (response == null) {
				return false;
			}
			String location = response.headers().firstValue("Location").orElse("");
			if (response.statusCode() != 302 || location.contains("error")) {
				error(name, response.statusCode() + " → " + location, response.body());
				return false;
			}
			return true;
		}

		HttpResponse<String> get(String name, String path) {
			return send(name, HttpRequest.newBuilder(uri(path)).GET());
		}

		HttpResponse<String> api(String name, String path, String authorization) {
			return send(name, HttpRequest.newBuilder(uri(path)).header("Authorization", authorization)
				.header("Accept", "application/json").GET());
		}

		HttpResponse<String> post(String name, String path, Map<String, String> fields) {
			Map<String, String> all = new LinkedHashMap<>(fields);
			if (csrfToken != null) {
				all.put("_csrf", csrfToken);
			}
			String body = all.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
				.collect(Collectors.joining("&"));
			return send(name, HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body)));
		}

		/** As the page's upload form sends it: multipart, the CSRF token as a field, then the file. */
		HttpResponse<String> upload(String name, String path, String fileName, byte[] content, Map<String, String> fields) {
			String boundary = "----deadline" + System.nanoTime();
			ByteArrayOutputStream body = new ByteArrayOutputStream(content.length + 1024);
			Map<String, String> all = new LinkedHashMap<>();
			if (csrfToken != null) {
				all.put("_csrf", csrfToken);
			}
			all.putAll(fields);
			all.forEach((field, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
					+ field + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
					+ "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
			body.writeBytes(content);
			body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
			return send(name, HttpRequest.newBuilder(uri(path)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
		}

		private HttpResponse<String> send(String name, HttpRequest.Builder request) {
			long t0 = System.nanoTime();
			try {
				HttpResponse<String> response = http.send(request.timeout(Duration.ofMinutes(5))
					.header("Accept-Language", "zh-CN,zh;q=0.9")
					.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
				record(name, System.nanoTime() - t0);
				Matcher m = CSRF.matcher(response.body());
				if (m.find()) {
					csrfToken = m.group(1) != null ? m.group(1) : m.group(2);
				}
				return response;
			}
			catch (IOException e) {
				record(name, System.nanoTime() - t0);
				error(name, "I/O", e.toString());
				return null;
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return null;
			}
		}

		private URI uri(String path) {
			return URI.create(path.startsWith("http") ? path : "http://localhost:" + port + path);
		}
	}

	private boolean expect(HttpResponse<String> response, int status, String name) {
		if (response == null) {
			return false;
		}
		if (response.statusCode() != status) {
			error(name, "HTTP " + response.statusCode() + (response.statusCode() == 302
					? " → " + response.headers().firstValue("Location").orElse("") : ""), response.body());
			return false;
		}
		return true;
	}

	private boolean contains(HttpResponse<String> response, String text, String name) {
		if (!response.body().contains(text)) {
			error(name, "page without “" + text + "”", response.body());
			return false;
		}
		return true;
	}

	private void record(String name, long nanos) {
		if (counting) {
			timings.computeIfAbsent(name, n -> new ConcurrentLinkedQueue<>()).add(nanos);
			requests.incrementAndGet();
		}
	}

	private void error(String name, String what, String body) {
		if (!counting) {
			System.out.println("[deadline warm-up] " + name + ": " + what + " " + text(body));
			return;
		}
		errors.incrementAndGet();
		errorsByCall.computeIfAbsent(name, n -> new AtomicInteger()).incrementAndGet();
		if (errorSamples.size() < 5) {
			errorSamples.add(name + ": " + what + " — " + text(body));
		}
	}

	/** The readable text of a page (its main part where there is one), shortened. */
	private static String text(String body) {
		if (body == null) {
			return "";
		}
		int main = body.indexOf("<main");
		String text = (main >= 0 ? body.substring(main) : body).replaceAll("(?s)<script.*?</script>", " ")
			.replaceAll("<[^>]+>", " ")
			.replaceAll("\\s+", " ")
			.strip();
		return text.length() > 300 ? text.substring(0, 300) + "…" : text;
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	// ---------------------------------------------------------------- heap and pool while it runs

	private static final class Sampler implements Runnable {

		private final HikariPoolMXBean pool;
		private volatile boolean stopped;
		int maxActive;
		int maxTotal;
		int maxWaiting;
		long maxHeapUsed;
		long samples;
		long activeSum;

		Sampler(HikariPoolMXBean pool) {
			this.pool = pool;
		}

		@Override
		public void run() {
			var memory = ManagementFactory.getMemoryMXBean();
			while (!stopped) {
				int active = pool.getActiveConnections();
				maxActive = Math.max(maxActive, active);
				maxTotal = Math.max(maxTotal, pool.getTotalConnections());
				maxWaiting = Math.max(maxWaiting, pool.getThreadsAwaitingConnection());
				maxHeapUsed = Math.max(maxHeapUsed, memory.getHeapMemoryUsage().getUsed());
				activeSum += active;
				samples++;
				try {
					Thread.sleep(50);
				}
				catch (InterruptedException e) {
					return;
				}
			}
		}

		void stop() {
			stopped = true;
		}
	}

	// ---------------------------------------------------------------- the report

	private String report(int users, int officers, long officerPauseMs, double setUpSeconds, double seconds,
			int acknowledged, int flowsFailed, int missing, long distinct, long inReview, Sampler sampler, int poolMax,
			List<OfficerLoop> officerLoops, double cpuSeconds, long rampSeconds) {
		List<String> out = new ArrayList<>();
		var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
		out.add("Deadline day on " + DB + ", " + Runtime.getRuntime().availableProcessors() + " cores, Java "
				+ System.getProperty("java.version") + ", max heap " + mb(heap.getMax()) + ", Hikari pool max " + poolMax
				+ ", Tomcat threads max " + tomcatThreads + ", " + ZonedDateTime.now(ZoneOffset.UTC).withNano(0));
		out.add(String.format(Locale.ROOT,
				"%d enterprises %s (fixed pool of %d virtual users, one browser each), %d officers paging (pause %d ms); "
						+ "%d enterprises and users created in %.1f s before the run, then %d visits to warm up (not counted)",
				users, rampSeconds == 0 ? "at once" : "starting evenly over " + rampSeconds + " s", users, officers,
				officerPauseMs, users, setUpSeconds, warmUpVisits));
		out.add("");
		out.add("| page or call | n | p50 ms | p95 ms | p99 ms | max ms | errors | aim p95 |");
		out.add("|---|---:|---:|---:|---:|---:|---:|---|");
		List<String> order = List.of("GET /login", "POST /login (sign-in)", "GET /portal", "GET /portal/check",
				"POST /portal/check (self-check)", "POST /portal/check (save draft)", "GET /portal/drafts/{id}",
				"POST /portal/drafts/{id}/attachments (1 MB PDF)", "POST /portal/drafts/{id} (submit)",
				"submission: upload + page + submit", "GET /portal/applications/{id}", "GET /portal/applications (我的申报)",
				"GET /engine-rest/task?…&firstResult&maxResults=15", "GET /engine-rest/task/count",
				"GET /api/applications?page&size=20", "GET /officer/calls (officers' page)");
		List<String> names = new ArrayList<>(order.stream().filter(timings::containsKey).toList());
		timings.keySet().stream().filter(n -> !order.contains(n)).sorted().forEach(names::add);
		for (String name : names) {
			long[] sorted = timings.get(name).stream().mapToLong(Long::longValue).sorted().toArray();
			String aim = name.startsWith("GET ") && !name.contains("/engine-rest") && !name.contains("/api/")
					? "≤ " + PAGE_AIM_MS + " ms" : name.startsWith("submission") ? "≤ " + SUBMISSION_AIM_MS + " ms" : "";
			double p95 = pct(sorted, 0.95);
			String met = aim.isEmpty() ? "" : p95 <= (name.startsWith("submission") ? SUBMISSION_AIM_MS : PAGE_AIM_MS) ? " met" : " NOT met";
			out.add(String.format(Locale.ROOT, "| %s | %d | %.0f | %.0f | %.0f | %.0f | %d | %s |", name, sorted.length,
					pct(sorted, 0.50), p95, pct(sorted, 0.99), sorted[sorted.length - 1] / 1e6,
					errorsByCall.getOrDefault(name, new AtomicInteger()).get(), aim + met));
		}
		errorsByCall.keySet().stream().filter(n -> !timings.containsKey(n)).sorted().forEach(n -> out.add(
				"| " + n + " | | | | | | " + errorsByCall.get(n).get() + " | |"));
		out.add("");
		out.add(String.format(Locale.ROOT,
				"Enterprises: %d of %d submissions acknowledged in %.1f s (%.2f submissions/s, %.1f requests/s of all users); "
						+ "%d visits failed; errors %d",
				acknowledged, users, seconds, acknowledged / seconds, requests.get() / seconds, flowsFailed, errors.get()));
		out.add(String.format(Locale.ROOT, "Officers: %d rounds of 4 calls while the enterprises applied",
				officerLoops.stream().mapToInt(o -> o.rounds).sum()));
		out.add(String.format(Locale.ROOT,
				"CPU: the test JVM (app + driver) used %.1f CPU-seconds in %.1f s (%.2f of %d cores), %.2f CPU-seconds per acknowledged visit",
				cpuSeconds, seconds, cpuSeconds / seconds, Runtime.getRuntime().availableProcessors(),
				acknowledged == 0 ? 0.0 : cpuSeconds / acknowledged));
		out.add(String.format(Locale.ROOT,
				"Nothing lost: %d acknowledged, %d distinct numbers, %d missing from app_application; %d of this run (warm-up included) in DISTRICT_REVIEW",
				acknowledged, distinct, missing, inReview));
		out.add(String.format(Locale.ROOT,
				"Database connections (Hikari, sampled every 50 ms): max active %d of %d, mean active %.1f, max threads waiting for one %d",
				sampler.maxActive, poolMax, sampler.samples == 0 ? 0.0 : (double) sampler.activeSum / sampler.samples,
				sampler.maxWaiting));
		System.gc();
		out.add(String.format(Locale.ROOT,
				"Heap (whole test JVM: app + driver): peak used %s while running, %s after GC, max %s", mb(sampler.maxHeapUsed),
				mb(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed()), mb(heap.getMax())));
		if (!errorSamples.isEmpty()) {
			out.add("");
			out.add("First errors:");
			errorSamples.forEach(e -> out.add("- " + e));
		}
		return String.join("\n", out);
	}

	private static double pct(long[] sorted, double p) {
		return sorted[Math.max(0, (int) Math.ceil(sorted.length * p) - 1)] / 1e6;
	}

	private static String mb(long bytes) {
		return bytes / (1024 * 1024) + " MiB";
	}

}
