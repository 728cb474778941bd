package cn.gov.jiangmen.subsidy.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.gov.jiangmen.subsidy.policy.Booths;
import cn.gov.jiangmen.subsidy.policy.District;
import cn.gov.jiangmen.subsidy.policy.ExportCreditInsurance;
import cn.gov.jiangmen.subsidy.policy.OverseasExhibition;
import cn.gov.jiangmen.subsidy.quote.InvalidClaimRequestException.FieldError;

/** The JsonNode entry point, as another controller binding {@code @RequestBody JsonNode} uses it. */
class ClaimRequestReaderTest {

	private final ObjectMapper plainMapper = new ObjectMapper();

	private final ClaimRequestReader reader = new ClaimRequestReader(plainMapper);

	private JsonNode json(String text) throws Exception {
		return plainMapper.readTree(text);
	}

	@Test
	void money_parsed_as_a_double_by_another_mapper_keeps_its_decimal_value() throws Exception {
		ClaimRequest request = reader.read(json("{\"enterprise\": " + QuoteControllerTest.ENTERPRISE + ", \"items\": ["
				+ "{\"type\": \"EXPORT_CREDIT_INSURANCE\", \"paidDate\": \"2025-03-01\", \"premiumPaid\": 12345.67,"
				+ " \"platformPolicy\": false, \"otherSubsidies\": 0.1, \"requestedAmount\": 1E+2}]}"));

		ExportCreditInsurance item = (ExportCreditInsurance) request.items().get(0);
		assertThat(item.premiumPaid()).isEqualTo(new BigDecimal("12345.67"));
		assertThat(item.otherSubsidies()).isEqualTo(new BigDecimal("0.10"));
		assertThat(item.requestedAmount()).isEqualTo(new BigDecimal("100.00"));
		assertThat(request.enterprise().district()).isEqualTo(District.PENGJIANG);
	}

	@Test
	void optional_flags_default_to_false_and_a_special_booth_keeps_its_area() throws Exception {
		ClaimRequest request = reader.read(json("{\"enterprise\": " + QuoteControllerTest.ENTERPRISE + ", \"items\": ["
				+ "{\"type\": \"OVERSEAS_EXHIBITION\", \"country\": \"BR\", \"startDate\": \"2025-09-01\","
				+ " \"keyPlan\": true, \"boothKind\": \"SPECIAL\", \"areaSqm\": \"17.99\", \"booths\": 7,"
				+ " \"expenses\": \"100\", \"otherSubsidies\": null}]}"));

		OverseasExhibition item = (OverseasExhibition) request.items().get(0);
		assertThat(item.booths()).isEqualTo(Booths.special(new BigDecimal("17.99")));
		assertThat(item.viaOverseasSubsidiary()).isFalse();
		assertThat(item.investmentCertificate()).isFalse();
		assertThat(item.otherSubsidies()).isZero();
	}

	@Test
	void the_exception_lists_each_field_with_a_message() throws Exception {
		assertThatThrownBy(() -> reader.read(json("{\"enterprise\": {}, \"items\": [{}]}")))
			.isInstanceOfSatisfying(InvalidClaimRequestException.class, ex -> assertThat(ex.errors())
				.extracting(FieldError::field)
				.containsExactly("enterprise.creditCode", "enterprise.name", "enterprise.district",
						"enterprise.tradeRecordSince2024", "items[0].type"));
	}
}
