package cn.gov.jiangmen.subsidy.policy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** 第九条: exhibitions abroad, in Hong Kong, Macao and Taiwan, and at home. */
final class ExhibitionRules {

	static final String OVERSEAS = "第九条第（一）项第1目";
	static final String HKMT = "第九条第（一）项第2目";
	static final String SUBSIDIARY = "第九条第（一）项第3目";
	static final String DOMESTIC = "第九条第（二）项";

	private ExhibitionRules() {
	}

	static Grant overseas(OverseasExhibition x, ItemCalc c, RunningAwards awards) {
		c.cite(OVERSEAS);
		keyPlan(x.keyPlan(), c, OVERSEAS);
		subsidiary(x.viaOverseasSubsidiary(), x.investmentCertificate(), c);
		Base.check(c, x.expenses(), x.otherSubsidies(), x.requestedAmount());
		if (c.refused()) {
			return null;
		}
		BigDecimal perBooth = perBoothMax(x.country(), c);
		List<HeldBooths> held = held(x.project(), c, awards);
		int booths = BoothCount.of(x.booths(), c, "overseas_exhibition.max_standard_booths",
				"overseas_exhibition.max_special_booths", held, OVERSEAS);
		return take(c, x.project(), x.booths().kind(), booths, perBooth, x.expenses(), x.otherSubsidies());
	}

	static Grant hkmt(HkmtExhibition x, ItemCalc c, RunningAwards awards) {
		c.cite(HKMT);
		keyPlan(x.keyPlan(), c, HKMT);
		subsidiary(x.viaOverseasSubsidiary(), x.investmentCertificate(), c);
		Base.check(c, x.boothFee(), x.otherSubsidies(), x.requestedAmount());
		if (c.refused()) {
			return null;
		}
		BigDecimal perBooth = c.param("hkmt_exhibition.per_booth_max");
		c.step("举办地 " + x.country() + "，仅支持展位费，每展位最高 " + Money.show(perBooth));
		List<HeldBooths> held = held(x.project(), c, awards);
		int booths = BoothCount.of(x.booths(), c, "hkmt_exhibition.max_standard_booths",
				"hkmt_exhibition.max_special_booths", held, HKMT);
		return take(c, x.project(), x.booths().kind(), booths, perBooth, x.boothFee(), x.otherSubsidies());
	}

	static Grant domestic(DomesticExhibition x, ItemCalc c, RunningAwards awards) {
		c.cite(DOMESTIC);
		keyPlan(x.keyPlan(), c, DOMESTIC);
		if (x.consumerFair()) {
			c.refuse(ReasonCode.CONSUMER_FAIR, DOMESTIC);
		}
		Base.check(c, x.expenses(), x.otherSubsidies(), x.requestedAmount());
		if (c.refused()) {
			return null;
		}
		BigDecimal perBooth = c.param("domestic_exhibition.per_booth_max");
		List<HeldBooths> held = held(x.project(), c, awards);
		int booths = BoothCount.domestic(x.booths(), c, "domestic_exhibition.max_booths", held, DOMESTIC);
		return take(c, x.project(), BoothKind.STANDARD, booths, perBooth, x.expenses(), x.otherSubsidies());
	}

	/** 第九条 "每家企业每个项目": what earlier items of the same exhibition already hold. */
	private static List<HeldBooths> held(ExhibitionProject project, ItemCalc c, RunningAwards awards) {
		List<HeldBooths> held = awards.boothsAt(project);
		BoothCount.showHeld(c, project, held);
		BoothCount.showNamesakes(c, awards.boothsAtSameHostAndDayElsewhere(project));
		return held;
	}

	/** The booths left to this item are its share of the project; none left refuses it. */
	private static Grant take(ItemCalc c, ExhibitionProject project, BoothKind kind, int booths, BigDecimal perBooth,
			BigDecimal expenditure, BigDecimal otherSubsidies) {
		if (c.refused()) {
			return null;
		}
		if (booths > 0) {
			c.takeBooths(new BoothUse(project, kind, booths));
		}
		return Grant.of(byBooths(booths, perBooth, expenditure, otherSubsidies, c));
	}

	private static void keyPlan(boolean inPlan, ItemCalc c, String article) {
		if (!inPlan) {
			c.refuse(ReasonCode.NOT_IN_KEY_EXHIBITION_PLAN, article);
		}
	}

	/** 第九条第（一）项第3目: a subsidiary's booth counts as the parent's only with the investment certificate. */
	private static void subsidiary(boolean viaSubsidiary, boolean certificate, ItemCalc c) {
		if (viaSubsidiary) {
			c.cite(SUBSIDIARY);
			if (!certificate) {
				c.step("由境外投资设立的公司参展，须取得《企业境外投资证书》");
				c.refuse(ReasonCode.NO_INVESTMENT_CERTIFICATE, SUBSIDIARY);
			}
		}
	}

	/** The table of 第九条第（一）项第1目; a country in several rows gets the highest maximum. */
	private static BigDecimal perBoothMax(String country, ItemCalc c) {
		BigDecimal best = null;
		List<String> matches = new ArrayList<>();
		for (CountryGroup group : c.data().countryGroups()) {
			if (group.members().contains(country)) {
				BigDecimal max = c.param(group.perBoothMaxParameter());
				matches.add(group.label() + " " + Money.show(max));
				best = best == null ? max : best.max(max);
			}
		}
		if (best == null) {
			best = c.param("overseas_exhibition.per_booth_max.other");
			matches.add("其他国家和地区 " + Money.show(best));
		}
		c.step("举办地 " + country + "：" + String.join("、", matches) + (matches.size() > 1 ? "，取最高" : "")
				+ "，每展位最高 " + Money.show(best));
		return best;
	}

	/** min(booths × per-booth maximum, expenditure − other subsidies). */
	private static BigDecimal byBooths(int booths, BigDecimal perBooth, BigDecimal expenditure,
			BigDecimal otherSubsidies, ItemCalc c) {
		BigDecimal amount = Money.fen(Money.min(perBooth.multiply(BigDecimal.valueOf(booths)),
				expenditure.subtract(otherSubsidies)));
		c.step("min(" + booths + " × " + Money.show(perBooth) + ", " + Money.show(expenditure) + " − "
				+ Money.show(otherSubsidies) + ") = " + Money.show(amount));
		return amount;
	}
}
