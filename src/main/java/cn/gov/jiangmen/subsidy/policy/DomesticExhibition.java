package cn.gov.jiangmen.subsidy.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** 境内参展, 第九条第（二）项. */
public record DomesticExhibition(LocalDate startDate, boolean keyPlan, boolean consumerFair, int booths,
		BigDecimal expenses, BigDecimal otherSubsidies, BigDecimal requestedAmount) implements ClaimItem {

	public DomesticExhibition {
		Objects.requireNonNull(startDate, "startDate");
		if (booths < 1) {
			throw new IllegalArgumentException("booths must be at least 1: " + booths);
		}
		Values.requireMoney(expenses, "expenses");
		otherSubsidies = Values.moneyOrZero(otherSubsidies, "otherSubsidies");
		Values.optionalMoney(requestedAmount, "requestedAmount");
	}

	@Override
	public ItemType type() {
		return ItemType.DOMESTIC_EXHIBITION;
	}

	@Override
	public LocalDate date() {
		return startDate;
	}
}
