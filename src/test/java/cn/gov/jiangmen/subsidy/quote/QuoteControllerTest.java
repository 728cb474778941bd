package cn.gov.jiangmen.subsidy.quote;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import cn.gov.jiangmen.subsidy.security.CurrentUser;
import cn.gov.jiangmen.subsidy.security.CurrentUsers;
import cn.gov.jiangmen.subsidy.security.RegisteredDistricts;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import cn.gov.jiangmen.subsidy.call.Calls;
import cn.gov.jiangmen.subsidy.ledger.Ledger;
import cn.gov.jiangmen.subsidy.policy.Jiangmen2025Policy;
import cn.gov.jiangmen.subsidy.policy.PriorAwards;

@WebMvcTest(QuoteController.class)
// /api is authenticated by the engine's REST filter, not by Spring Security (which guards only the app's own pages).
@AutoConfigureMockMvc(addFilters = false)
@Import(ClaimRequestReader.class)
class QuoteControllerTest {

	private static final Jiangmen2025Policy POLICY = Jiangmen2025Policy.fromClasspath();

	/** The ledger assesses on today's date in China; the tables here on a day after the policy period. */
	private static final java.time.LocalDate TODAY = java.time.LocalDate.of(2027, 6, 30);

	static final String ENTERPRISE = """
			{"creditCode": "91440703MA4U000013", "name": "江门示例外贸有限公司", "district": "PENGJIANG",
			 "tradeRecordSince2024": true}""";

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Ledger ledger;

	@MockitoBean
	CurrentUsers users;

	/** Knows no enterprise: the request's district stands (the full-app tests check the facts). */
	@MockitoBean
	RegisteredDistricts districts;

	/** No call open: the policy's own period applies (the full-app tests check the call's). */
	@MockitoBean
	Calls calls;

	@BeforeEach
	void theLedgerAssessesWithTheRealPolicyAndNoPriorAwards() {
		given(users.current()).willReturn(new CurrentUser("enterprise-demo", java.util.List.of("enterprise"),
				java.util.Optional.of("91440703MA4U000013")));
		given(ledger.quote(any())).willAnswer(call -> {
			ClaimRequest request = call.getArgument(0);
			return POLICY.assess(request.enterprise(), request.items(), PriorAwards.NONE, TODAY);
		});
	}

	private ResultActions quote(String body) throws Exception {
		return mvc.perform(post("/api/quotes").contentType(MediaType.APPLICATION_JSON).content(body));
	}

	private ResultActions quoteItems(String... items) throws Exception {
		return quote("{\"enterprise\": " + ENTERPRISE + ", \"items\": [" + String.join(",", items) + "]}");
	}

	@Test
	void a_quote_answers_with_the_contract_shape() throws Exception {
		quoteItems("""
				{"type": "OVERSEAS_EXHIBITION", "country": "US", "startDate": "2025-09-01", "keyPlan": true,
				 "boothKind": "STANDARD", "booths": 2, "expenses": "50000", "otherSubsidies": 0}""",
				"""
				{"type": "EXPORT_CREDIT_INSURANCE", "paidDate": "2025-03-01", "premiumPaid": 12345.67,
				 "platformPolicy": true}""")
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.policy").value("jiangmen-2025"))
			.andExpect(jsonPath("$.total").value("20000.00"))
			.andExpect(jsonPath("$.items", hasSize(2)))
			.andExpect(jsonPath("$.items[0].index").value(0))
			.andExpect(jsonPath("$.items[0].type").value("OVERSEAS_EXHIBITION"))
			.andExpect(jsonPath("$.items[0].eligible").value(true))
			.andExpect(jsonPath("$.items[0].amount").value("20000.00"))
			.andExpect(jsonPath("$.items[0].cityAmount").value("20000.00"))
			.andExpect(jsonPath("$.items[0].districtAmount").value("0.00"))
			.andExpect(jsonPath("$.items[0].articles", hasItem("第九条第（一）项第1目")))
			.andExpect(jsonPath("$.items[0].reasons", hasSize(0)))
			.andExpect(jsonPath("$.items[0].trace", containsString("min(2 × 10000.00, 50000.00 − 0.00)")))
			.andExpect(jsonPath("$.items[1].index").value(1))
			.andExpect(jsonPath("$.items[1].eligible").value(false))
			.andExpect(jsonPath("$.items[1].amount").value("0.00"))
			.andExpect(jsonPath("$.items[1].reasons", contains("PLATFORM_INSURANCE")));
	}

	@Test
	void money_may_be_a_json_string_or_number() throws Exception {
		quote("{\"enterprise\": " + ENTERPRISE + ", \"items\": ["
				+ "{\"type\": \"CREDIT_SERVICE\", \"paidDate\": \"2025-03-01\", \"fees\": \"3000.50\"},"
				+ "{\"type\": \"CREDIT_SERVICE\", \"paidDate\": \"2025-03-01\", \"fees\": 1000.1}]}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].amount").value("1500.25"))
			.andExpect(jsonPath("$.items[1].amount").value("500.05"));
	}

	/** CONTRACT round 2: an unknown field anywhere is refused (this test once asserted they were ignored). */
	@Test
	void unknown_fields_are_refused_naming_each() throws Exception {
		quote("{\"enterprise\": " + ENTERPRISE + ", \"note\": \"x\", \"items\": ["
				+ "{\"type\": \"CREDIT_SERVICE\", \"paidDate\": \"2025-03-01\", \"fees\": \"3000.50\", \"memo\": 1},"
				+ "{\"type\": \"CREDIT_SERVICE\", \"paidDate\": \"2025-03-01\", \"fees\": 1000.1}]}")
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field", contains("items[0].memo", "note")));
		verify(ledger, never()).quote(any());
	}

	@Test
	void every_item_type_of_the_contract_is_read() throws Exception {
		quoteItems("""
				{"type": "HKMT_EXHIBITION", "country": "HK", "startDate": "2025-09-01", "keyPlan": true,
				 "boothKind": "SPECIAL", "areaSqm": "17.99", "boothFee": 20000}""", """
				{"type": "DOMESTIC_EXHIBITION", "startDate": "2025-09-01", "keyPlan": true, "consumerFair": false,
				 "booths": 5, "expenses": 20000}""", """
				{"type": "OVERSEAS_INVESTMENT_INSURANCE", "paidDate": "2025-03-01", "premiumPaid": 100000,
				 "investmentCertificate": true}""", """
				{"type": "AEO_CERTIFICATION", "certifiedDate": "2025-03-01", "level": "ADVANCED",
				 "firstCertification": true}""", """
				{"type": "CANTON_FAIR_DESIGN_AWARD", "session": 136, "tier": "GOLD", "requestedAmount": "25000"}""")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].amount").value("10000.00"))
			.andExpect(jsonPath("$.items[1].amount").value("12000.00"))
			.andExpect(jsonPath("$.items[2].amount").value("20000.00"))
			.andExpect(jsonPath("$.items[3].amount").value("50000.00"))
			.andExpect(jsonPath("$.items[4].amount").value("25000.00"))
			.andExpect(jsonPath("$.total").value("117000.00"));
	}

	@ParameterizedTest(name = "400 on {0}")
	@CsvSource(delimiter = '|', textBlock = """
			# rule                                   | item JSON                                                                                                                    | field
			an unknown type                          | {"type": "TRAVEL"}                                                                                                            | items[0].type
			a missing type                           | {"paidDate": "2025-03-01"}                                                                                                    | items[0].type
			a missing field                          | {"type": "CREDIT_SERVICE", "paidDate": "2025-03-01"}                                                                          | items[0].fees
			negative money                           | {"type": "CREDIT_SERVICE", "paidDate": "2025-03-01", "fees": -1}                                                              | items[0].fees
			non-numeric money                        | {"type": "CREDIT_SERVICE", "paidDate": "2025-03-01", "fees": "1千"}                                                            | items[0].fees
			money as a boolean                       | {"type": "CREDIT_SERVICE", "paidDate": "2025-03-01", "fees": true}                                                            | items[0].fees
			more than two decimals                   | {"type": "CREDIT_SERVICE", "paidDate": "2025-03-01", "fees": "10.001"}                                                        | items[0].fees
			more than two decimals in a number       | {"type": "CREDIT_SERVICE", "paidDate": "2025-03-01", "fees": 10.001}                                                          | items[0].fees
			a negative optional amount               | {"type": "CREDIT_SERVICE", "paidDate": "2025-03-01", "fees": 10, "otherSubsidies": "-5"}                                      | items[0].otherSubsidies
			a bad requested amount                   | {"type": "CREDIT_SERVICE", "paidDate": "2025-03-01", "fees": 10, "requestedAmount": "x"}                                      | items[0].requestedAmount
			a date that does not exist               | {"type": "CREDIT_SERVICE", "paidDate": "2025-02-30", "fees": 10}                                                              | items[0].paidDate
			a date not in ISO form                   | {"type": "CREDIT_SERVICE", "paidDate": "2025/03/01", "fees": 10}                                                              | items[0].paidDate
			a boolean given as a string              | {"type": "EXPORT_CREDIT_INSURANCE", "paidDate": "2025-03-01", "premiumPaid": 10, "platformPolicy": "no"}                      | items[0].platformPolicy
			an unknown enum value                    | {"type": "AEO_CERTIFICATION", "certifiedDate": "2025-03-01", "level": "SUPER", "firstCertification": true}                    | items[0].level
			an unknown award tier                    | {"type": "CANTON_FAIR_DESIGN_AWARD", "session": 136, "tier": "PLATINUM"}                                                      | items[0].tier
			a session that is not a whole number     | {"type": "CANTON_FAIR_DESIGN_AWARD", "session": "136th", "tier": "GOLD"}                                                      | items[0].session
			an unassigned country code               | {"type": "OVERSEAS_EXHIBITION", "country": "XX", "startDate": "2025-09-01", "keyPlan": true, "boothKind": "STANDARD", "booths": 1, "expenses": 10} | items[0].country
			a lower-case country code                | {"type": "OVERSEAS_EXHIBITION", "country": "us", "startDate": "2025-09-01", "keyPlan": true, "boothKind": "STANDARD", "booths": 1, "expenses": 10} | items[0].country
			China as a country abroad                | {"type": "OVERSEAS_EXHIBITION", "country": "CN", "startDate": "2025-09-01", "keyPlan": true, "boothKind": "STANDARD", "booths": 1, "expenses": 10} | items[0].country
			Hong Kong as a country abroad            | {"type": "OVERSEAS_EXHIBITION", "country": "HK", "startDate": "2025-09-01", "keyPlan": true, "boothKind": "STANDARD", "booths": 1, "expenses": 10} | items[0].country
			Taiwan as a country abroad               | {"type": "OVERSEAS_EXHIBITION", "country": "TW", "startDate": "2025-09-01", "keyPlan": true, "boothKind": "STANDARD", "booths": 1, "expenses": 10} | items[0].country
			the USA as Hong Kong, Macao or Taiwan    | {"type": "HKMT_EXHIBITION", "country": "US", "startDate": "2025-09-01", "keyPlan": true, "boothKind": "STANDARD", "booths": 1, "boothFee": 10}     | items[0].country
			China as Hong Kong, Macao or Taiwan      | {"type": "HKMT_EXHIBITION", "country": "CN", "startDate": "2025-09-01", "keyPlan": true, "boothKind": "STANDARD", "booths": 1, "boothFee": 10}     | items[0].country
			booths below 1                           | {"type": "OVERSEAS_EXHIBITION", "country": "US", "startDate": "2025-09-01", "keyPlan": true, "boothKind": "STANDARD", "booths": 0, "expenses": 10} | items[0].booths
			standard booths without a count          | {"type": "OVERSEAS_EXHIBITION", "country": "US", "startDate": "2025-09-01", "keyPlan": true, "boothKind": "STANDARD", "expenses": 10}              | items[0].booths
			a special booth of 0 m²                  | {"type": "OVERSEAS_EXHIBITION", "country": "US", "startDate": "2025-09-01", "keyPlan": true, "boothKind": "SPECIAL", "areaSqm": 0, "expenses": 10} | items[0].areaSqm
			a special booth of negative area         | {"type": "HKMT_EXHIBITION", "country": "MO", "startDate": "2025-09-01", "keyPlan": true, "boothKind": "SPECIAL", "areaSqm": "-9", "boothFee": 10}  | items[0].areaSqm
			an unknown booth kind                    | {"type": "HKMT_EXHIBITION", "country": "MO", "startDate": "2025-09-01", "keyPlan": true, "boothKind": "HUGE", "boothFee": 10}                      | items[0].boothKind
			domestic booths below 1                  | {"type": "DOMESTIC_EXHIBITION", "startDate": "2025-09-01", "keyPlan": true, "consumerFair": false, "booths": 0, "expenses": 10}                   | items[0].booths
			an item that is not an object            | "CREDIT_SERVICE"                                                                                                              | items[0]
			""")
	void a_malformed_item_is_refused_naming_its_field(String rule, String item, String field) throws Exception {
		quoteItems(item).andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.errors[*].field", contains(field)))
			.andExpect(jsonPath("$.errors[0].message").isNotEmpty());
		verify(ledger, never()).quote(any());
	}

	@ParameterizedTest(name = "400 on {0}")
	@CsvSource(delimiter = '|', textBlock = """
			# rule                                  | enterprise JSON                                                                                          | field
			a credit code with a wrong check digit  | {"creditCode": "91440703MA4U000014", "name": "甲", "district": "PENGJIANG", "tradeRecordSince2024": true} | enterprise.creditCode
			a credit code of 17 characters          | {"creditCode": "91440703MA4U00001", "name": "甲", "district": "PENGJIANG", "tradeRecordSince2024": true}  | enterprise.creditCode
			an unknown district                     | {"creditCode": "91440703MA4U000013", "name": "甲", "district": "GUANGZHOU", "tradeRecordSince2024": true} | enterprise.district
			a missing name                          | {"creditCode": "91440703MA4U000013", "district": "PENGJIANG", "tradeRecordSince2024": true}               | enterprise.name
			a missing trade record                  | {"creditCode": "91440703MA4U000013", "name": "甲", "district": "PENGJIANG"}                               | enterprise.tradeRecordSince2024
			an enterprise that is not an object     | "91440703MA4U000013"                                                                                     | enterprise
			""")
	void a_malformed_enterprise_is_refused_naming_its_field(String rule, String enterprise, String field)
			throws Exception {
		quote("{\"enterprise\": " + enterprise + ", \"items\": [{\"type\": \"AEO_CERTIFICATION\","
				+ " \"certifiedDate\": \"2025-03-01\", \"level\": \"ADVANCED\", \"firstCertification\": true}]}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", contains(field)));
	}

	@ParameterizedTest(name = "400 on {0}")
	@CsvSource(delimiter = '|', textBlock = """
			# rule                  | body                                                    | field
			a body that is not JSON | {"enterprise": {                                        | $
			a JSON array            | []                                                      | $
			a JSON string           | "quote"                                                 | $
			no enterprise           | {"items": []}                                           | enterprise
			no items at all         | {"enterprise": ENTERPRISE}                              | items
			an empty item list      | {"enterprise": ENTERPRISE, "items": []}                 | items
			items that are a map    | {"enterprise": ENTERPRISE, "items": {"type": "X"}}      | items
			""")
	void a_malformed_body_is_refused(String rule, String body, String field) throws Exception {
		quote(body.replace("ENTERPRISE", ENTERPRISE)).andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field", hasItem(field)));
	}

	@Test
	void an_empty_body_is_refused() throws Exception {
		quote("").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("$"));
	}

	@Test
	void more_than_50_items_are_refused_and_50_are_accepted() throws Exception {
		String item = "{\"type\": \"CANTON_FAIR_DESIGN_AWARD\", \"session\": 136, \"tier\": \"BRONZE\"}";

		quoteItems(java.util.Collections.nCopies(51, item).toArray(String[]::new)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", contains("items")));
		quoteItems(java.util.Collections.nCopies(50, item).toArray(String[]::new)).andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value("500000.00"));
	}

	@Test
	void every_offending_field_of_a_request_is_named_at_once() throws Exception {
		quote("""
				{"enterprise": {"creditCode": "123", "name": "甲", "district": "PENGJIANG", "tradeRecordSince2024": true},
				 "items": [
				   {"type": "OVERSEAS_EXHIBITION", "country": "ZZ", "startDate": "2025-09-01", "keyPlan": true,
				    "boothKind": "STANDARD", "booths": 1, "expenses": 10},
				   {"type": "CREDIT_SERVICE", "paidDate": "2025-03-01", "fees": 10},
				   {"type": "EXPORT_CREDIT_INSURANCE", "paidDate": "2025-13-01", "premiumPaid": "1.234"}]}""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", contains("enterprise.creditCode", "items[0].country",
					"items[2].paidDate", "items[2].premiumPaid", "items[2].platformPolicy")));
	}

	@Test
	void an_oversized_body_is_refused_before_it_is_read() throws Exception {
		String padding = "x".repeat(ClaimRequestReader.MAX_BODY_BYTES);

		quote("{\"enterprise\": " + ENTERPRISE + ", \"padding\": \"" + padding + "\", \"items\": []}")
			.andExpect(status().isPayloadTooLarge())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("$"));
	}

	@Test
	void an_enterprise_may_not_quote_for_another_enterprise() throws Exception {
		quote("""
				{"enterprise": {"creditCode": "91440704MA4UC0001E", "name": "江海外贸", "district": "JIANGHAI",
				 "tradeRecordSince2024": true},
				 "items": [{"type": "CREDIT_SERVICE", "paidDate": "2025-05-01", "fees": "100.00"}]}""")
			.andExpect(status().isForbidden());
	}
}
