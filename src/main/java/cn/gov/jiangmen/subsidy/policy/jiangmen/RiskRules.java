package cn.gov.jiangmen.subsidy.policy.jiangmen;

import cn.gov.jiangmen.subsidy.policy.ActualExpenditure;
import cn.gov.jiangmen.subsidy.policy.DistrictSetting;
import cn.gov.jiangmen.subsidy.policy.Enterprise;
import cn.gov.jiangmen.subsidy.policy.Funding;
import cn.gov.jiangmen.subsidy.policy.Grant;
import cn.gov.jiangmen.subsidy.policy.WorkingSheet;
import cn.gov.jiangmen.subsidy.policy.Outcome;
import cn.gov.jiangmen.subsidy.policy.ParameterKey;
import cn.gov.jiangmen.subsidy.policy.ReasonCode;
import cn.gov.jiangmen.subsidy.policy.Refusal;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/** 第十条: export credit insurance, credit services, overseas investment insurance. */
final class RiskRules {

	static final String INSURANCE = "第十条第（一）项";
	static final String CREDIT_SERVICE = "第十条第（二）项";
	static final String INVESTMENT = "第十条第（三）项";

	static final ParameterKey INSURANCE_CITY_RATE = ParameterKey.rate("export_credit_insurance.city_rate");
	/** "三区可参照执行最高给予5%": the ceiling of a district's top-up, checked when the file is loaded. */
	static final ParameterKey INSURANCE_MAX_TOP_UP = ParameterKey.rate("export_credit_insurance.max_top_up_rate");
	static final ParameterKey INSURANCE_ANNUAL_CAP = ParameterKey.money("export_credit_insurance.annual_cap");
	static final ParameterKey CREDIT_SERVICE_RATE = ParameterKey.rate("credit_service.rate");
	static final ParameterKey CREDIT_SERVICE_ANNUAL_CAP = ParameterKey.money("credit_service.annual_cap");
	static final ParameterKey INVESTMENT_RATE = ParameterKey.rate("overseas_investment_insurance.rate");
	static final ParameterKey INVESTMENT_ANNUAL_CAP = ParameterKey.money("overseas_investment_insurance.annual_cap");

	private RiskRules() {
	}

	/**
	 * "当年或上一年有进出口实绩的企业": a record in the premium's year or the year before, imports
	 * counting; then city 5% first, and a district's own top-up as a second share, limited later by
	 * the common cap. The top-up's ceiling is checked when the parameters are loaded. {@code found}:
	 * what the pack found against the item before this rule; nothing is computed then.
	 */
	static Outcome exportCreditInsurance(ExportCreditInsurance x, Enterprise enterprise, WorkingSheet c,
			DistrictSetting setting, Optional<Refusal> found) {
		c.cite(INSURANCE);
		int year = x.paidDate().getYear();
		Optional<Refusal> noTrade = Optional.empty();
		if (!enterprise.tradedIn(year) && !enterprise.tradedIn(year - 1)) {
			c.step(enterprise.tradeYearsShown() + "；保费缴纳于" + year + "年，" + year + "年和" + (year - 1)
					+ "年均无进出口实绩");
			noTrade = Optional.of(c.refuse(ReasonCode.NO_TRADE_IN_YEAR, INSURANCE));
		}
		Optional<Refusal> platform = x.platformPolicy() ? Optional.of(c.refuse(ReasonCode.PLATFORM_INSURANCE, INSURANCE))
				: Optional.empty();
		Optional<Refusal> against = Refusal.all(found, noTrade, platform,
				ActualExpenditure.check(c, x.premiumPaid(), x.otherSubsidies(), x.requestedAmount()));
		if (against.isPresent()) {
			return against.get();
		}
		boolean city = setting.funding() == Funding.CITY;
		BigDecimal main = ActualExpenditure.percentOf(c, city ? "市级 " : "本级 ", c.param(INSURANCE_CITY_RATE),
				x.premiumPaid(), x.otherSubsidies());
		BigDecimal topUp = ActualExpenditure.percentOf(c, city ? "区级 " : "加码 ", setting.insuranceTopUpRate(), x.premiumPaid(),
				x.otherSubsidies());
		return new Grant(main, topUp);
	}

	static Outcome creditService(CreditService x, WorkingSheet c, Optional<Refusal> found) {
		c.cite(CREDIT_SERVICE);
		Optional<Refusal> against = Refusal.all(found,
				ActualExpenditure.check(c, x.fees(), x.otherSubsidies(), x.requestedAmount()));
		if (against.isPresent()) {
			return against.get();
		}
		return Grant.of(ActualExpenditure.percentOf(c, "资信服务费 ", c.param(CREDIT_SERVICE_RATE), x.fees(), x.otherSubsidies()));
	}

	/** "获得《企业境外投资证书》后投保": with the certificate, and for a premium paid on or after its date when given. */
	static Outcome overseasInvestmentInsurance(OverseasInvestmentInsurance x, WorkingSheet c,
			Optional<Refusal> found) {
		c.cite(INVESTMENT);
		Optional<Refusal> noCertificate = x.investmentCertificate() ? Optional.empty()
				: Optional.of(c.refuse(ReasonCode.NO_INVESTMENT_CERTIFICATE, INVESTMENT));
		LocalDate certified = x.investmentCertificateDate();
		Optional<Refusal> paidBefore = Optional.empty();
		if (certified != null && x.paidDate().isBefore(certified)) {
			c.step("保费缴纳于 " + x.paidDate() + "，早于取得《企业境外投资证书》的 " + certified);
			paidBefore = Optional.of(c.refuse(ReasonCode.PAID_BEFORE_CERTIFICATE, INVESTMENT));
		}
		Optional<Refusal> against = Refusal.all(found, noCertificate, paidBefore,
				ActualExpenditure.check(c, x.premiumPaid(), x.otherSubsidies(), x.requestedAmount()));
		if (against.isPresent()) {
			return against.get();
		}
		return Grant.of(ActualExpenditure.percentOf(c, "境外投资保险保费 ", c.param(INVESTMENT_RATE),
				x.premiumPaid(), x.otherSubsidies()));
	}
}
