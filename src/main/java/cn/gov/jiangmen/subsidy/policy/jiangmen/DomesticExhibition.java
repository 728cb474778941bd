package cn.gov.jiangmen.subsidy.policy.jiangmen;

import cn.gov.jiangmen.subsidy.policy.Booths;
import cn.gov.jiangmen.subsidy.policy.ExhibitionProject;
import cn.gov.jiangmen.subsidy.policy.ValueChecks;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** 境内参展, 第九条第（二）项. */
public record DomesticExhibition(LocalDate startDate, boolean keyPlan, boolean consumerFair, int booths,
		BigDecimal expenses, BigDecimal otherSubsidies, BigDecimal requestedAmount, String exhibitionName)
		implements JiangmenItem {

	public DomesticExhibition {
		Objects.requireNonNull(startDate, "startDate");
		if (booths < 1 || booths > Booths.MAX_COUNT) {
			throw new IllegalArgumentException("booths must be 1 to " + Booths.MAX_COUNT + ": " + booths);
		}
		ValueChecks.requireMoney(expenses, "expenses");
		otherSubsidies = ValueChecks.moneyOrZero(otherSubsidies, "otherSubsidies");
		ValueChecks.optionalMoney(requestedAmount, "requestedAmount");
		exhibitionName = new ExhibitionProject(exhibitionName, null, startDate).name();
	}

	/** Without the fair's name (CONTRACT: optional). */
	public DomesticExhibition(LocalDate startDate, boolean keyPlan, boolean consumerFair, int booths,
			BigDecimal expenses, BigDecimal otherSubsidies, BigDecimal requestedAmount) {
		this(startDate, keyPlan, consumerFair, booths, expenses, otherSubsidies, requestedAmount, null);
	}

	/** The project of 第九条 this item belongs to: its name and first day; a fair at home has no host. */
	public ExhibitionProject project() {
		return new ExhibitionProject(exhibitionName, null, startDate);
	}

	@Override
	public <R> R accept(Rules<R> rules) {
		return rules.domesticExhibition(this);
	}

	@Override
	public JiangmenItemType type() {
		return JiangmenItemType.DOMESTIC_EXHIBITION;
	}

	@Override
	public LocalDate date() {
		return startDate;
	}
}
