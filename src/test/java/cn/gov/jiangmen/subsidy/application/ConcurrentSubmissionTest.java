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
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;

import cn.gov.jiangmen.subsidy.AppTest;
import cn.gov.jiangmen.subsidy.ProcedureDriver;
import cn.gov.jiangmen.subsidy.TestData;

/**
 * 第十条(一): at most 500,000 a year of export credit insurance support per enterprise, also when
 * its applications arrive at the same instant over HTTP.
 */
@AppTest
class ConcurrentSubmissionTest {

	static final int SUBMISSIONS = 8;
	static final String INSURANCE = """
			{"enterprise": {"creditCode": "91440703MA4U000013", "name": "江门示范外贸有限公司", "district": "PENGJIANG",
			 "tradeRecordSince2024": true},
			 "items": [{"type": "EXPORT_CREDIT_INSURANCE", "paidDate": "2025-05-01", "premiumPaid": "3000000.00",
			            "platformPolicy": false}]}""";

	@Autowired
	ProcessEngine engine;

	@Autowired
	TestRestTemplate rest;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void setUp() {
		TestData.reset(engine, jdbc);
		TestData.setClock(2026, 3, 10, 9, 0);
	}

	@Test
	void simultaneous_submissions_of_one_enterprise_never_exceed_the_annual_cap_together() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(SUBMISSIONS);
		CountDownLatch start = new CountDownLatch(1);
		List<Callable<JsonNode>> submissions = new ArrayList<>();
		for (int i = 0; i < SUBMISSIONS; i++) {
			submissions.add(() -> {
				start.await();
				return new ProcedureDriver(engine, rest).post("enterprise-demo", "/api/applications", INSURANCE).getBody();
			});
		}
		List<Future<JsonNode>> results = new ArrayList<>();
		submissions.forEach(s -> results.add(pool.submit(s)));
		start.countDown();
		BigDecimal granted = BigDecimal.ZERO;
		int capped = 0;
		for (Future<JsonNode> result : results) {
			JsonNode body = result.get();
			granted = granted.add(new BigDecimal(body.get("total").asText()));
			if (body.get("items").get(0).get("reasons").toString().contains("ANNUAL_CAP_REACHED")) {
				capped++;
			}
		}
		pool.shutdown();

		// 5% of 3,000,000 is 150,000 each: three fit, the fourth gets the 50,000 left, the rest nothing.
		assertThat(granted).isEqualByComparingTo("500000.00");
		assertThat(capped).isEqualTo(SUBMISSIONS - 4);
		assertThat(jdbc.sql("SELECT SUM(amount) FROM ledger_entry WHERE credit_code = '91440703MA4U000013' AND status = 'RESERVED'")
			.query(BigDecimal.class)
			.single()).isEqualByComparingTo("500000.00");
		assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isEqualTo(SUBMISSIONS);
	}

}
