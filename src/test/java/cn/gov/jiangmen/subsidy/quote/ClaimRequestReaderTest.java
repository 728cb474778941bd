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

	private ClaimRequest parseAndRead(String body) {
		return reader.read(reader.parse(new java.io.ByteArrayInputStream(body.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
	}

	private static final String ITEM = "{\"type\": \"CREDIT_SERVICE\", \"paidDate\": \"2025-03-01\", \"fees\": 10}";

	@org.junit.jupiter.params.ParameterizedTest(name = "{0}")
	@org.junit.jupiter.params.provider.CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
			a second document                   | `{"enterprise": E, "items": [I]} {}`            | $     | JSON 文档之后还有多余的内容
			words after the document            | `{"enterprise": E, "items": [I]} thanks`        | $     | JSON 文档之后还有多余的内容
			a key twice in the second item      | `{"enterprise": E, "items": [I, {"type": "CREDIT_SERVICE", "type": "AEO_CERTIFICATION"}]}` | items[1].type | 字段重复出现
			a key twice at the top              | `{"enterprise": E, "enterprise": E, "items": [I]}` | enterprise | 字段重复出现
			an empty body                       | ``                                               | $     | 请求体为空
			""")
	void the_document_itself_is_strict(String rule, String body, String field, String message) {
		String json = body.replace("E,", QuoteControllerTest.ENTERPRISE + ",").replace("[I]", "[" + ITEM + "]")
			.replace("[I,", "[" + ITEM + ",");

		assertThatThrownBy(() -> parseAndRead(json)).as(rule)
			.isInstanceOfSatisfying(InvalidClaimRequestException.class, ex -> assertThat(ex.errors())
				.containsExactly(new FieldError(field, message)));
	}

	@Test
	void trade_years_and_the_bank_account_are_read_with_the_enterprise() {
		ClaimRequest request = parseAndRead("""
				{"enterprise": {"creditCode": "91440703MA4U000013", "name": "甲", "district": "PENGJIANG",
				  "tradeRecordSince2024": false, "tradeYears": [2025, 2023],
				  "bankAccount": {"bankName": "中国银行江门分行", "accountName": "甲", "accountNumber": "6216610200016587010"}},
				 "items": [%s]}""".formatted(ITEM));

		assertThat(request.enterprise().tradeYears()).containsExactly(2023, 2025);
		assertThat(request.enterprise().tradedIn(2024)).isFalse();
		assertThat(request.bankAccount()).isEqualTo(new BankAccount("中国银行江门分行", "甲", "6216610200016587010"));
	}

	@Test
	void without_trade_years_the_2024_record_counts_for_every_year_from_2024() {
		ClaimRequest request = parseAndRead("{\"enterprise\": " + QuoteControllerTest.ENTERPRISE + ", \"items\": [" + ITEM + "]}");

		assertThat(request.enterprise().tradeYears()).isNull();
		assertThat(request.enterprise().tradedIn(2023)).isFalse();
		assertThat(request.enterprise().tradedIn(2024)).isTrue();
		assertThat(request.enterprise().tradedIn(2031)).isTrue();
		assertThat(request.bankAccount()).isNull();
	}

	@Test
	void a_document_nested_too_deep_or_a_number_too_long_is_refused_before_it_is_built() {
		String deep = "{\"enterprise\": " + "[".repeat(5000) + "]".repeat(5000) + ", \"items\": [" + ITEM + "]}";
		String longNumber = "{\"enterprise\": " + QuoteControllerTest.ENTERPRISE + ", \"items\": [{\"type\": "
				+ "\"CREDIT_SERVICE\", \"paidDate\": \"2025-03-01\", \"fees\": " + "9".repeat(5000) + "}]}";

		for (String body : new String[] { deep, longNumber }) {
			assertThatThrownBy(() -> parseAndRead(body))
				.isInstanceOfSatisfying(InvalidClaimRequestException.class, ex -> assertThat(ex.errors())
					.containsExactly(new FieldError("$", "请求体嵌套过深或数字过长")));
		}
	}
}
