package cn.gov.jiangmen.subsidy.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.gov.jiangmen.subsidy.ProcedureTest;
import cn.gov.jiangmen.subsidy.ProcedureDriver;
import cn.gov.jiangmen.subsidy.TestData;

/**
 * No input of any kind reaches a 500: a table generated over every field of the enterprise and of
 * every item type. Each field gets values of the wrong JSON type, null, empty, too long, negative,
 * too many decimals, huge, out of its range, and dates that are not dates or whose year is not four
 * digits: each is 400 with a problem naming that field. Null for an optional field, and the
 * extremes a field allows, are answered 200. The same refused bodies, sent as applications, store
 * nothing and start no process.
 */
@ProcedureTest
class EveryFieldBadInputTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	enum Kind {
		TEXT, NAME, MONEY, INT, SESSION, DATE, BOOL, ENUM, COUNTRY, AREA, YEARS, ACCOUNT_NUMBER
	}

	/** A field of an item or of the enterprise, its kind, whether it is required. */
	record Field(String name, Kind kind, boolean required) {
	}

	/** A valid item of one type and the fields it has. */
	record ItemType(String base, List<Field> fields) {
	}

	private static final String ENTERPRISE = """
			{"creditCode": "91440703MA4U000013", "name": "江门示范外贸有限公司", "district": "PENGJIANG",
			 "tradeRecordSince2024": true, "tradeYears": [2024, 2025],
			 "bankAccount": {"bankName": "中国银行江门分行", "accountName": "江门示范外贸有限公司", "accountNumber": "6216610200016587010"}}""";

	private static final List<Field> ENTERPRISE_FIELDS = List.of(new Field("creditCode", Kind.TEXT, true),
			new Field("name", Kind.NAME, true), new Field("district", Kind.ENUM, true),
			new Field("tradeRecordSince2024", Kind.BOOL, true), new Field("tradeYears", Kind.YEARS, false),
			new Field("bankAccount.bankName", Kind.TEXT, true), new Field("bankAccount.accountName", Kind.NAME, true),
			new Field("bankAccount.accountNumber", Kind.ACCOUNT_NUMBER, true));

	private static final List<Field> EXHIBITION_ABROAD = List.of(new Field("country", Kind.COUNTRY, true),
			new Field("startDate", Kind.DATE, true), new Field("exhibitionName", Kind.NAME, false),
			new Field("keyPlan", Kind.BOOL, true), new Field("boothKind", Kind.ENUM, true),
			new Field("booths", Kind.INT, true), new Field("otherSubsidies", Kind.MONEY, false),
			new Field("viaOverseasSubsidiary", Kind.BOOL, false), new Field("investmentCertificate", Kind.BOOL, false),
			new Field("requestedAmount", Kind.MONEY, false));

	private static final Map<String, ItemType> TYPES = Map.of(
			"OVERSEAS_EXHIBITION", new ItemType("""
					{"type": "OVERSEAS_EXHIBITION", "country": "BR", "startDate": "2025-06-10", "keyPlan": true,
					 "boothKind": "STANDARD", "booths": 2, "expenses": "50000.00"}""",
					with(EXHIBITION_ABROAD, new Field("expenses", Kind.MONEY, true))),
			"OVERSEAS_EXHIBITION (special booth)", new ItemType("""
					{"type": "OVERSEAS_EXHIBITION", "country": "DE", "startDate": "2025-06-10", "keyPlan": true,
					 "boothKind": "SPECIAL", "areaSqm": "36", "expenses": "50000.00"}""",
					List.of(new Field("areaSqm", Kind.AREA, true))),
			"HKMT_EXHIBITION", new ItemType("""
					{"type": "HKMT_EXHIBITION", "country": "HK", "startDate": "2025-06-10", "keyPlan": true,
					 "boothKind": "STANDARD", "booths": 2, "boothFee": "30000.00"}""",
					with(EXHIBITION_ABROAD, new Field("boothFee", Kind.MONEY, true))),
			"DOMESTIC_EXHIBITION", new ItemType("""
					{"type": "DOMESTIC_EXHIBITION", "startDate": "2025-06-10", "keyPlan": true, "consumerFair": false,
					 "booths": 3, "expenses": "9000.00"}""",
					List.of(new Field("startDate", Kind.DATE, true), new Field("exhibitionName", Kind.NAME, false),
							new Field("keyPlan", Kind.BOOL, true), new Field("consumerFair", Kind.BOOL, true),
							new Field("booths", Kind.INT, true), new Field("expenses", Kind.MONEY, true),
							new Field("otherSubsidies", Kind.MONEY, false), new Field("requestedAmount", Kind.MONEY, false))),
			"EXPORT_CREDIT_INSURANCE", new ItemType("""
					{"type": "EXPORT_CREDIT_INSURANCE", "paidDate": "2025-03-01", "premiumPaid": "100000.00",
					 "platformPolicy": false}""",
					List.of(new Field("paidDate", Kind.DATE, true), new Field("premiumPaid", Kind.MONEY, true),
							new Field("platformPolicy", Kind.BOOL, true), new Field("otherSubsidies", Kind.MONEY, false),
							new Field("requestedAmount", Kind.MONEY, false))),
			"CREDIT_SERVICE", new ItemType("""
					{"type": "CREDIT_SERVICE", "paidDate": "2025-03-01", "fees": "3000.00"}""",
					List.of(new Field("paidDate", Kind.DATE, true), new Field("fees", Kind.MONEY, true),
							new Field("otherSubsidies", Kind.MONEY, false), new Field("requestedAmount", Kind.MONEY, false))),
			"OVERSEAS_INVESTMENT_INSURANCE", new ItemType("""
					{"type": "OVERSEAS_INVESTMENT_INSURANCE", "paidDate": "2025-03-01", "premiumPaid": "100000.00",
					 "investmentCertificate": true, "investmentCertificateDate": "2024-12-01"}""",
					List.of(new Field("paidDate", Kind.DATE, true), new Field("premiumPaid", Kind.MONEY, true),
							new Field("investmentCertificate", Kind.BOOL, true),
							new Field("investmentCertificateDate", Kind.DATE, false),
							new Field("otherSubsidies", Kind.MONEY, false), new Field("requestedAmount", Kind.MONEY, false))),
			"AEO_CERTIFICATION", new ItemType("""
					{"type": "AEO_CERTIFICATION", "certifiedDate": "2025-03-01", "level": "ADVANCED",
					 "firstCertification": true}""",
					List.of(new Field("certifiedDate", Kind.DATE, true), new Field("level", Kind.ENUM, true),
							new Field("firstCertification", Kind.BOOL, true), new Field("requestedAmount", Kind.MONEY, false))),
			"CANTON_FAIR_DESIGN_AWARD", new ItemType("""
					{"type": "CANTON_FAIR_DESIGN_AWARD", "session": 137, "tier": "GOLD"}""",
					List.of(new Field("session", Kind.SESSION, true), new Field("tier", Kind.ENUM, true),
							new Field("requestedAmount", Kind.MONEY, false))));

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

	/**
	 * One test over the whole table rather than one per case: the table has several hundred rows, and
	 * a row costs one request; every row that does not hold is named in the failure.
	 */
	@Test
	void a_bad_value_of_any_field_is_400_naming_it() {
		List<String> wrong = new ArrayList<>();
		refused().forEach(arguments -> {
			Object[] row = arguments.get();
			ResponseEntity<JsonNode> response = driver.post("enterprise-demo", "/api/quotes", (String) row[1]);
			boolean named = response.getBody() != null && response.getBody().has("errors") && response.getBody()
				.get("errors")
				.findValuesAsText("field")
				.stream()
				.anyMatch(field -> field.startsWith((String) row[2]));
			if (response.getStatusCode().value() != 400
					|| !MediaType.APPLICATION_PROBLEM_JSON.equals(response.getHeaders().getContentType()) || !named) {
				wrong.add(row[0] + " → " + response.getStatusCode().value() + " " + response.getBody());
			}
		});

		assertThat(wrong).as("rows that were not 400 problems naming their field").isEmpty();
		assertThat(refused().count()).as("rows of the table").isGreaterThan(500);
	}

	@Test
	void an_absent_optional_field_and_the_extremes_a_field_allows_are_answered() {
		List<String> wrong = new ArrayList<>();
		accepted().forEach(arguments -> {
			Object[] row = arguments.get();
			ResponseEntity<JsonNode> response = driver.post("enterprise-demo", "/api/quotes", (String) row[1]);
			if (response.getStatusCode().value() != 200 || !response.getBody().get("total").asText().matches("\\d+\\.\\d{2}")) {
				wrong.add(row[0] + " → " + response.getStatusCode().value() + " " + response.getBody());
			}
		});

		assertThat(wrong).as("rows that were not answered 200").isEmpty();
		assertThat(accepted().count()).as("rows of the table").isGreaterThan(100);
	}

	@Test
	void the_refused_bodies_sent_as_applications_store_nothing_and_start_no_process() {
		List<String> notRefused = new ArrayList<>();
		refused().forEach(arguments -> {
			Object[] values = arguments.get();
			int status = driver.post("enterprise-demo", "/api/applications", (String) values[1]).getStatusCode().value();
			if (status != 400) {
				notRefused.add(values[0] + " → " + status);
			}
		});

		assertThat(notRefused).isEmpty();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM app_application").query(Integer.class).single()).isZero();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM ledger_entry").query(Integer.class).single()).isZero();
		assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isZero();
	}

	static Stream<Arguments> refused() {
		List<Arguments> cases = new ArrayList<>();
		for (Field field : ENTERPRISE_FIELDS) {
			for (JsonNode bad : badValues(field)) {
				cases.add(Arguments.of("enterprise." + field.name() + " = " + shown(bad),
						body(enterpriseWith(field.name(), bad), item(TYPES.get("CREDIT_SERVICE").base())),
						"enterprise." + field.name()));
			}
		}
		TYPES.forEach((type, itemType) -> {
			for (Field field : itemType.fields()) {
				for (JsonNode bad : badValues(field)) {
					cases.add(Arguments.of(type + " " + field.name() + " = " + shown(bad),
							body(enterprise(), itemWith(itemType.base(), field.name(), bad)), "items[0]." + field.name()));
				}
			}
			for (JsonNode bad : List.of(NODES.textNode("TRAVEL"), NODES.numberNode(1), NODES.nullNode(),
					NODES.textNode(""))) {
				cases.add(Arguments.of(type + " type = " + shown(bad), body(enterprise(), itemWith(itemType.base(), "type", bad)),
						"items[0].type"));
			}
			cases.add(Arguments.of(type + " with a field it does not have",
					body(enterprise(), itemWith(itemType.base(), "otherSubsidy", NODES.textNode("1.00"))),
					"items[0].otherSubsidy"));
		});
		return cases.stream();
	}

	static Stream<Arguments> accepted() {
		List<Arguments> cases = new ArrayList<>();
		for (Field field : ENTERPRISE_FIELDS) {
			if (!field.required() && !field.name().contains(".")) {
				cases.add(Arguments.of("enterprise." + field.name() + " = null",
						body(enterpriseWith(field.name(), NODES.nullNode()), item(TYPES.get("CREDIT_SERVICE").base()))));
			}
		}
		TYPES.forEach((type, itemType) -> {
			for (Field field : itemType.fields()) {
				List<JsonNode> good = new ArrayList<>(extremes(field.kind()));
				if (!field.required()) {
					good.add(NODES.nullNode());
				}
				for (JsonNode value : good) {
					cases.add(Arguments.of(type + " " + field.name() + " = " + shown(value),
							body(enterprise(), itemWith(itemType.base(), field.name(), value))));
				}
			}
		});
		return cases.stream();
	}

	/** What no field of the kind may hold: 400 every time. */
	private static List<JsonNode> badValues(Field field) {
		List<JsonNode> bad = new ArrayList<>(List.of(NODES.objectNode()));
		if (field.kind() != Kind.YEARS) {
			// an empty list of trade years is a list: the enterprise had no record
			bad.add(NODES.arrayNode());
		}
		if (field.required()) {
			bad.add(NODES.nullNode());
		}
		switch (field.kind()) {
			case TEXT, NAME, ACCOUNT_NUMBER -> bad.addAll(List.of(NODES.numberNode(123), NODES.booleanNode(true),
					NODES.textNode(""), NODES.textNode("   "), NODES.textNode("展".repeat(201)),
					NODES.textNode("a\u0000b"), NODES.textNode("a\nb")));
			case MONEY -> bad.addAll(List.of(NODES.booleanNode(true), NODES.textNode("abc"), NODES.textNode(""),
					NODES.numberNode(-1), NODES.textNode("-0.01"), NODES.numberNode(new BigDecimal("1.001")),
					NODES.textNode("1.001"), NODES.numberNode(new BigDecimal("1E+12")), NODES.textNode("1e3"),
					NODES.numberNode(new BigInteger("99999999999999999999999")), NODES.numberNode(new BigDecimal("1E+400")),
					NODES.numberNode(new BigDecimal("1E-400")), NODES.textNode(" 100")));
			case INT, SESSION -> bad.addAll(List.of(NODES.booleanNode(true), NODES.textNode("2"),
					NODES.numberNode(new BigDecimal("1.5")), NODES.numberNode(0), NODES.numberNode(-1),
					NODES.numberNode(1000), NODES.numberNode(2_000_000_000), NODES.numberNode(2_147_483_648L),
					NODES.numberNode(new BigInteger("99999999999999999999999")), NODES.numberNode(new BigDecimal("1E+400"))));
			case DATE -> bad.addAll(List.of(NODES.numberNode(20250610), NODES.textNode("2025-13-01"),
					NODES.textNode("2025-02-30"), NODES.textNode("+12025-06-10"), NODES.textNode("12025-06-10"),
					NODES.textNode("025-06-10"), NODES.textNode("2025/06/10"), NODES.textNode("2025-6-1"),
					NODES.textNode(""), NODES.textNode("2025-06-10T00:00"), NODES.textNode("２０２５-06-10")));
			case BOOL -> bad.addAll(List.of(NODES.textNode("true"), NODES.numberNode(1), NODES.numberNode(0),
					NODES.textNode("yes")));
			case ENUM -> bad.addAll(List.of(NODES.textNode("X"), NODES.textNode(""), NODES.numberNode(1),
					NODES.textNode("gold"), NODES.textNode("x".repeat(300))));
			case COUNTRY -> bad.addAll(List.of(NODES.textNode("XX"), NODES.textNode("de"), NODES.textNode("DEU"),
					NODES.numberNode(1), NODES.textNode(""), NODES.textNode("CN")));
			case AREA -> bad.addAll(List.of(NODES.numberNode(0), NODES.numberNode(-9),
					NODES.numberNode(new BigDecimal("10000.01")), NODES.numberNode(new BigDecimal("17.999")),
					NODES.textNode("abc"), NODES.booleanNode(true), NODES.numberNode(new BigDecimal("1E+400"))));
			case YEARS -> bad.addAll(List.of(NODES.textNode("2025"), years(2025, 2025), years(1899), years(2101),
					NODES.arrayNode().add(new BigDecimal("2025.5")), NODES.arrayNode().addNull(),
					NODES.arrayNode().add("2025")));
		}
		if (field.kind() == Kind.ACCOUNT_NUMBER) {
			bad.addAll(List.of(NODES.textNode("12345"), NODES.textNode("6216 6102 0001 6587"), NODES.textNode("1".repeat(33))));
		}
		return bad;
	}

	/** The smallest and largest a field of the kind may hold. */
	private static List<JsonNode> extremes(Kind kind) {
		return switch (kind) {
			case MONEY -> List.of(NODES.textNode("0"), NODES.numberNode(0), NODES.textNode("999999999999.99"),
					NODES.numberNode(new BigDecimal("0.01")));
			case INT -> List.of(NODES.numberNode(1), NODES.numberNode(999));
			case SESSION -> List.of(NODES.numberNode(1), NODES.numberNode(999));
			case DATE -> List.of(NODES.textNode("0001-01-01"), NODES.textNode("9999-12-31"), NODES.textNode("2026-03-10"),
					NODES.textNode("2026-03-11"));
			case AREA -> List.of(NODES.textNode("0.01"), NODES.numberNode(10000), NODES.textNode("8.99"));
			case NAME -> List.of(NODES.textNode("展".repeat(200)), NODES.textNode("\u200b"));
			default -> List.of();
		};
	}

	private static JsonNode years(int... values) {
		var array = NODES.arrayNode();
		for (int value : values) {
			array.add(value);
		}
		return array;
	}

	private static ObjectNode enterprise() {
		return (ObjectNode) parse(ENTERPRISE);
	}

	private static ObjectNode enterpriseWith(String field, JsonNode value) {
		ObjectNode enterprise = enterprise();
		ObjectNode target = field.startsWith("bankAccount.") ? (ObjectNode) enterprise.get("bankAccount") : enterprise;
		target.set(field.substring(field.indexOf('.') + 1), value);
		return enterprise;
	}

	private static ObjectNode item(String base) {
		return (ObjectNode) parse(base);
	}

	private static ObjectNode itemWith(String base, String field, JsonNode value) {
		ObjectNode item = item(base);
		item.set(field, value);
		return item;
	}

	private static String body(ObjectNode enterprise, ObjectNode item) {
		ObjectNode body = NODES.objectNode();
		body.set("enterprise", enterprise);
		body.set("items", NODES.arrayNode().add(item));
		return body.toString();
	}

	private static List<Field> with(List<Field> fields, Field more) {
		List<Field> all = new ArrayList<>(fields);
		all.add(more);
		return all;
	}

	private static String shown(JsonNode value) {
		String text = value.toString();
		return text.length() > 24 ? text.substring(0, 20) + "…(" + text.length() + ")" : text;
	}

	private static JsonNode parse(String json) {
		try {
			return JSON.readTree(json);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
