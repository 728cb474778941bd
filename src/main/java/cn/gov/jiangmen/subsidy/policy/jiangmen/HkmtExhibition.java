package cn.gov.jiangmen.subsidy.policy.jiangmen;

import cn.gov.jiangmen.subsidy.policy.Booths;
import cn.gov.jiangmen.subsidy.policy.ExhibitionProject;
import cn.gov.jiangmen.subsidy.policy.ValueChecks;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/** 港澳台参展, 第九条第（一）项第2目: only the booth fee is supported. */
public record HkmtExhibition(String country, LocalDate startDate, boolean keyPlan, Booths booths, BigDecimal boothFee,
		BigDecimal otherSubsidies, boolean viaOverseasSubsidiary, boolean investmentCertificate,
		BigDecimal requestedAmount, String exhibitionName) implements JiangmenItem {

	/** Hong Kong, Macao and Taiwan: the places 第九条第（一）项第2目 covers. */
	public static final Set<String> REGIONS = Set.of("HK", "MO", "TW");

	public HkmtExhibition {
		if (!REGIONS.contains(country)) {
			throw new IllegalArgumentException("country must be HK, MO or TW: " + country);
		}
		Objects.requireNonNull(startDate, "startDate");
		Objects.requireNonNull(booths, "booths");
		ValueChecks.requireMoney(boothFee, "boothFee");
		otherSubsidies = ValueChecks.moneyOrZero(otherSubsidies, "otherSubsidies");
		ValueChecks.optionalMoney(requestedAmount, "requestedAmount");
		exhibitionName = new ExhibitionProject(exhibitionName, country, startDate).name();
	}

	/** Without the fair's name (CONTRACT: optional). */
	public HkmtExhibition(String country, LocalDate startDate, boolean keyPlan, Booths booths, BigDecimal boothFee,
			BigDecimal otherSubsidies, boolean viaOverseasSubsidiary, boolean investmentCertificate,
			BigDecimal requestedAmount) {
		this(country, startDate, keyPlan, booths, boothFee, otherSubsidies, viaOverseasSubsidiary, investmentCertificate,
				requestedAmount, null);
	}

	/** The project of 第九条 this item belongs to: its name, host and first day. */
	public ExhibitionProject project() {
		return new ExhibitionProject(exhibitionName, country, startDate);
	}

	@Override
	public <R> R accept(Rules<R> rules) {
		return rules.hkmtExhibition(this);
	}

	@Override
	public JiangmenItemType type() {
		return JiangmenItemType.HKMT_EXHIBITION;
	}

	@Override
	public LocalDate date() {
		return startDate;
	}
}
