package cn.gov.jiangmen.subsidy.policy;

import static cn.gov.jiangmen.subsidy.policy.Claims.yuan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Builders that keep the Yueqing rule tables short. */
final class Yueqing {

	static final YueqingDraft2022Policy POLICY = YueqingDraft2022Policy.fromClasspath();

	static final LocalDate IN_PERIOD = LocalDate.of(2023, 5, 10);

	/** Registered in Yueqing, so in no district of Jiangmen. */
	static final Enterprise ENTERPRISE = new Enterprise("91330382MA2YQ00001", "乐清示例外贸有限公司", null, false);

	private Yueqing() {
	}

	static ItemAssessment assess(ClaimItem item) {
		return assess(item, PriorAwards.NONE);
	}

	static ItemAssessment assess(ClaimItem item, PriorAwards prior) {
		return POLICY.assess(ENTERPRISE, List.of(item), prior, Claims.TODAY).items().get(0);
	}

	static Assessment assessAll(ClaimItem... items) {
		return POLICY.assess(ENTERPRISE, List.of(items), PriorAwards.NONE, Claims.TODAY);
	}

	static YueqingExhibition key(String country, String booths, String fee, String other) {
		return new YueqingExhibition(country, IN_PERIOD, true, Claims.booths(booths), yuan(fee), yuan(other), null);
	}

	static YueqingExhibition other(String country, String booths, String fee, String other) {
		return new YueqingExhibition(country, IN_PERIOD, false, Claims.booths(booths), yuan(fee), yuan(other), null);
	}

	static YueqingExhibition keyOn(LocalDate start) {
		return new YueqingExhibition("DE", start, true, Booths.standard(1), yuan("10000"), null, null);
	}

	static YueqingCertification certification(String country, String fees, String other) {
		return new YueqingCertification(country, IN_PERIOD, true, yuan(fees), yuan(other), null);
	}

	static YueqingTrademark trademark(String fees) {
		return new YueqingTrademark(IN_PERIOD, true, yuan(fees), null, null);
	}

	static YueqingCreditInsurance insurance(String premium, boolean jointPlatform, String toUs, String toRcep) {
		return new YueqingCreditInsurance(IN_PERIOD, yuan(premium), jointPlatform, yuan(toUs), yuan(toRcep), null, null);
	}

	/** What the ledger would hold: {@code count} items of one kind in one year, together {@code amount}. */
	static PriorAwards prior(ItemKind kind, int year, String amount, int count) {
		return new PriorAwards() {
			@Override
			public BigDecimal awardedInYear(ItemKind k, int y) {
				return k == kind && y == year ? yuan(amount) : BigDecimal.ZERO;
			}

			@Override
			public int countInYear(ItemKind k, int y) {
				return k == kind && y == year ? count : 0;
			}

			@Override
			public boolean awardedEver(ItemKind k) {
				return k == kind && count > 0;
			}

			@Override
			public List<HeldBooths> exhibitionBooths() {
				return List.of();
			}
		};
	}
}
