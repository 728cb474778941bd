package cn.gov.jiangmen.subsidy.policy.jiangmen;

import cn.gov.jiangmen.subsidy.policy.ActualExpenditure;
import cn.gov.jiangmen.subsidy.policy.BoothCount;
import cn.gov.jiangmen.subsidy.policy.BoothKind;
import cn.gov.jiangmen.subsidy.policy.BoothUse;
import cn.gov.jiangmen.subsidy.policy.CountryGroup;
import cn.gov.jiangmen.subsidy.policy.ExhibitionProject;
import cn.gov.jiangmen.subsidy.policy.Grant;
import cn.gov.jiangmen.subsidy.policy.HeldBooths;
import cn.gov.jiangmen.subsidy.policy.WorkingSheet;
import cn.gov.jiangmen.subsidy.policy.Money;
import cn.gov.jiangmen.subsidy.policy.Outcome;
import cn.gov.jiangmen.subsidy.policy.ParameterKey;
import cn.gov.jiangmen.subsidy.policy.ReasonCode;
import cn.gov.jiangmen.subsidy.policy.Refusal;
import cn.gov.jiangmen.subsidy.policy.RunningAwards;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** 第九条: exhibitions abroad, in Hong Kong, Macao and Taiwan, and at home. */
final class ExhibitionRules {

	static final String OVERSEAS = "第九条第（一）项第1目";
	static final String HKMT = "第九条第（一）项第2目";
	static final String SUBSIDIARY = "第九条第（一）项第3目";
	static final String DOMESTIC = "第九条第（二）项";

	/** 第1目's table, for a host in none of the file's country groups ("其他国家和地区"). */
	static final ParameterKey OVERSEAS_PER_BOOTH_MAX_OTHER = ParameterKey.money("overseas_exhibition.per_booth_max.other");
	static final ParameterKey OVERSEAS_MAX_STANDARD_BOOTHS = ParameterKey.count("overseas_exhibition.max_standard_booths");
	static final ParameterKey OVERSEAS_MAX_SPECIAL_BOOTHS = ParameterKey.count("overseas_exhibition.max_special_booths");
	static final ParameterKey HKMT_PER_BOOTH_MAX = ParameterKey.money("hkmt_exhibition.per_booth_max");
	static final ParameterKey HKMT_MAX_STANDARD_BOOTHS = ParameterKey.count("hkmt_exhibition.max_standard_booths");
	static final ParameterKey HKMT_MAX_SPECIAL_BOOTHS = ParameterKey.count("hkmt_exhibition.max_special_booths");
	static final ParameterKey DOMESTIC_PER_BOOTH_MAX = ParameterKey.money("domestic_exhibition.per_booth_max");
	static final ParameterKey DOMESTIC_MAX_BOOTHS = ParameterKey.count("domestic_exhibition.max_booths");

	private ExhibitionRules() {
	}

	/** {@code found}: what the pack found against the item before this rule; nothing is computed then. */
	static Outcome overseas(OverseasExhibition x, WorkingSheet c, RunningAwards awards, Optional<Refusal> found) {
		c.cite(OVERSEAS);
		Optional<Refusal> against = Refusal.all(found, keyPlan(x.keyPlan(), c, OVERSEAS),
				subsidiary(x.viaOverseasSubsidiary(), x.investmentCertificate(), c),
				ActualExpenditure.check(c, x.expenses(), x.otherSubsidies(), x.requestedAmount()));
		if (against.isPresent()) {
			return against.get();
		}
		BigDecimal perBooth = perBoothMax(x.country(), c);
		List<HeldBooths> held = held(x.project(), c, awards);
		BoothCount.Counted booths = BoothCount.of(x.booths(), c, OVERSEAS_MAX_STANDARD_BOOTHS,
				OVERSEAS_MAX_SPECIAL_BOOTHS, held);
		return take(c, x.project(), x.booths().kind(), booths, OVERSEAS, perBooth, x.expenses(), x.otherSubsidies());
	}

	static Outcome hkmt(HkmtExhibition x, WorkingSheet c, RunningAwards awards, Optional<Refusal> found) {
		c.cite(HKMT);
		Optional<Refusal> against = Refusal.all(found, keyPlan(x.keyPlan(), c, HKMT),
				subsidiary(x.viaOverseasSubsidiary(), x.investmentCertificate(), c),
				ActualExpenditure.check(c, x.boothFee(), x.otherSubsidies(), x.requestedAmount()));
		if (against.isPresent()) {
			return against.get();
		}
		BigDecimal perBooth = c.param(HKMT_PER_BOOTH_MAX);
		c.step("举办地 " + x.country() + "，仅支持展位费，每展位最高 " + Money.show(perBooth));
		List<HeldBooths> held = held(x.project(), c, awards);
		BoothCount.Counted booths = BoothCount.of(x.booths(), c, HKMT_MAX_STANDARD_BOOTHS, HKMT_MAX_SPECIAL_BOOTHS,
				held);
		return take(c, x.project(), x.booths().kind(), booths, HKMT, perBooth, x.boothFee(), x.otherSubsidies());
	}

	static Outcome domestic(DomesticExhibition x, WorkingSheet c, RunningAwards awards, Optional<Refusal> found) {
		c.cite(DOMESTIC);
		Optional<Refusal> notInPlan = keyPlan(x.keyPlan(), c, DOMESTIC);
		Optional<Refusal> consumerFair = x.consumerFair() ? Optional.of(c.refuse(ReasonCode.CONSUMER_FAIR, DOMESTIC))
				: Optional.empty();
		Optional<Refusal> against = Refusal.all(found, notInPlan, consumerFair,
				ActualExpenditure.check(c, x.expenses(), x.otherSubsidies(), x.requestedAmount()));
		if (against.isPresent()) {
			return against.get();
		}
		BigDecimal perBooth = c.param(DOMESTIC_PER_BOOTH_MAX);
		List<HeldBooths> held = held(x.project(), c, awards);
		BoothCount.Counted booths = BoothCount.domestic(x.booths(), c, DOMESTIC_MAX_BOOTHS, held);
		return take(c, x.project(), BoothKind.STANDARD, booths, DOMESTIC, perBooth, x.expenses(), x.otherSubsidies());
	}

	/** 第九条 "每家企业每个项目": what earlier items of the same exhibition already hold. */
	private static List<HeldBooths> held(ExhibitionProject project, WorkingSheet c, RunningAwards awards) {
		List<HeldBooths> held = awards.boothsAt(project);
		BoothCount.showHeld(c, project, held);
		BoothCount.showNamesakes(c, awards.boothsAtSameHostAndDayElsewhere(project));
		return held;
	}

	/** The booths left to this item are its share of the project; none left refuses it. */
	private static Outcome take(WorkingSheet c, ExhibitionProject project, BoothKind kind, BoothCount.Counted booths,
			String article, BigDecimal perBooth, BigDecimal expenditure, BigDecimal otherSubsidies) {
		Optional<Refusal> usedUp = booths.refusedWhenUsedUp(c, article);
		if (usedUp.isPresent()) {
			return usedUp.get();
		}
		if (booths.counted() > 0) {
			c.takeBooths(new BoothUse(project, kind, booths.counted()));
		}
		return Grant.of(byBooths(booths.counted(), perBooth, expenditure, otherSubsidies, c));
	}

	private static Optional<Refusal> keyPlan(boolean inPlan, WorkingSheet c, String article) {
		return inPlan ? Optional.empty() : Optional.of(c.refuse(ReasonCode.NOT_IN_KEY_EXHIBITION_PLAN, article));
	}

	/** 第九条第（一）项第3目: a subsidiary's booth counts as the parent's only with the investment certificate. */
	private static Optional<Refusal> subsidiary(boolean viaSubsidiary, boolean certificate, WorkingSheet c) {
		if (viaSubsidiary) {
			c.cite(SUBSIDIARY);
			if (!certificate) {
				c.step("由境外投资设立的公司参展，须取得《企业境外投资证书》");
				return Optional.of(c.refuse(ReasonCode.NO_INVESTMENT_CERTIFICATE, SUBSIDIARY));
			}
		}
		return Optional.empty();
	}

	/** The table of 第九条第（一）项第1目; a country in several rows gets the highest maximum. */
	private static BigDecimal perBoothMax(String country, WorkingSheet c) {
		BigDecimal best = null;
		List<String> matches = new ArrayList<>();
		for (CountryGroup group : c.data().countryGroups()) {
			if (group.members().contains(country)) {
				BigDecimal max = c.param(group.perBoothMax());
				matches.add(group.label() + " " + Money.show(max));
				best = best == null ? max : best.max(max);
			}
		}
		if (best == null) {
			best = c.param(OVERSEAS_PER_BOOTH_MAX_OTHER);
			matches.add("其他国家和地区 " + Money.show(best));
		}
		c.step("举办地 " + country + "：" + String.join("、", matches) + (matches.size() > 1 ? "，取最高" : "")
				+ "，每展位最高 " + Money.show(best));
		return best;
	}

	/** min(booths × per-booth maximum, expenditure − other subsidies). */
	private static BigDecimal byBooths(int booths, BigDecimal perBooth, BigDecimal expenditure,
			BigDecimal otherSubsidies, WorkingSheet c) {
		BigDecimal amount = Money.fen(Money.min(perBooth.multiply(BigDecimal.valueOf(booths)),
				expenditure.subtract(otherSubsidies)));
		c.step("min(" + booths + " × " + Money.show(perBooth) + ", " + Money.show(expenditure) + " − "
				+ Money.show(otherSubsidies) + ") = " + Money.show(amount));
		return amount;
	}
}
