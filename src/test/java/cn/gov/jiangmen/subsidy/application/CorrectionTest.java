package cn.gov.jiangmen.subsidy.application;

import static cn.gov.jiangmen.subsidy.TestData.setClock;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.gov.jiangmen.subsidy.ProcedureDriver;
import cn.gov.jiangmen.subsidy.ProcedureTest;
import cn.gov.jiangmen.subsidy.TestData;
import cn.gov.jiangmen.subsidy.processes.ProcessConstants.Elements;

/**
 * A correction is the enterprise's whole declaration again: what it now says of its trade record
 * (第二条) is what the application shows and what the re-assessment reads.
 */
@ProcedureTest
class CorrectionTest {

	@Autowired
	ApplicationLifecycle lifecycle;

	@Autowired
	ProcedureDriver driver;

	@Test
	void a_corrected_trade_record_is_shown_and_assessed() throws Exception {
		setClock(2026, 3, 10, 9, 0);
		String id = driver.submit("enterprise-demo", TestData.demoRequest()).get("id").asText();
		assertThat(driver.application("pengjiang-officer", id).at("/enterprise/tradeRecordSince2024").asBoolean()).isTrue();
		driver.districtDecides(id, "return", "请核实2024年以来的进出口实绩");

		ObjectNode corrected = (ObjectNode) new ObjectMapper().readTree(TestData.demoRequest());
		((ObjectNode) corrected.get("enterprise")).put("tradeRecordSince2024", false);
		lifecycle.correct(id, corrected);
		driver.complete("enterprise-demo", driver.task(id, Elements.SUPPLEMENT_APPLICATION),
				Map.of("supplementAction", "resubmit", "comment", "2024年以来无进出口实绩，如实更正"));

		JsonNode application = driver.application("pengjiang-officer", id);
		assertThat(application.at("/enterprise/tradeRecordSince2024").asBoolean()).as("as the correction declares").isFalse();
		assertThat(application.get("total").asText()).isEqualTo("0.00");
		assertThat(application.get("items").get(0).get("reasons").toString()).contains("NO_TRADE_RECORD");
	}

}
