package cn.gov.jiangmen.subsidy.quote;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import cn.gov.jiangmen.subsidy.policy.AeoCertification;
import cn.gov.jiangmen.subsidy.policy.AeoLevel;
import cn.gov.jiangmen.subsidy.policy.AwardTier;
import cn.gov.jiangmen.subsidy.policy.BoothKind;
import cn.gov.jiangmen.subsidy.policy.Booths;
import cn.gov.jiangmen.subsidy.policy.CantonFairDesignAward;
import cn.gov.jiangmen.subsidy.policy.ClaimItem;
import cn.gov.jiangmen.subsidy.policy.CreditService;
import cn.gov.jiangmen.subsidy.policy.DomesticExhibition;
import cn.gov.jiangmen.subsidy.policy.ExhibitionProject;
import cn.gov.jiangmen.subsidy.policy.ExportCreditInsurance;
import cn.gov.jiangmen.subsidy.policy.HkmtExhibition;
import cn.gov.jiangmen.subsidy.policy.ItemType;
import cn.gov.jiangmen.subsidy.policy.OverseasExhibition;
import cn.gov.jiangmen.subsidy.policy.OverseasInvestmentInsurance;

/**
 * One item of the CONTRACT.md table. Every field is read first, so that all its errors are
 * recorded; a field the item's type does not have is an error too. The item is built only when
 * none failed, and is null otherwise.
 */
final class ClaimItemReader {

	private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

	/** Special booths are measured to the hundredth of a m², as a floor plan gives them. */
	private static final int AREA_DECIMALS = 2;

	/** Why a field of another item type is not one of this type. */
	private static final Map<String, String> FIELDS_OF_OTHER_TYPES = otherTypesFields();

	private ClaimItemReader() {
	}

	static ClaimItem read(JsonFields f) {
		ItemType type = f.enumValue("type", ItemType.class);
		if (type == null) {
			return null;
		}
		return switch (type) {
			case OVERSEAS_EXHIBITION -> overseas(f);
			case HKMT_EXHIBITION -> hkmt(f);
			case DOMESTIC_EXHIBITION -> domestic(f);
			case EXPORT_CREDIT_INSURANCE -> exportCreditInsurance(f);
			case CREDIT_SERVICE -> creditService(f);
			case OVERSEAS_INVESTMENT_INSURANCE -> overseasInvestmentInsurance(f);
			case AEO_CERTIFICATION -> aeo(f);
			case CANTON_FAIR_DESIGN_AWARD -> award(f);
		};
	}

	private static OverseasExhibition overseas(JsonFields f) {
		int mark = f.mark();
		String country = country(f, OverseasExhibition.NOT_ABROAD, false, "境外参展的举办地不得为 CN、HK、MO、TW");
		LocalDate start = f.date("startDate");
		String name = exhibitionName(f);
		Boolean keyPlan = f.bool("keyPlan");
		Booths booths = booths(f);
		BigDecimal expenses = f.money("expenses");
		BigDecimal other = f.optionalMoney("otherSubsidies");
		boolean viaSubsidiary = f.optionalBool("viaOverseasSubsidiary");
		boolean certificate = f.optionalBool("investmentCertificate");
		BigDecimal requested = f.optionalMoney("requestedAmount");
		f.rejectUnknown(FIELDS_OF_OTHER_TYPES);
		return f.failedSince(mark) ? null : new OverseasExhibition(country, start, keyPlan, booths, expenses, other,
				viaSubsidiary, certificate, requested, name);
	}

	private static HkmtExhibition hkmt(JsonFields f) {
		int mark = f.mark();
		String country = country(f, HkmtExhibition.REGIONS, true, "港澳台参展的举办地只能是 HK、MO、TW");
		LocalDate start = f.date("startDate");
		String name = exhibitionName(f);
		Boolean keyPlan = f.bool("keyPlan");
		Booths booths = booths(f);
		BigDecimal boothFee = f.money("boothFee");
		BigDecimal other = f.optionalMoney("otherSubsidies");
		boolean viaSubsidiary = f.optionalBool("viaOverseasSubsidiary");
		boolean certificate = f.optionalBool("investmentCertificate");
		BigDecimal requested = f.optionalMoney("requestedAmount");
		f.rejectUnknown(FIELDS_OF_OTHER_TYPES);
		return f.failedSince(mark) ? null : new HkmtExhibition(country, start, keyPlan, booths, boothFee, other,
				viaSubsidiary, certificate, requested, name);
	}

	private static DomesticExhibition domestic(JsonFields f) {
		int mark = f.mark();
		LocalDate start = f.date("startDate");
		String name = exhibitionName(f);
		Boolean keyPlan = f.bool("keyPlan");
		Boolean consumerFair = f.bool("consumerFair");
		Integer booths = f.integer("booths", 1, Booths.MAX_COUNT);
		BigDecimal expenses = f.money("expenses");
		BigDecimal other = f.optionalMoney("otherSubsidies");
		BigDecimal requested = f.optionalMoney("requestedAmount");
		f.rejectUnknown(FIELDS_OF_OTHER_TYPES);
		return f.failedSince(mark) ? null
				: new DomesticExhibition(start, keyPlan, consumerFair, booths, expenses, other, requested, name);
	}

	private static ExportCreditInsurance exportCreditInsurance(JsonFields f) {
		int mark = f.mark();
		LocalDate paid = f.date("paidDate");
		BigDecimal premium = f.money("premiumPaid");
		Boolean platform = f.bool("platformPolicy");
		BigDecimal other = f.optionalMoney("otherSubsidies");
		BigDecimal requested = f.optionalMoney("requestedAmount");
		f.rejectUnknown(FIELDS_OF_OTHER_TYPES);
		return f.failedSince(mark) ? null : new ExportCreditInsurance(paid, premium, platform, other, requested);
	}

	private static CreditService creditService(JsonFields f) {
		int mark = f.mark();
		LocalDate paid = f.date("paidDate");
		BigDecimal fees = f.money("fees");
		BigDecimal other = f.optionalMoney("otherSubsidies");
		BigDecimal requested = f.optionalMoney("requestedAmount");
		f.rejectUnknown(FIELDS_OF_OTHER_TYPES);
		return f.failedSince(mark) ? null : new CreditService(paid, fees, other, requested);
	}

	private static OverseasInvestmentInsurance overseasInvestmentInsurance(JsonFields f) {
		int mark = f.mark();
		LocalDate paid = f.date("paidDate");
		BigDecimal premium = f.money("premiumPaid");
		Boolean certificate = f.bool("investmentCertificate");
		LocalDate certified = f.optionalDate("investmentCertificateDate");
		BigDecimal other = f.optionalMoney("otherSubsidies");
		BigDecimal requested = f.optionalMoney("requestedAmount");
		f.rejectUnknown(FIELDS_OF_OTHER_TYPES);
		return f.failedSince(mark) ? null
				: new OverseasInvestmentInsurance(paid, premium, certificate, other, requested, certified);
	}

	private static AeoCertification aeo(JsonFields f) {
		int mark = f.mark();
		LocalDate certified = f.date("certifiedDate");
		AeoLevel level = f.enumValue("level", AeoLevel.class);
		Boolean first = f.bool("firstCertification");
		BigDecimal requested = f.optionalMoney("requestedAmount");
		f.rejectUnknown(FIELDS_OF_OTHER_TYPES);
		return f.failedSince(mark) ? null : new AeoCertification(certified, level, first, requested);
	}

	private static CantonFairDesignAward award(JsonFields f) {
		int mark = f.mark();
		Integer session = f.integer("session", 1, CantonFairDesignAward.MAX_SESSION);
		AwardTier tier = f.enumValue("tier", AwardTier.class);
		BigDecimal requested = f.optionalMoney("requestedAmount");
		f.rejectUnknown(FIELDS_OF_OTHER_TYPES);
		return f.failedSince(mark) ? null : new CantonFairDesignAward(session, tier, requested);
	}

	/** CONTRACT: the fair's name as in 《江门市重点展览计划》, optional, at most 200 characters. */
	private static String exhibitionName(JsonFields f) {
		return f.optionalText("exhibitionName", ExhibitionProject.MAX_NAME_LENGTH);
	}

	/** An assigned ISO 3166-1 alpha-2 code, inside {@code set} or outside it as {@code inside} says. */
	private static String country(JsonFields f, Set<String> set, boolean inside, String notAllowed) {
		String country = f.text("country");
		if (country != null && !ISO_COUNTRIES.contains(country)) {
			f.error("country", "不是已分配的 ISO 3166-1 两位国家或地区代码");
			return null;
		}
		if (country != null && set.contains(country) != inside) {
			f.error("country", notAllowed);
			return null;
		}
		return country;
	}

	/**
	 * {@code booths} for standard booths, {@code areaSqm} for a special one. The field of the other
	 * kind is not used, but when given it must still be well formed.
	 */
	private static Booths booths(JsonFields f) {
		int mark = f.mark();
		BoothKind kind = f.enumValue("boothKind", BoothKind.class);
		if (kind == BoothKind.SPECIAL) {
			BigDecimal area = f.positiveDecimal("areaSqm", Booths.MAX_AREA_SQM, AREA_DECIMALS);
			f.optionalInteger("booths", 1, Booths.MAX_COUNT);
			return f.failedSince(mark) ? null : Booths.special(area);
		}
		if (kind == BoothKind.STANDARD) {
			Integer count = f.integer("booths", 1, Booths.MAX_COUNT);
			f.optionalPositiveDecimal("areaSqm", Booths.MAX_AREA_SQM, AREA_DECIMALS);
			return f.failedSince(mark) ? null : Booths.standard(count);
		}
		f.get("booths");
		f.get("areaSqm");
		return null;
	}

	private static Map<String, String> otherTypesFields() {
		String notThisType = "此类事项没有这个字段";
		Map<String, String> hints = new HashMap<>();
		for (String field : Set.of("country", "startDate", "keyPlan", "boothKind", "booths", "areaSqm", "expenses",
				"boothFee", "consumerFair", "paidDate", "premiumPaid", "platformPolicy", "fees",
				"investmentCertificate", "certifiedDate", "level", "firstCertification", "session", "tier",
				"otherSubsidies")) {
			hints.put(field, notThisType);
		}
		hints.put("viaOverseasSubsidiary",
				"境外子公司参展（第九条第（一）项第3目）只适用于境外展会（OVERSEAS_EXHIBITION）和港澳台展会（HKMT_EXHIBITION）");
		hints.put("exhibitionName", "只有展会事项（OVERSEAS_EXHIBITION、HKMT_EXHIBITION、DOMESTIC_EXHIBITION）有展会名称");
		hints.put("investmentCertificateDate", "只有境外投资保险（OVERSEAS_INVESTMENT_INSURANCE）有证书取得日期");
		return Map.copyOf(hints);
	}
}
