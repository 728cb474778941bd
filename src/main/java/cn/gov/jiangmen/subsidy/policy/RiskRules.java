package cn.gov.jiangmen.subsidy.policy;

import java.math.BigDecimal;
import java.time.LocalDate;

/** 第十条: export credit insurance, credit services, overseas investment insurance. */
final class RiskRules {

	static final String INSURANCE = "第十条第（一）项";
	static final String CREDIT_SERVICE = "第十条第（二）项";
	static final String INVESTMENT = "第十条第（三）项";

	private RiskRules() {
	}

	/**
	 * "当年或上一年有进出口实绩的企业": a record in the premium's year or the year before, imports
	 * counting; then city 5% first, and a district's own top-up as a second share, limited later by
	 * the common cap. The top-up's ceiling is checked when the parameters are loaded.
	 */
	static Grant exportCreditInsurance(ExportCreditInsurance x, Enterprise enterprise, ItemCalc c,
			DistrictSetting setting) {
		c.cite(INSURANCE);
		int year = x.paidDate().getYear();
		if (!enterprise.tradedIn(year) && !enterprise.tradedIn(year - 1)) {
			c.step(enterprise.tradeYearsShown() + "；保费缴纳于" + year + "年，" + year + "年和" + (year - 1)
					+ "年均无进出口实绩");
			c.refuse(ReasonCode.NO_TRADE_IN_YEAR, INSURANCE);
		}
		if (x.platformPolicy()) {
			c.refuse(ReasonCode.PLATFORM_INSURANCE, INSURANCE);
		}
		Base.check(c, x.premiumPaid(), x.otherSubsidies(), x.requestedAmount());
		if (c.refused()) {
			return null;
		}
		boolean city = setting.funding() == Funding.CITY;
		BigDecimal main = Base.percentOf(c, city ? "市级 " : "本级 ", c.param("export_credit_insurance.city_rate"),
				x.premiumPaid(), x.otherSubsidies());
		BigDecimal topUp = Base.percentOf(c, city ? "区级 " : "加码 ", setting.insuranceTopUpRate(), x.premiumPaid(),
				x.otherSubsidies());
		return new Grant(main, topUp);
	}

	static Grant creditService(CreditService x, ItemCalc c) {
		c.cite(CREDIT_SERVICE);
		Base.check(c, x.fees(), x.otherSubsidies(), x.requestedAmount());
		if (c.refused()) {
			return null;
		}
		return Grant.of(Base.percentOf(c, "资信服务费 ", c.param("credit_service.rate"), x.fees(), x.otherSubsidies()));
	}

	/** "获得《企业境外投资证书》后投保": with the certificate, and for a premium paid on or after its date when given. */
	static Grant overseasInvestmentInsurance(OverseasInvestmentInsurance x, ItemCalc c) {
		c.cite(INVESTMENT);
		if (!x.investmentCertificate()) {
			c.refuse(ReasonCode.NO_INVESTMENT_CERTIFICATE, INVESTMENT);
		}
		LocalDate certified = x.investmentCertificateDate();
		if (certified != null && x.paidDate().isBefore(certified)) {
			c.step("保费缴纳于 " + x.paidDate() + "，早于取得《企业境外投资证书》的 " + certified);
			c.refuse(ReasonCode.PAID_BEFORE_CERTIFICATE, INVESTMENT);
		}
		Base.check(c, x.premiumPaid(), x.otherSubsidies(), x.requestedAmount());
		if (c.refused()) {
			return null;
		}
		return Grant.of(Base.percentOf(c, "境外投资保险保费 ", c.param("overseas_investment_insurance.rate"),
				x.premiumPaid(), x.otherSubsidies()));
	}
}
