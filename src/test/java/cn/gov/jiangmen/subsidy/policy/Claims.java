package cn.gov.jiangmen.subsidy.policy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Builders that keep the rule tables short. */
final class Claims {

	static final Jiangmen2025Policy POLICY = Jiangmen2025Policy.fromClasspath();

	static final LocalDate IN_PERIOD = LocalDate.of(2025, 9, 1);

	/** The day the tables are assessed on: after the period, so every item of the period has been paid. */
	static final LocalDate TODAY = LocalDate.of(2027, 6, 30);

	private Claims() {
	}

	static Enterprise enterprise() {
		return in(District.PENGJIANG);
	}

	static Enterprise in(District district) {
		return new Enterprise("91440703MA4U000013", "江门示例外贸有限公司", district, true);
	}

	static BigDecimal yuan(String amount) {
		return amount == null ? null : new BigDecimal(amount);
	}

	static ItemAssessment assess(ClaimItem item) {
		return assess(POLICY, enterprise(), item, PriorAwards.NONE);
	}

	static ItemAssessment assess(Policy policy, Enterprise enterprise, ClaimItem item, PriorAwards prior) {
		return policy.assess(enterprise, List.of(item), prior, TODAY).items().get(0);
	}

	/** "3" is three standard booths, "17.99 m²" one special booth of that area. */
	static Booths booths(String text) {
		return text.endsWith("m²") ? Booths.special(new BigDecimal(text.replace("m²", "").strip()))
				: Booths.standard(Integer.parseInt(text));
	}

	static OverseasExhibition overseas(String country, String booths, String expenses, String other) {
		return new OverseasExhibition(country, IN_PERIOD, true, booths(booths), yuan(expenses), yuan(other), false,
				false, null);
	}

	static ExportCreditInsurance insurance(LocalDate paid, String premium) {
		return new ExportCreditInsurance(paid, yuan(premium), false, null, null);
	}

	/** Prior awards of one type in one year, held as one item. */
	static PriorAwards prior(ItemKind type, int year, String amount) {
		return new PriorAwards() {
			@Override
			public BigDecimal awardedInYear(ItemKind t, int y) {
				return t == type && y == year ? yuan(amount) : BigDecimal.ZERO;
			}

			@Override
			public int countInYear(ItemKind t, int y) {
				return t == type && y == year ? 1 : 0;
			}

			@Override
			public boolean awardedEver(ItemKind t) {
				return t == type;
			}

			@Override
			public List<HeldBooths> exhibitionBooths() {
				return List.of();
			}
		};
	}

	/** The shipped parameters with some lines of the file changed, as a deployment would change them. */
	static Jiangmen2025Policy policyWith(Map<String, String> replacements) {
		try (InputStream in = Jiangmen2025Policy.class.getResourceAsStream(Jiangmen2025Policy.RESOURCE)) {
			String yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			for (Map.Entry<String, String> change : replacements.entrySet()) {
				if (!yaml.contains(change.getKey())) {
					throw new IllegalArgumentException("not in the policy file: " + change.getKey());
				}
				yaml = yaml.replace(change.getKey(), change.getValue());
			}
			return Jiangmen2025Policy.from(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A line of the districts section of the shipped file. */
	static String districtLine(String district, String funding, String topUpRate, String article) {
		return "  " + district + ":\n    settings:\n      - {from: 2024-01-01, to: 2026-12-31, funding: " + funding
				+ ", insurance_top_up_rate: " + topUpRate + ", article: " + article + "}";
	}
}
