package cn.gov.jiangmen.subsidy.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.gov.jiangmen.subsidy.ProcedureTest;
import cn.gov.jiangmen.subsidy.ProcedureDriver;
import cn.gov.jiangmen.subsidy.TestData;
import cn.gov.jiangmen.subsidy.processes.ProcessConstants.Elements;

/**
 * The app's own tables are the lasting record (the engine's history is cleaned after its time to
 * live): a correction keeps the claim the officers first saw, and each line of the history names
 * the version of the claim it was made on.
 */
@ProcedureTest
class LastingRecordTest {

	@Autowired
	ProcessEngine engine;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ProcedureDriver driver;

	@BeforeEach
	void setUp() {
		TestData.setClock(2026, 3, 10, 9, 0);
	}

	record Version(int version, BigDecimal total, String requestJson) {
	}

	record Line(String step, String actor, Integer version) {
	}

	@Autowired
	ApplicationLifecycle lifecycle;

	final ObjectMapper json = new ObjectMapper();

	@Test
	void a_corrected_application_keeps_every_version_and_each_decision_names_the_version_it_approved() throws Exception {
		String id = driver.submit("enterprise-demo", TestData.demoRequest()).get("id").asText();
		driver.districtDecides(id, "return", "展位数按确认函填写");
		// The enterprise corrects its items in the portal, then answers the return.
		ObjectNode corrected = (ObjectNode) json.readTree(TestData.demoRequest());
		corrected.set("items", json.readTree("""
				[{"type": "CREDIT_SERVICE", "paidDate": "2025-04-01", "fees": "18000.00"}]"""));
		lifecycle.correct(id, corrected);
		driver.complete("enterprise-demo", driver.task(id, Elements.SUPPLEMENT_APPLICATION),
				Map.of("supplementAction", "resubmit", "comment", "已更正"));
		driver.districtDecides(id, "approve", "同意");

		List<Version> versions = jdbc.sql("""
				SELECT version, total, request_json FROM app_application_version WHERE application_id = :id ORDER BY version""")
			.param("id", id)
			.query(Version.class)
			.list();
		assertThat(versions).extracting(Version::version).containsExactly(1, 2);
		assertThat(versions.get(0).requestJson()).contains("OVERSEAS_EXHIBITION").doesNotContain("CREDIT_SERVICE");
		assertThat(versions.get(1).requestJson()).contains("CREDIT_SERVICE").doesNotContain("OVERSEAS_EXHIBITION");
		assertThat(versions.get(0).total()).isNotEqualByComparingTo(versions.get(1).total());

		List<Line> lines = jdbc.sql("SELECT step, actor, version FROM app_application_event WHERE application_id = :id ORDER BY id")
			.param("id", id)
			.query(Line.class)
			.list();
		assertThat(lines).containsExactly(new Line("SUBMITTED", "enterprise-demo", null),
				new Line("ASSESSED", "system", 1), new Line("DISTRICT_REVIEW", "pengjiang-officer", 1),
				new Line("SUPPLEMENTED", "enterprise-demo", 1), new Line("ASSESSED", "system", 2),
				new Line("DISTRICT_REVIEW", "pengjiang-officer", 2));
	}

}
