package cn.gov.jiangmen.subsidy.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/**
 * Whatever a request may hold once it is read, the rules answer: no exception, and every answer keeps
 * its own invariants (checked by ItemAssessment and Assessment). Random requests over the whole range
 * of every field, with a fixed seed so that a failure can be replayed.
 */
class AnyValidClaimTest {

	private static final long SEED = 20261202L;

	private static final String[] COUNTRIES = { "US", "CA", "BR", "CL", "JP", "DE", "RU", "NZ", "ZA", "AQ" };

	@Test
	void every_request_the_reader_lets_through_is_assessed_without_an_exception() {
		Random random = new Random(SEED);
		int assessed = 0;
		for (int request = 0; request < 1_000; request++) {
			Enterprise enterprise = enterprise(random);
			List<ClaimItem> items = new ArrayList<>();
			int count = 1 + random.nextInt(12);
			for (int i = 0; i < count; i++) {
				items.add(item(random));
			}
			LocalDate today = date(random);

			Assessment assessment = Claims.POLICY.assess(enterprise, items, PriorAwards.NONE, today);

			assertThat(assessment.items()).hasSize(count);
			assessed += count;
		}
		assertThat(assessed).isGreaterThan(5_000);
	}

	private static Enterprise enterprise(Random random) {
		District district = District.values()[random.nextInt(District.values().length)];
		Set<Integer> years = null;
		if (random.nextBoolean()) {
			years = new TreeSet<>();
			for (int i = random.nextInt(4); i > 0; i--) {
				years.add(Enterprise.FIRST_TRADE_YEAR + random.nextInt(Enterprise.LAST_TRADE_YEAR - Enterprise.FIRST_TRADE_YEAR + 1));
			}
		}
		return Enterprise.withTradeYears("91440703MA4U000013", "某公司", district, random.nextBoolean(), years);
	}

	private static ClaimItem item(Random random) {
		LocalDate date = date(random);
		BigDecimal requested = random.nextInt(4) == 0 ? money(random) : null;
		String name = random.nextBoolean() ? null : random.nextBoolean() ? "Hannover Messe" : "ＨＡＮＮＯＶＥＲ ＭＥＳＳＥ";
		return switch (random.nextInt(8)) {
			case 0 -> new OverseasExhibition(COUNTRIES[random.nextInt(COUNTRIES.length)], date, random.nextBoolean(),
					booths(random), money(random), money(random), random.nextBoolean(), random.nextBoolean(), requested, name);
			case 1 -> new HkmtExhibition("HK", date, random.nextBoolean(), booths(random), money(random), money(random),
					random.nextBoolean(), random.nextBoolean(), requested, name);
			case 2 -> new DomesticExhibition(date, random.nextBoolean(), random.nextBoolean(),
					1 + random.nextInt(Booths.MAX_COUNT), money(random), money(random), requested, name);
			case 3 -> new ExportCreditInsurance(date, money(random), random.nextBoolean(), money(random), requested);
			case 4 -> new CreditService(date, money(random), money(random), requested);
			case 5 -> new OverseasInvestmentInsurance(date, money(random), random.nextBoolean(), money(random), requested,
					random.nextBoolean() ? null : date(random));
			case 6 -> new AeoCertification(date, AeoLevel.values()[random.nextInt(2)], random.nextBoolean(), requested);
			default -> new CantonFairDesignAward(1 + random.nextInt(CantonFairDesignAward.MAX_SESSION),
					AwardTier.values()[random.nextInt(4)], requested);
		};
	}

	/** Mostly inside the period, sometimes anywhere from year 1 to 9999. */
	private static LocalDate date(Random random) {
		if (random.nextInt(5) == 0) {
			return LocalDate.of(1 + random.nextInt(9999), 1 + random.nextInt(12), 1 + random.nextInt(28));
		}
		return LocalDate.of(2023, 12, 1).plusDays(random.nextInt(3 * 366 + 60));
	}

	/** From 0 to just under 10^12 yuan, to the fen; small amounts more often. */
	private static BigDecimal money(Random random) {
		long fen = switch (random.nextInt(4)) {
			case 0 -> 0;
			case 1 -> random.nextInt(100);
			case 2 -> random.nextLong(10_000_000_00L);
			default -> random.nextLong(100_000_000_000_000L);
		};
		return BigDecimal.valueOf(fen, 2);
	}

	private static Booths booths(Random random) {
		if (random.nextBoolean()) {
			return Booths.standard(1 + random.nextInt(Booths.MAX_COUNT));
		}
		return Booths.special(BigDecimal.valueOf(1 + random.nextInt(1_000_000), 2));
	}
}
