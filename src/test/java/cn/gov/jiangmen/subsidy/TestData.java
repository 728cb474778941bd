package cn.gov.jiangmen.subsidy;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Starts every full test from an empty procedure and ledger. */
public final class TestData {

	public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
	public static final String DEMO_CREDIT_CODE = "91440703MA4U000013";

	private TestData() {
	}

	public static void reset(ProcessEngine engine, JdbcClient jdbc) {
		engine.getIdentityService().clearAuthentication();
		ClockUtil.reset();
		var runtime = engine.getRuntimeService();
		var ids = runtime.createProcessInstanceQuery().list().stream().map(ProcessInstance::getId).toList();
		if (!ids.isEmpty()) {
			runtime.deleteProcessInstances(ids, "test reset", true, true);
		}
		jdbc.sql("UPDATE app_batch_scope SET open_batch_id = NULL, opened_count = 0").update();
		// Districts fixed by a first submission go with the submissions; registration records stay.
		jdbc.sql("DELETE FROM app_enterprise_district WHERE source = 'FIRST_SUBMISSION'").update();
		for (String table : new String[] { "app_notification", "app_pledge", "app_attachment", "app_draft",
				"app_batch_member", "app_batch", "app_application_event", "ledger_entry", "app_application" }) {
			jdbc.sql("DELETE FROM " + table).update();
		}
	}

	/** Sets the engine's (and so the application's) clock to a moment in China Standard Time. */
	public static void setClock(int year, int month, int day, int hour, int minute) {
		ClockUtil.setCurrentTime(at(year, month, day, hour, minute));
	}

	public static Date at(int year, int month, int day, int hour, int minute) {
		return Date.from(ZonedDateTime.of(year, month, day, hour, minute, 0, 0, CHINA).toInstant());
	}

	/** A request as CONTRACT.md shows it: an exhibition in Brazil and an export credit insurance premium. */
	public static String request(String creditCode, String name, String district) {
		return """
				{"enterprise": {"creditCode": "%s", "name": "%s", "district": "%s", "tradeRecordSince2024": true},
				 "items": [
				   {"type": "OVERSEAS_EXHIBITION", "country": "BR", "startDate": "2025-06-10", "keyPlan": true,
				    "boothKind": "STANDARD", "booths": 2, "expenses": "50000.00"},
				   {"type": "EXPORT_CREDIT_INSURANCE", "paidDate": "2025-03-01", "premiumPaid": "100000.00",
				    "platformPolicy": false}
				 ]}""".formatted(creditCode, name, district);
	}

	/**
	 * A valid Unified Social Credit Code (its check character computed), distinct for each n,
	 * registered by the authority of the administrative division (characters 3-8, e.g. 440703).
	 */
	public static String creditCode(String division, int n) {
		String body = "91" + division + "MA4T" + "%05d".formatted(n);
		for (char c : "0123456789ABCDEFGHJKLMNPQRTUWXY".toCharArray()) {
			if (cn.hutool.core.util.CreditCodeUtil.isCreditCode(body + c)) {
				return body + c;
			}
		}
		throw new IllegalStateException("no check character for " + body);
	}

	public static String demoRequest() {
		return request(DEMO_CREDIT_CODE, "江门示范外贸有限公司", "PENGJIANG");
	}

}
