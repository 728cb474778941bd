package cn.gov.jiangmen.subsidy.ledger;

import static cn.gov.jiangmen.subsidy.ledger.Requests.insurance;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import cn.gov.jiangmen.subsidy.policy.Assessment;
import cn.gov.jiangmen.subsidy.policy.ItemAssessment;
import cn.gov.jiangmen.subsidy.policy.ReasonCode;

/** Applications of one enterprise submitted at the same instant never exceed a cap together. */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({ Ledger.class, LedgerRepository.class, EnterpriseLock.class, PolicyConfiguration.class, LedgerClock.class })
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class LedgerConcurrencyTest {

	private static final int APPLICATIONS = 16;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		LedgerDatabase.register(registry, "ledger-concurrency");
	}

	@Autowired
	Ledger ledger;

	@Test
	void sixteen_simultaneous_applications_of_100000_each_share_one_500000_cap() throws Exception {
		// a fresh enterprise per run, so that the test can run again against a kept PostgreSQL database
		String enterprise = "9144%014d".formatted(System.nanoTime() % 100_000_000_000_000L);
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(APPLICATIONS);
		List<Future<Assessment>> results = new ArrayList<>();
		for (int i = 0; i < APPLICATIONS; i++) {
			String applicationId = enterprise + "-" + i;
			results.add(pool.submit(() -> {
				start.await();
				return ledger.assessAndReserve(applicationId, Requests.of(enterprise, insurance("2000000")));
			}));
		}
		start.countDown();
		List<ItemAssessment> items = new ArrayList<>();
		for (Future<Assessment> result : results) {
			items.add(result.get(60, TimeUnit.SECONDS).items().get(0));
		}
		pool.shutdown();

		BigDecimal active = ledger.entriesOfEnterprise(enterprise).stream()
			.filter(e -> e.status().active() && e.year() == 2025)
			.map(LedgerEntry::amount)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		assertThat(active).isEqualByComparingTo("500000.00");
		assertThat(items).filteredOn(ItemAssessment::eligible).hasSize(5)
			.allSatisfy(item -> assertThat(item.amount()).isEqualTo("100000.00"));
		assertThat(items).filteredOn(item -> !item.eligible()).hasSize(APPLICATIONS - 5)
			.allSatisfy(item -> assertThat(item.reasons()).containsExactly(ReasonCode.ANNUAL_CAP_REACHED));

		Assessment later = ledger.assessAndReserve(enterprise + "-later", Requests.of(enterprise, insurance("2000000")));
		assertThat(later.items().get(0).reasons()).containsExactly(ReasonCode.ANNUAL_CAP_REACHED);
	}

	/** 第九条 "每个项目": the same fair in eight applications at the same instant gets its 2 booths once. */
	@Test
	void eight_simultaneous_applications_for_one_fair_share_its_two_booths() throws Exception {
		String enterprise = "9144%014d".formatted(System.nanoTime() % 100_000_000_000_000L);
		int applications = 8;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(applications);
		List<Future<Assessment>> results = new ArrayList<>();
		for (int i = 0; i < applications; i++) {
			String applicationId = enterprise + "-fair-" + i;
			// one booth each, under names that fold to one: the first two get a booth, the rest none
			String name = i % 2 == 0 ? "Hannover Messe" : "ＨＡＮＮＯＶＥＲ　ＭＥＳＳＥ";
			results.add(pool.submit(() -> {
				start.await();
				return ledger.assessAndReserve(applicationId, Requests.of(enterprise, Requests.hannover(name, 1)));
			}));
		}
		start.countDown();
		List<ItemAssessment> items = new ArrayList<>();
		for (Future<Assessment> result : results) {
			items.add(result.get(60, TimeUnit.SECONDS).items().get(0));
		}
		pool.shutdown();

		assertThat(items).filteredOn(ItemAssessment::eligible).hasSize(2)
			.allSatisfy(item -> assertThat(item.amount()).isEqualTo("10000.00"));
		assertThat(items).filteredOn(item -> !item.eligible()).hasSize(applications - 2)
			.allSatisfy(item -> assertThat(item.reasons()).containsExactly(ReasonCode.EXHIBITION_BOOTHS_USED));
		assertThat(ledger.entriesOfEnterprise(enterprise).stream()
			.filter(e -> e.status().active())
			.mapToInt(e -> e.booths().booths())
			.sum()).isEqualTo(2);
	}
}
