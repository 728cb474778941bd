package cn.gov.jiangmen.subsidy.policy.jiangmen;

import cn.gov.jiangmen.subsidy.policy.Booths;
import cn.gov.jiangmen.subsidy.policy.ExhibitionProject;
import cn.gov.jiangmen.subsidy.policy.ValueChecks;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/** 境外参展, 第九条第（一）项第1目 and, through a subsidiary, 第3目. */
public record OverseasExhibition(String country, LocalDate startDate, boolean keyPlan, Booths booths,
		BigDecimal expenses, BigDecimal otherSubsidies, boolean viaOverseasSubsidiary, boolean investmentCertificate,
		BigDecimal requestedAmount, String exhibitionName) implements JiangmenItem {

	/** China itself, and the places 第九条第（一）项第2目 covers instead. */
	public static final Set<String> NOT_ABROAD = Set.of("CN", "HK", "MO", "TW");

	public OverseasExhibition {
		ValueChecks.requireText(country, "country");
		if (NOT_ABROAD.contains(country)) {
			throw new IllegalArgumentException("not an exhibition abroad: " + country);
		}
		Objects.requireNonNull(startDate, "startDate");
		Objects.requireNonNull(booths, "booths");
		ValueChecks.requireMoney(expenses, "expenses");
		otherSubsidies = ValueChecks.moneyOrZero(otherSubsidies, "otherSubsidies");
		ValueChecks.optionalMoney(requestedAmount, "requestedAmount");
		exhibitionName = new ExhibitionProject(exhibitionName, country, startDate).name();
	}

	/** Without the fair's name (CONTRACT: optional). */
	public OverseasExhibition(String country, LocalDate startDate, boolean keyPlan, Booths booths, BigDecimal expenses,
			BigDecimal otherSubsidies, boolean viaOverseasSubsidiary, boolean investmentCertificate,
			BigDecimal requestedAmount) {
		this(country, startDate, keyPlan, booths, expenses, otherSubsidies, viaOverseasSubsidiary, investmentCertificate,
				requestedAmount, null);
	}

	/** The project of 第九条 this item belongs to: its name, host and first day. */
	public ExhibitionProject project() {
		return new ExhibitionProject(exhibitionName, country, startDate);
	}

	@Override
	public <R> R accept(Rules<R> rules) {
		return rules.overseasExhibition(this);
	}

	@Override
	public JiangmenItemType type() {
		return JiangmenItemType.OVERSEAS_EXHIBITION;
	}

	@Override
	public LocalDate date() {
		return startDate;
	}
}
