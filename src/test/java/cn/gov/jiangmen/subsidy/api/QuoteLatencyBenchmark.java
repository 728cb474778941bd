package cn.gov.jiangmen.subsidy.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.gov.jiangmen.subsidy.AppTest;

/**
 * Not a test: a benchmark of POST /api/quotes at 8 concurrent clients on loopback, beside a
 * trivial endpoint measured in the same run. Prints figures and never fails on speed.
 * Run: {@code ./mvnw -B test -Dtest=QuoteLatencyBenchmark -Dbenchmark=true -Dsurefire.failIfNoSpecifiedTests=false}
 */
@AppTest
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class QuoteLatencyBenchmark {

	static final int CLIENTS = 8;
	static final Duration WARM_UP = Duration.ofSeconds(Integer.getInteger("benchmark.warmup", 15));
	static final Duration MEASURE = Duration.ofSeconds(Integer.getInteger("benchmark.seconds", 30));

	static final String QUOTE = """
			{"enterprise": {"creditCode": "91440703MA4U000013", "name": "江门示范外贸有限公司", "district": "PENGJIANG",
			 "tradeRecordSince2024": true},
			 "items": [
			  {"type": "OVERSEAS_EXHIBITION", "country": "BR", "startDate": "2025-06-10", "keyPlan": true,
			   "boothKind": "STANDARD", "booths": 2, "expenses": "50000.00"},
			  {"type": "OVERSEAS_EXHIBITION", "country": "TH", "startDate": "2025-09-10", "keyPlan": true,
			   "boothKind": "SPECIAL", "areaSqm": 40, "expenses": "120000.00", "otherSubsidies": "10000.00"},
			  {"type": "HKMT_EXHIBITION", "country": "HK", "startDate": "2025-04-01", "keyPlan": true,
			   "boothKind": "STANDARD", "booths": 2, "boothFee": "30000.00"},
			  {"type": "DOMESTIC_EXHIBITION", "startDate": "2025-05-01", "keyPlan": true, "consumerFair": false,
			   "booths": 3, "expenses": "20000.00"},
			  {"type": "EXPORT_CREDIT_INSURANCE", "paidDate": "2025-03-01", "premiumPaid": "1234567.89",
			   "platformPolicy": false},
			  {"type": "CREDIT_SERVICE", "paidDate": "2025-03-05", "fees": "3000.00"},
			  {"type": "AEO_CERTIFICATION", "certifiedDate": "2025-07-01", "level": "ADVANCED", "firstCertification": true},
			  {"type": "CANTON_FAIR_DESIGN_AWARD", "session": 137, "tier": "GOLD"}
			 ]}""";

	@LocalServerPort
	int port;

	@Test
	void quote_latency_beside_a_trivial_endpoint() throws Exception {
		HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		String auth = "Basic " + Base64.getEncoder().encodeToString("enterprise-demo:demo".getBytes(StandardCharsets.UTF_8));
		HttpRequest quote = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/quotes"))
			.header("Content-Type", "application/json")
			.header("Authorization", auth)
			.POST(HttpRequest.BodyPublishers.ofString(QUOTE))
			.build();
		HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).build();
		HttpRequest calendar = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/calendar/working-days?from=2026-09-30&days=5"))
			.header("Authorization", auth)
			.build();

		run(client, quote, WARM_UP);
		run(client, health, WARM_UP.dividedBy(3));
		Result healthResult = run(client, health, MEASURE);
		Result calendarResult = run(client, calendar, MEASURE);
		Result quoteResult = run(client, quote, MEASURE);

		System.out.printf("%n== POST /api/quotes benchmark: %d clients on loopback, %d s each, %d cores ==%n", CLIENTS,
				MEASURE.toSeconds(), Runtime.getRuntime().availableProcessors());
		System.out.printf("%-44s %9s %9s %9s %9s %8s%n", "endpoint", "requests", "req/s", "p50 ms", "p99 ms", "errors");
		print("GET /actuator/health (trivial, no auth)", healthResult);
		print("GET /api/calendar/working-days (auth)", calendarResult);
		print("POST /api/quotes (8 items, auth, ledger)", quoteResult);
		System.out.printf("p99 ratio quotes / health: %.1f; quotes / authenticated calendar: %.1f%n%n",
				quoteResult.p99() / healthResult.p99(), quoteResult.p99() / calendarResult.p99());
	}

	record Result(int requests, int errors, double p50, double p99, double perSecond) {
	}

	private static void print(String name, Result r) {
		System.out.printf("%-44s %9d %9.0f %9.2f %9.2f %8d%n", name, r.requests(), r.perSecond(), r.p50(), r.p99(),
				r.errors());
	}

	private static Result run(HttpClient client, HttpRequest request, Duration duration) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
		long end = System.nanoTime() + duration.toNanos();
		List<Callable<long[]>> workers = new ArrayList<>();
		int[] errors = new int[1];
		for (int i = 0; i < CLIENTS; i++) {
			workers.add(() -> {
				long[] latencies = new long[1 << 20];
				int n = 0;
				while (System.nanoTime() < end && n < latencies.length) {
					long start = System.nanoTime();
					HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
					latencies[n++] = System.nanoTime() - start;
					if (response.statusCode() != 200) {
						synchronized (errors) {
							errors[0]++;
						}
					}
				}
				return Arrays.copyOf(latencies, n);
			});
		}
		long started = System.nanoTime();
		List<long[]> all = new ArrayList<>();
		for (Future<long[]> f : pool.invokeAll(workers)) {
			all.add(f.get());
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		pool.shutdown();
		long[] merged = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
		return new Result(merged.length, errors[0], percentile(merged, 0.50), percentile(merged, 0.99),
				merged.length / seconds);
	}

	private static double percentile(long[] sorted, double p) {
		if (sorted.length == 0) {
			return Double.NaN;
		}
		return sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))] / 1e6;
	}

}
