package cn.gov.jiangmen.subsidy.procedure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import cn.gov.jiangmen.subsidy.policy.Countries;

/**
 * Each item as the enterprise entered it, in the officers' words: field names in Chinese, countries
 * by their Chinese names rather than ISO codes, yes/no and kinds spelled out. What the officer
 * compares with the evidence before deciding.
 */
final class ItemDetails {

	/** In the order an officer reads an item: what, where, when, how much. */
	private static final Map<String, String> LABELS = new LinkedHashMap<>();

	static {
		LABELS.put("exhibitionName", "展会名称");
		LABELS.put("country", "举办地");
		LABELS.put("startDate", "开展日期");
		LABELS.put("keyPlan", "列入重点展会计划");
		LABELS.put("consumerFair", "消费类展会");
		LABELS.put("viaOverseasSubsidiary", "由境外子公司参展");
		LABELS.put("boothKind", "展位类型");
		LABELS.put("booths", "展位数（个）");
		LABELS.put("areaSqm", "特装面积（平方米）");
		LABELS.put("expenses", "实际支出（元）");
		LABELS.put("boothFee", "展位费（元）");
		LABELS.put("paidDate", "缴费日期");
		LABELS.put("premiumPaid", "实缴保费（元）");
		LABELS.put("platformPolicy", "平台统保保单");
		LABELS.put("fees", "服务费（元）");
		LABELS.put("investmentCertificate", "持有《企业境外投资证书》");
		LABELS.put("investmentCertificateDate", "境外投资证书取得日期");
		LABELS.put("certifiedDate", "认证日期");
		LABELS.put("level", "认证等级");
		LABELS.put("firstCertification", "首次认证");
		LABELS.put("session", "广交会届次");
		LABELS.put("tier", "奖项等级");
		LABELS.put("otherSubsidies", "已获国家、省补助（元）");
		LABELS.put("requestedAmount", "申请金额（元）");
	}

	private static final Map<String, String> VALUES = Map.of("STANDARD", "标准展位", "SPECIAL", "特装展位", "ADVANCED",
			"高级认证", "GENERAL", "一般认证", "SUPREME_GOLD", "至尊金奖", "GOLD", "金奖", "SILVER", "银奖", "BRONZE", "铜奖");

	private ItemDetails() {
	}

	/** One row per item: {@code index} (from 1), {@code typeName}, {@code summary}. */
	static List<Map<String, Object>> of(JsonNode items, List<String> typeNames) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("index", i + 1);
			row.put("typeName", i < typeNames.size() ? typeNames.get(i) : "");
			row.put("summary", summary(items.get(i)));
			rows.add(row);
		}
		return rows;
	}

	static String summary(JsonNode item) {
		List<String> parts = new ArrayList<>();
		LABELS.forEach((field, label) -> {
			JsonNode value = item.get(field);
			if (value != null && !value.isNull()) {
				parts.add(label + "：" + value(field, value));
			}
		});
		return String.join("；", parts);
	}

	private static String value(String field, JsonNode value) {
		if (value.isBoolean()) {
			return value.asBoolean() ? "是" : "否";
		}
		String text = value.asText();
		if ("country".equals(field)) {
			return Countries.name(text);
		}
		if ("session".equals(field)) {
			return "第" + text + "届";
		}
		return VALUES.getOrDefault(text, text);
	}

}
