package cn.gov.jiangmen.subsidy.api;

import cn.gov.jiangmen.subsidy.application.ApplicationEvent;
import cn.gov.jiangmen.subsidy.application.ApplicationRecord;
import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import cn.gov.jiangmen.subsidy.calendar.WorkingDays;

/** The JSON of CONTRACT.md for applications; items and total as in a quote. */
final class ApplicationView {

	private static final ObjectMapper JSON = new ObjectMapper();

	private ApplicationView() {
	}

	record Submitted(String id, String processInstanceId, String status, String policy, JsonNode items,
			String total) {
	}

	record EnterpriseView(String creditCode, String name, String district, boolean tradeRecordSince2024) {
	}

	record HistoryLine(OffsetDateTime at, String step, String actor, String comment) {
	}

	record Detail(String id, String processInstanceId, String status, String policy, EnterpriseView enterprise,
			JsonNode items, String total, List<HistoryLine> history) {
	}

	static Submitted submitted(ApplicationRecord a) {
		return new Submitted(a.id(), a.processInstanceId(), a.status().name(), a.policyId(), items(a), total(a));
	}

	static Detail detail(ApplicationRecord a, List<ApplicationEvent> events) {
		return new Detail(a.id(), a.processInstanceId(), a.status().name(), a.policyId(),
				new EnterpriseView(a.creditCode(), a.enterpriseName(), a.district(), a.tradeRecordSince2024()),
				items(a), total(a),
				events.stream()
					.map(e -> new HistoryLine(e.at().atZoneSameInstant(WorkingDays.ZONE).toOffsetDateTime(), e.step(), e.actor(),
							e.comment()))
					.toList());
	}

	private static JsonNode items(ApplicationRecord a) {
		JsonNode assessment = assessment(a);
		return assessment.has("items") ? assessment.get("items") : JsonNodeFactory.instance.arrayNode();
	}

	private static String total(ApplicationRecord a) {
		return a.total().setScale(2).toPlainString();
	}

	private static JsonNode assessment(ApplicationRecord a) {
		if (a.assessmentJson() == null) {
			return JsonNodeFactory.instance.objectNode();
		}
		try {
			return JSON.readTree(a.assessmentJson());
		}
		catch (com.fasterxml.jackson.core.JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

}
