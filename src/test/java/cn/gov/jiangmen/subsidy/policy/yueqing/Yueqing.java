package cn.gov.jiangmen.subsidy.policy.yueqing;

import cn.gov.jiangmen.subsidy.policy.Assessment;
import cn.gov.jiangmen.subsidy.policy.Booths;
import cn.gov.jiangmen.subsidy.policy.ClaimItem;
import cn.gov.jiangmen.subsidy.policy.Enterprise;
import cn.gov.jiangmen.subsidy.policy.HeldBooths;
import cn.gov.jiangmen.subsidy.policy.ItemAssessment;
import cn.gov.jiangmen.subsidy.policy.ItemKind;
import cn.gov.jiangmen.subsidy.policy.PriorAwards;
import cn.gov.jiangmen.subsidy.policy.jiangmen.Claims;
import static cn.gov.jiangmen.subsidy.policy.jiangmen.Claims.yuan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Builders that keep the Yueqing rule tables short. */
public final class Yueqing {

	public static final YueqingDraft2022Policy POLICY = YueqingDraft2022Policy.fromClasspath();

	public static final LocalDate IN_PERIOD = LocalDate.of(2023, 5, 10);

	/** Registered in Yueqing, so in no district of Jiangmen. */
	public static final Enterprise ENTERPRISE = new Enterprise("91330382MA2YQ00001", "乐清示例外贸有限公司", null, false);

	private Yueqing() {
	}

	public static ItemAssessment assess(ClaimItem item) {
		return assess(item, PriorAwards.NONE);
	}

	public static ItemAssessment assess(ClaimItem item, PriorAwards prior) {
		return POLICY.assess(ENTERPRISE, List.of(item), prior, Claims.TODAY).items().get(0);
	}

	public static Assessment assessAll(ClaimItem... items) {
		return POLICY.assess(ENTERPRISE, List.of(items), PriorAwards.NONE, Claims.TODAY);
	}

	public static YueqingExhibition key(String country, String booths, String fee, String other) {
		return new YueqingExhibition(country, IN_PERIOD, true, Claims.booths(booths), yuan(fee), yuan(other), null);
	}

	public static YueqingExhibition other(String country, String booths, String fee, String other) {
		return new YueqingExhibition(country, IN_PERIOD, false, Claims.booths(booths), yuan(fee), yuan(other), null);
	}

	public static YueqingExhibition keyOn(LocalDate start) {
		return new YueqingExhibition("DE", start, true, Booths.standard(1), yuan("10000"), null, null);
	}

	public static YueqingCertification certification(String country, String fees, String other) {
		return new YueqingCertification(country, IN_PERIOD, true, yuan(fees), yuan(other), null);
	}

	public static YueqingTrademark trademark(String fees) {
		return new YueqingTrademark(IN_PERIOD, true, yuan(fees), null, null);
	}

	public static YueqingCreditInsurance insurance(String premium, boolean jointPlatform, String toUs, String toRcep) {
		return new YueqingCreditInsurance(IN_PERIOD, yuan(premium), jointPlatform, yuan(toUs), yuan(toRcep), null, null);
	}

	/** What the ledger would hold: {@code count} items of one kind in one year, together {@code amount}. */
	public static PriorAwards prior(ItemKind kind, int year, String amount, int count) {
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
