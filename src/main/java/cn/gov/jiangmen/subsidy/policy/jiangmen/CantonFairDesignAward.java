package cn.gov.jiangmen.subsidy.policy.jiangmen;

import cn.gov.jiangmen.subsidy.policy.ValueChecks;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.util.Objects;

/** 广交会设计创新奖, 第十一条第（二）项. */
public record CantonFairDesignAward(int session, AwardTier tier, BigDecimal requestedAmount) implements JiangmenItem {

	/** The 135th session opened on 2024-04-15; the fair is held twice a year, spring and autumn. */
	private static final int ANCHOR_SESSION = 135;
	private static final int ANCHOR_YEAR = 2024;

	/** Sessions a claim can name: the fair opened in 1957 and meets twice a year; 999 is in the 25th century. */
	public static final int MAX_SESSION = 999;

	public CantonFairDesignAward {
		if (session < 1 || session > MAX_SESSION) {
			throw new IllegalArgumentException("session must be 1 to " + MAX_SESSION + ": " + session);
		}
		Objects.requireNonNull(tier, "tier");
		ValueChecks.optionalMoney(requestedAmount, "requestedAmount");
	}

	@Override
	public <R> R accept(Rules<R> rules) {
		return rules.cantonFairDesignAward(this);
	}

	@Override
	public JiangmenItemType type() {
		return JiangmenItemType.CANTON_FAIR_DESIGN_AWARD;
	}

	/** The opening day of the session (15 April or 15 October), which places the award in the period. */
	@Override
	public LocalDate date() {
		int offset = session - ANCHOR_SESSION;
		int year = ANCHOR_YEAR + Math.floorDiv(offset, 2);
		Month month = Math.floorMod(offset, 2) == 0 ? Month.APRIL : Month.OCTOBER;
		return LocalDate.of(year, month, 15);
	}
}
