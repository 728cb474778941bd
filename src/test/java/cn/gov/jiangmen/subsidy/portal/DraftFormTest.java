package cn.gov.jiangmen.subsidy.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.gov.jiangmen.subsidy.claim.ClaimRequestReader;
import cn.gov.jiangmen.subsidy.refusal.InvalidFieldsException;
import cn.gov.jiangmen.subsidy.identity.EnterpriseDirectory.EnterpriseAccount;

/** What the clerk typed becomes CONTRACT's request; the reader names wrong fields by the inputs' own names. */
class DraftFormTest {

	static final EnterpriseAccount ACCOUNT = new EnterpriseAccount("enterprise-demo", "91440703MA4U000013",
			"江门示范外贸有限公司", "PENGJIANG");
	static final KeyExhibitions PLAN = new KeyExhibitions(
			List.of(new KeyExhibitions.Entry("巴西国际工业展", "OVERSEAS_EXHIBITION", "BR")));

	@Test
	void typed_items_become_the_request_and_errors_carry_the_input_names() {
		var params = new LinkedMultiValueMap<String, String>();
		params.add("items[0].type", "OVERSEAS_EXHIBITION");
		params.add("items[0].exhibitionName", "巴西国际工业展");
		params.add("items[0].startDate", "2025-06-10");
		params.add("items[0].boothKind", "STANDARD");
		params.add("items[0].booths", "2");
		params.add("items[0].areaSqm", "30");
		params.add("items[0].expenses", "50000.00");
		params.add("items[1].type", "EXPORT_CREDIT_INSURANCE");
		params.add("items[1].paidDate", "2025-03-01");
		params.add("items[1].premiumPaid", "-5");
		DraftForm form = DraftForm.fromParams(params);
		var request = form.request(ACCOUNT, PLAN);
		assertThat(request.get("enterprise").get("creditCode").asText()).isEqualTo("91440703MA4U000013");
		assertThat(request.get("items").get(0).get("keyPlan").asBoolean()).as("a fair of the configured plan").isTrue();
		assertThat(request.get("items").get(0).get("booths").asInt()).isEqualTo(2);
		assertThat(request.get("items").get(0).has("areaSqm")).as("a standard booth is counted, not measured").isFalse();
		assertThat(request.get("items").get(1).get("platformPolicy").asBoolean()).isFalse();
		InvalidFieldsException refused = catchThrowableOfType(InvalidFieldsException.class,
				() -> new ClaimRequestReader(new ObjectMapper()).read(request));
		assertThat(refused.errors()).extracting(InvalidFieldsException.FieldError::field)
			.contains("items[0].country", "items[1].premiumPaid");
	}

}
