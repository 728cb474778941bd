package cn.gov.jiangmen.subsidy.procedure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.variable.value.TypedValue;


import cn.gov.jiangmen.subsidy.policy.Assessment;
import cn.gov.jiangmen.subsidy.policy.Countries;
import cn.gov.jiangmen.subsidy.policy.ItemAssessment;
import cn.gov.jiangmen.subsidy.policy.ReasonCode;
import cn.gov.jiangmen.subsidy.system.SpinJson;

/** The assessed items as the officers' forms show them, in Chinese. */
final class ItemRows {

	private ItemRows() {
	}

	static TypedValue items(Assessment assessment) {
		List<Map<String, Object>> rows = assessment.items().stream().map(ItemRows::row).toList();
		return SpinJson.of(rows);
	}

	private static Map<String, Object> row(ItemAssessment item) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("index", item.index() + 1);
		row.put("typeName", item.type().label());
		row.put("eligible", item.eligible() ? "是" : "否");
		row.put("amount", item.amount().toPlainString());
		row.put("cityAmount", item.cityAmount().toPlainString());
		row.put("districtAmount", item.districtAmount().toPlainString());
		row.put("articles", String.join("、", item.articles()));
		row.put("reasons", item.reasons().stream().map(ReasonCode::label).collect(Collectors.joining("；")));
		row.put("trace", Countries.inWords(item.trace()));
		return row;
	}

}
