package cn.gov.jiangmen.subsidy.quote;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import cn.gov.jiangmen.subsidy.quote.InvalidClaimRequestException.FieldError;
import cn.hutool.core.text.TextSimilarity;

/**
 * Reads the known fields of one JSON object strictly, recording an error under the field's path and
 * returning null instead of throwing, so that one pass finds every error of a request. Every field
 * read is known; {@link #rejectUnknown} then names each field of the object nobody read.
 */
final class JsonFields {

	private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

	/** ISO 8601 calendar dates with a year of exactly four digits. */
	private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

	/** NUMERIC(14,2) in the ledger. */
	private static final BigDecimal TOO_LARGE = new BigDecimal("1000000000000");

	/** Enterprise names are VARCHAR(200); an enum value or a code is far shorter. */
	static final int DEFAULT_MAX_LENGTH = 200;

	/** How close a misspelt field name must be to a known one to be suggested. */
	private static final double SUGGESTION_SIMILARITY = 0.75;

	private final JsonNode node;
	private final String path;
	private final List<FieldError> errors;
	private final Set<String> known = new LinkedHashSet<>();

	JsonFields(JsonNode node, String path, List<FieldError> errors) {
		this.node = node;
		this.path = path;
		this.errors = errors;
	}

	/** With {@link #failedSince}: build a value only when none of its fields failed. */
	int mark() {
		return errors.size();
	}

	boolean failedSince(int mark) {
		return errors.size() > mark;
	}

	String path(String name) {
		return path.isEmpty() ? name : path + "." + name;
	}

	void error(String name, String message) {
		errors.add(new FieldError(path(name), message));
	}

	/** Absent and JSON null are the same: not given. Whatever is asked for is a known field. */
	JsonNode get(String name) {
		known.add(name);
		JsonNode value = node.get(name);
		return value == null || value.isNull() ? null : value;
	}

	/**
	 * Every field of the object that was not read is an error: a typo such as {@code otherSubsidy}
	 * would otherwise be a claim quietly left out. {@code hints} explain fields that belong
	 * elsewhere; a name close to a known one is suggested.
	 */
	void rejectUnknown(Map<String, String> hints) {
		Iterator<String> names = node.fieldNames();
		while (names.hasNext()) {
			String name = names.next();
			if (!known.contains(name)) {
				error(name, hints.getOrDefault(name, suggestion(name)));
			}
		}
	}

	private String suggestion(String name) {
		return known.stream()
			.filter(candidate -> TextSimilarity.similar(candidate.toLowerCase(), name.toLowerCase()) >= SUGGESTION_SIMILARITY)
			.findFirst()
			.map(candidate -> "未知字段，是否应为 " + candidate + "？")
			.orElse("未知字段");
	}

	private JsonNode required(String name) {
		JsonNode value = get(name);
		if (value == null) {
			error(name, "必填");
		}
		return value;
	}

	String text(String name) {
		return text(name, DEFAULT_MAX_LENGTH);
	}

	String text(String name, int maxLength) {
		JsonNode value = required(name);
		return value == null ? null : asText(name, value, maxLength);
	}

	/** Not given is null; given but blank, too long or not a string is an error. */
	String optionalText(String name, int maxLength) {
		JsonNode value = get(name);
		return value == null ? null : asText(name, value, maxLength);
	}

	private String asText(String name, JsonNode value, int maxLength) {
		if (!value.isTextual() || value.asText().isBlank()) {
			error(name, "必须是非空字符串");
			return null;
		}
		String text = value.asText();
		if (text.length() > maxLength) {
			error(name, "不得超过 " + maxLength + " 个字符");
			return null;
		}
		boolean unreadable = text.codePoints()
			.anyMatch(cp -> Character.isISOControl(cp) || Character.getType(cp) == Character.SURROGATE);
		if (unreadable) {
			error(name, "含有控制字符或无效字符");
			return null;
		}
		return text;
	}

	Boolean bool(String name) {
		JsonNode value = required(name);
		return value == null ? null : asBool(name, value);
	}

	boolean optionalBool(String name) {
		JsonNode value = get(name);
		Boolean result = value == null ? Boolean.FALSE : asBool(name, value);
		return Boolean.TRUE.equals(result);
	}

	private Boolean asBool(String name, JsonNode value) {
		if (!value.isBoolean()) {
			error(name, "必须是 true 或 false");
			return null;
		}
		return value.booleanValue();
	}

	/** A whole number from {@code min} to {@code max}. */
	Integer integer(String name, int min, int max) {
		JsonNode value = required(name);
		return value == null ? null : asInteger(name, value, min, max);
	}

	/** Not given is null; given but not a whole number in range is an error. */
	Integer optionalInteger(String name, int min, int max) {
		JsonNode value = get(name);
		return value == null ? null : asInteger(name, value, min, max);
	}

	private Integer asInteger(String name, JsonNode value, int min, int max) {
		if (!value.isIntegralNumber()) {
			error(name, "必须是整数");
			return null;
		}
		if (!value.canConvertToInt() || value.intValue() < min || value.intValue() > max) {
			error(name, "必须在 " + min + " 至 " + max + " 之间");
			return null;
		}
		return value.intValue();
	}

	/** A list of distinct whole numbers from {@code min} to {@code max}, at most {@code maxSize} of them. */
	Set<Integer> optionalIntegerSet(String name, int min, int max, int maxSize) {
		JsonNode value = get(name);
		if (value == null) {
			return null;
		}
		if (!value.isArray()) {
			error(name, "必须是整数数组");
			return null;
		}
		if (value.size() > maxSize) {
			error(name, "最多 " + maxSize + " 项");
			return null;
		}
		int mark = mark();
		Set<Integer> result = new TreeSet<>();
		for (int index = 0; index < value.size(); index++) {
			String element = name + "[" + index + "]";
			JsonNode number = value.get(index);
			if (number.isNull()) {
				error(element, "必须是整数");
				continue;
			}
			Integer read = asInteger(element, number, min, max);
			if (read != null && !result.add(read)) {
				error(element, "重复：" + read);
			}
		}
		return failedSince(mark) ? null : result;
	}

	/** A nested JSON object, or null when not given. */
	JsonFields optionalObject(String name) {
		JsonNode value = get(name);
		if (value == null) {
			return null;
		}
		if (!value.isObject()) {
			error(name, "必须是 JSON 对象");
			return null;
		}
		return new JsonFields(value, path(name), errors);
	}

	LocalDate date(String name) {
		JsonNode value = required(name);
		return value == null ? null : asDate(name, value);
	}

	LocalDate optionalDate(String name) {
		JsonNode value = get(name);
		return value == null ? null : asDate(name, value);
	}

	/** ISO {@code YYYY-MM-DD}: a year of four digits, a day that exists. */
	private LocalDate asDate(String name, JsonNode value) {
		String text = value.isTextual() ? value.asText() : null;
		if (text == null || !DATE.matcher(text).matches()) {
			error(name, "必须是 YYYY-MM-DD 格式的日期（年份为四位数字）");
			return null;
		}
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			error(name, "必须是有效日期 YYYY-MM-DD");
			return null;
		}
	}

	<E extends Enum<E>> E enumValue(String name, Class<E> type) {
		String text = text(name);
		if (text == null) {
			return null;
		}
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(text)) {
				return constant;
			}
		}
		error(name, "取值必须是 " + Arrays.toString(type.getEnumConstants()) + " 之一");
		return null;
	}

	BigDecimal money(String name) {
		JsonNode value = required(name);
		return value == null ? null : asMoney(name, value);
	}

	/** Not given is null; given but malformed is an error. */
	BigDecimal optionalMoney(String name) {
		JsonNode value = get(name);
		return value == null ? null : asMoney(name, value);
	}

	/** Yuan: a JSON number or string, not negative, at most two decimals, below 10^12. */
	private BigDecimal asMoney(String name, JsonNode value) {
		BigDecimal amount = decimal(name, value, "金额");
		if (amount == null) {
			return null;
		}
		if (amount.signum() < 0) {
			error(name, "金额不得为负数");
			return null;
		}
		if (amount.stripTrailingZeros().scale() > 2) {
			error(name, "金额最多两位小数");
			return null;
		}
		if (amount.compareTo(TOO_LARGE) >= 0) {
			error(name, "金额过大，须小于 " + TOO_LARGE.toPlainString());
			return null;
		}
		return amount.setScale(2);
	}

	/** A number above zero and at most {@code max}, with at most {@code maxDecimals} decimals, e.g. an area in m². */
	BigDecimal positiveDecimal(String name, BigDecimal max, int maxDecimals) {
		JsonNode value = required(name);
		return value == null ? null : asPositiveDecimal(name, value, max, maxDecimals);
	}

	BigDecimal optionalPositiveDecimal(String name, BigDecimal max, int maxDecimals) {
		JsonNode value = get(name);
		return value == null ? null : asPositiveDecimal(name, value, max, maxDecimals);
	}

	private BigDecimal asPositiveDecimal(String name, JsonNode value, BigDecimal max, int maxDecimals) {
		BigDecimal number = decimal(name, value, "数值");
		if (number == null) {
			return null;
		}
		if (number.signum() <= 0) {
			error(name, "必须大于 0");
			return null;
		}
		if (number.stripTrailingZeros().scale() > maxDecimals) {
			error(name, "最多 " + maxDecimals + " 位小数");
			return null;
		}
		if (number.compareTo(max) > 0) {
			error(name, "不得大于 " + max.toPlainString());
			return null;
		}
		return number;
	}

	/**
	 * Never through a double: integral numbers are exact, a JSON float keeps its shortest decimal
	 * form, and a string must be a plain decimal. A float another mapper read as infinite is refused.
	 */
	private BigDecimal decimal(String name, JsonNode value, String what) {
		if (value.isIntegralNumber()) {
			return new BigDecimal(value.bigIntegerValue());
		}
		if (value.isBigDecimal()) {
			return value.decimalValue();
		}
		if (value.isNumber()) {
			if (!Double.isFinite(value.doubleValue())) {
				error(name, what + "超出范围");
				return null;
			}
			return new BigDecimal(value.asText());
		}
		String text = value.isTextual() ? value.asText() : "";
		if (!DECIMAL.matcher(text).matches()) {
			error(name, what + "必须是数字或数字字符串");
			return null;
		}
		return new BigDecimal(text);
	}
}
