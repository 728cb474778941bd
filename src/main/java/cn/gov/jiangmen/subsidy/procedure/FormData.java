package cn.gov.jiangmen.subsidy.procedure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.gov.jiangmen.subsidy.policy.Assessment;
import cn.gov.jiangmen.subsidy.policy.ItemAssessment;
import cn.gov.jiangmen.subsidy.policy.ReasonCode;

/**
 * Values shaped for Camunda Forms. Tasklist shows a table only from a Json-typed variable, so
 * lists are stored as Spin Json, never as a String holding JSON.
 */
final class FormData {

	private static final ObjectMapper JSON = new ObjectMapper();

	private FormData() {
	}

	static TypedValue items(Assessment assessment) {
		List<Map<String, Object>> rows = assessment.items().stream().map(FormData::row).toList();
		return json(rows);
	}

	static TypedValue json(Object value) {
		try {
			return SpinValues.jsonValue(JSON.writeValueAsString(value)).create();
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
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
		row.put("trace", item.trace());
		return row;
	}

}
