package cn.gov.jiangmen.subsidy.policy;

import java.math.BigDecimal;

/** 第十条: export credit insurance, credit services, overseas investment insurance. */
final class RiskRules {

	static final String INSURANCE = "第十条第（一）项";
	static final String CREDIT_SERVICE = "第十条第（二）项";
	static final String INVESTMENT = "第十条第（三）项";

	private RiskRules() {
	}

	/** City 5% first; a district's own top-up is a second share, limited later by the common cap. */
	static Grant exportCreditInsurance(ExportCreditInsurance x, ItemCalc c, DistrictSetting setting) {
		c.cite(INSURANCE);
		if (x.platformPolicy()) {
			c.refuse(ReasonCode.PLATFORM_INSURANCE, INSURANCE);
		}
		Base.check(c, x.premiumPaid(), x.otherSubsidies(), x.requestedAmount());
		if (c.refused()) {
			return null;
		}
		BigDecimal maxTopUp = c.param("export_credit_insurance.max_top_up_rate");
		if (setting.insuranceTopUpRate().compareTo(maxTopUp) > 0) {
			throw new IllegalStateException("a district top-up rate of " + Money.percent(setting.insuranceTopUpRate())
					+ " exceeds the " + Money.percent(maxTopUp) + " of " + INSURANCE);
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

	static Grant overseasInvestmentInsurance(OverseasInvestmentInsurance x, ItemCalc c) {
		c.cite(INVESTMENT);
		if (!x.investmentCertificate()) {
			c.refuse(ReasonCode.NO_INVESTMENT_CERTIFICATE, INVESTMENT);
		}
		Base.check(c, x.premiumPaid(), x.otherSubsidies(), x.requestedAmount());
		if (c.refused()) {
			return null;
		}
		return Grant.of(Base.percentOf(c, "境外投资保险保费 ", c.param("overseas_investment_insurance.rate"),
				x.premiumPaid(), x.otherSubsidies()));
	}
}
