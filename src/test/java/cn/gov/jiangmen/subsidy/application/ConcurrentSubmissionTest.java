package cn.gov.jiangmen.subsidy.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;

import cn.gov.jiangmen.subsidy.ProcedureTest;
import cn.gov.jiangmen.subsidy.ProcedureDriver;
import cn.gov.jiangmen.subsidy.TestData;

/**
 * 第十条(一): at most 500,000 a year of export credit insurance support per enterprise, and 第九条: an
 * exhibition's booths once per enterprise, also when its applications arrive at the same instant
 * over HTTP.
 */
@ProcedureTest
class ConcurrentSubmissionTest {

	static final int SUBMISSIONS = 8;
	static final String INSURANCE = """
			{"enterprise": {"creditCode": "91440703MA4U000013", "name": "江门示范外贸有限公司", "district": "PENGJIANG",
			 "tradeRecordSince2024": true},
			 "items": [{"type": "EXPORT_CREDIT_INSURANCE", "paidDate": "2025-05-01", "premiumPaid": "3000000.00",
			            "platformPolicy": false}]}""";

	static final String SAME_FAIR = """
			{"enterprise": {"creditCode": "91440703MA4U000013", "name": "江门示范外贸有限公司", "district": "PENGJIANG",
			 "tradeRecordSince2024": true},
			 "items": [{"type": "OVERSEAS_EXHIBITION", "exhibitionName": "Hannover Messe", "country": "DE",
			            "startDate": "2025-05-10", "keyPlan": true, "boothKind": "STANDARD", "booths": 2,
			            "expenses": "50000.00"}]}""";

	@Autowired
	ProcessEngine engine;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ProcedureDriver driver;

	@BeforeEach
	void setUp() {
		TestData.setClock(2026, 3, 10, 9, 0);
	}

	@Test
	void simultaneous_submissions_of_one_enterprise_never_exceed_the_annual_cap_together() throws Exception {
		BigDecimal granted = BigDecimal.ZERO;
		int capped = 0;
		for (JsonNode body : submitAtOnce(SUBMISSIONS, INSURANCE)) {
			granted = granted.add(new BigDecimal(body.get("total").asText()));
			if (body.get("items").get(0).get("reasons").toString().contains("ANNUAL_CAP_REACHED")) {
				capped++;
			}
		}

		// 5% of 3,000,000 is 150,000 each: three fit, the fourth gets the 50,000 left, the rest nothing.
		assertThat(granted).isEqualByComparingTo("500000.00");
		assertThat(capped).isEqualTo(SUBMISSIONS - 4);
		assertThat(jdbc.sql("SELECT SUM(amount) FROM ledger_entry WHERE credit_code = '91440703MA4U000013' AND status = 'RESERVED'")
			.query(BigDecimal.class)
			.single()).isEqualByComparingTo("500000.00");
		assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isEqualTo(SUBMISSIONS);
	}

	/** 第九条 "每家企业每个项目": the same fair in applications sent at the same instant gets its booths once. */
	@Test
	void simultaneous_applications_for_the_same_fair_get_its_booths_once() throws Exception {
		int submissions = 4;
		BigDecimal granted = BigDecimal.ZERO;
		int used = 0;
		for (JsonNode body : submitAtOnce(submissions, SAME_FAIR)) {
			granted = granted.add(new BigDecimal(body.get("total").asText()));
			if (body.get("items").get(0).get("reasons").toString().contains("EXHIBITION_BOOTHS_USED")) {
				used++;
			}
		}

		// 2 standard booths in Germany, 10,000 each: granted once, 3 applications find them used.
		assertThat(granted).isEqualByComparingTo("20000.00");
		assertThat(used).isEqualTo(submissions - 1);
		assertThat(jdbc.sql("SELECT SUM(booths) FROM ledger_entry WHERE credit_code = '91440703MA4U000013'"
				+ " AND status = 'RESERVED'").query(Integer.class).single()).isEqualTo(2);
		assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isEqualTo(submissions);
	}

	/** The same body posted as applications by {@code count} clients released at one instant. */
	private List<JsonNode> submitAtOnce(int count, String body) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(count);
		CountDownLatch start = new CountDownLatch(1);
		List<Callable<JsonNode>> submissions = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			submissions.add(() -> {
				start.await();
				return driver.post("enterprise-demo", "/api/applications", body).getBody();
			});
		}
		List<Future<JsonNode>> results = new ArrayList<>();
		submissions.forEach(s -> results.add(pool.submit(s)));
		start.countDown();
		List<JsonNode> bodies = new ArrayList<>();
		for (Future<JsonNode> result : results) {
			bodies.add(result.get());
		}
		pool.shutdown();
		return bodies;
	}

}
