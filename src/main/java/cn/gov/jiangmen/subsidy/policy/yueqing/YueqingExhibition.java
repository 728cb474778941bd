package cn.gov.jiangmen.subsidy.policy.yueqing;

import cn.gov.jiangmen.subsidy.policy.Booths;
import cn.gov.jiangmen.subsidy.policy.ValueChecks;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An overseas exhibition, 一（一） when the city lists it as a key exhibition, else 一（二）. The draft
 * does not single out Hong Kong, Macao and Taiwan, so they count as 境外 here; only China does not.
 */
public record YueqingExhibition(String country, LocalDate startDate, boolean keyExhibition, Booths booths,
		BigDecimal boothFee, BigDecimal otherSubsidies, BigDecimal requestedAmount) implements YueqingItem {

	public YueqingExhibition {
		ValueChecks.requireText(country, "country");
		if (country.equals("CN")) {
			throw new IllegalArgumentException("not an exhibition abroad: " + country);
		}
		Objects.requireNonNull(startDate, "startDate");
		Objects.requireNonNull(booths, "booths");
		ValueChecks.requireMoney(boothFee, "boothFee");
		otherSubsidies = ValueChecks.moneyOrZero(otherSubsidies, "otherSubsidies");
		ValueChecks.optionalMoney(requestedAmount, "requestedAmount");
	}

	@Override
	public <R> R accept(Rules<R> rules) {
		return rules.exhibition(this);
	}

	@Override
	public YueqingItemType type() {
		return keyExhibition ? YueqingItemType.KEY_OVERSEAS_EXHIBITION : YueqingItemType.OTHER_OVERSEAS_EXHIBITION;
	}

	@Override
	public LocalDate date() {
		return startDate;
	}
}
