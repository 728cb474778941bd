package cn.gov.jiangmen.subsidy.portal;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import cn.gov.jiangmen.subsidy.policy.Countries;
import cn.gov.jiangmen.subsidy.policy.jiangmen.JiangmenItemType;

/**
 * The fields of each item type as CONTRACT.md names them, with the words the enterprise reads.
 * The portal renders them in this order and turns what was typed into a request the same reader
 * checks as {@code POST /api/applications}.
 */
public final class ItemFields {

	public enum Kind {
		TEXT, DATE, MONEY, WHOLE, DECIMAL, CHECK, COUNTRY_ABROAD, COUNTRY_HKMT, BOOTH_KIND, AEO_LEVEL, AWARD_TIER,
		EXHIBITION
	}

	public record Field(String name, String label, Kind kind, boolean optional, String hint) {

		public boolean isCheck() {
			return kind == Kind.CHECK;
		}

		/** The options of a choice field, value → label. */
		public Map<String, String> options() {
			return switch (kind) {
				case COUNTRY_ABROAD -> Countries.ABROAD;
				case COUNTRY_HKMT -> Countries.HKMT;
				case BOOTH_KIND -> Map.of("STANDARD", "标准展位（9平方米）", "SPECIAL", "特装展位");
				case AEO_LEVEL -> Map.of("ADVANCED", "高级认证", "GENERAL", "一般认证");
				case AWARD_TIER -> new java.util.LinkedHashMap<>(Map.of("SUPREME_GOLD", "至尊金奖", "GOLD", "金奖", "SILVER",
						"银奖", "BRONZE", "铜奖"));
				default -> Map.of();
			};
		}

		public String inputType() {
			return switch (kind) {
				case DATE -> "date";
				default -> "text";
			};
		}

		public String inputMode() {
			return switch (kind) {
				case MONEY, DECIMAL -> "decimal";
				case WHOLE -> "numeric";
				default -> null;
			};
		}
	}

	private static Field f(String name, String label, Kind kind) {
		return new Field(name, label, kind, false, null);
	}

	private static Field optional(String name, String label, Kind kind, String hint) {
		return new Field(name, label, kind, true, hint);
	}

	private static final Field EXHIBITION_NAME = optional("exhibitionName", "展会名称", Kind.EXHIBITION,
			"以《江门市重点展览计划》所列名称为准");
	private static final Field KEY_PLAN = f("keyPlan", "已列入《江门市重点展览计划》", Kind.CHECK);
	private static final Field BOOTH_KIND = f("boothKind", "展位类型", Kind.BOOTH_KIND);
	private static final Field BOOTHS = new Field("booths", "标准展位数（个）", Kind.WHOLE, false, "标准展位填写");
	private static final Field AREA = new Field("areaSqm", "特装展位面积（平方米）", Kind.DECIMAL, false, "特装展位填写");
	private static final Field OTHER = optional("otherSubsidies", "已获国家、省同类补贴（元）", Kind.MONEY, "没有的可不填");
	private static final Field SUBSIDIARY = optional("viaOverseasSubsidiary", "由本企业境外投资设立的公司参展（第九条（一）3）",
			Kind.CHECK, null);
	private static final Field CERTIFICATE = optional("investmentCertificate", "已取得《企业境外投资证书》", Kind.CHECK, null);
	private static final Field REQUESTED = optional("requestedAmount", "申请金额（元）", Kind.MONEY, "不填则按政策可支持的金额测算");

	/** Every kind's fields, looked up by the editor's page. */
	static final Map<JiangmenItemType, List<Field>> BY_TYPE = byType();

	private static Map<JiangmenItemType, List<Field>> byType() {
		Map<JiangmenItemType, List<Field>> byType = new EnumMap<>(JiangmenItemType.class);
		for (JiangmenItemType type : JiangmenItemType.values()) {
			byType.put(type, fields(type));
		}
		return Collections.unmodifiableMap(byType);
	}

	/** Exhaustive: a new kind of item does not compile until its fields are listed here. */
	private static List<Field> fields(JiangmenItemType type) {
		return switch (type) {
			case OVERSEAS_EXHIBITION -> List.of(EXHIBITION_NAME, f("country", "举办国家或地区", Kind.COUNTRY_ABROAD),
					f("startDate", "展会开幕日期", Kind.DATE), KEY_PLAN, BOOTH_KIND, BOOTHS, AREA,
					f("expenses", "参展实际费用（元）", Kind.MONEY), OTHER, SUBSIDIARY, CERTIFICATE, REQUESTED);
			case HKMT_EXHIBITION -> List.of(EXHIBITION_NAME, f("country", "举办地", Kind.COUNTRY_HKMT),
					f("startDate", "展会开幕日期", Kind.DATE), KEY_PLAN, BOOTH_KIND, BOOTHS, AREA,
					f("boothFee", "展位费（元）", Kind.MONEY), OTHER, SUBSIDIARY, CERTIFICATE, REQUESTED);
			case DOMESTIC_EXHIBITION -> List.of(EXHIBITION_NAME, f("startDate", "展会开幕日期", Kind.DATE), KEY_PLAN,
					f("consumerFair", "面向消费者的零售类展会", Kind.CHECK), new Field("booths", "展位数（个）", Kind.WHOLE, false, null),
					f("expenses", "参展实际费用（元）", Kind.MONEY), OTHER, REQUESTED);
			case EXPORT_CREDIT_INSURANCE -> List.of(f("paidDate", "保费缴纳日期", Kind.DATE),
					f("premiumPaid", "实际缴纳保费（元）", Kind.MONEY), f("platformPolicy", "属于平台类保险", Kind.CHECK), OTHER,
					REQUESTED);
			case CREDIT_SERVICE -> List.of(f("paidDate", "缴费日期", Kind.DATE), f("fees", "资信服务费用（元）", Kind.MONEY),
					OTHER, REQUESTED);
			case OVERSEAS_INVESTMENT_INSURANCE -> List.of(f("paidDate", "保费缴纳日期", Kind.DATE),
					f("premiumPaid", "实际缴纳保费（元）", Kind.MONEY), f("investmentCertificate", "已取得《企业境外投资证书》", Kind.CHECK),
					optional("investmentCertificateDate", "取得证书日期", Kind.DATE, "证书取得后缴纳的保费方予支持"), OTHER,
					REQUESTED);
			case AEO_CERTIFICATION -> List.of(f("certifiedDate", "取得认证日期", Kind.DATE),
					f("level", "认证企业类型", Kind.AEO_LEVEL), f("firstCertification", "首次获得AEO认证", Kind.CHECK), REQUESTED);
			case CANTON_FAIR_DESIGN_AWARD -> List.of(new Field("session", "广交会届次", Kind.WHOLE, false, "如 137"),
					f("tier", "获奖等级", Kind.AWARD_TIER), REQUESTED);
		};
	}

	private ItemFields() {
	}

	static List<Field> of(String type) {
		try {
			return BY_TYPE.get(JiangmenItemType.valueOf(type));
		}
		catch (IllegalArgumentException | NullPointerException e) {
			return List.of();
		}
	}

	public static String label(String type) {
		try {
			return JiangmenItemType.valueOf(type).label();
		}
		catch (IllegalArgumentException | NullPointerException e) {
			return "未知事项";
		}
	}

}
