package cn.gov.jiangmen.subsidy.quote;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import cn.gov.jiangmen.subsidy.quote.InvalidClaimRequestException.FieldError;

/**
 * Reads the known fields of one JSON object strictly, recording an error under the field's path and
 * returning null instead of throwing, so that one pass finds every error of a request.
 */
final class JsonFields {

	private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");

	/** NUMERIC(14,2) in the ledger. */
	private static final BigDecimal TOO_LARGE = new BigDecimal("1000000000000");

	private final JsonNode node;
	private final String path;
	private final List<FieldError> errors;

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

	/** Absent and JSON null are the same: not given. */
	JsonNode get(String name) {
		JsonNode value = node.get(name);
		return value == null || value.isNull() ? null : value;
	}

	private JsonNode required(String name) {
		JsonNode value = get(name);
		if (value == null) {
			error(name, "必填");
		}
		return value;
	}

	String text(String name) {
		JsonNode value = required(name);
		if (value == null) {
			return null;
		}
		if (!value.isTextual() || value.asText().isBlank()) {
			error(name, "必须是非空字符串");
			return null;
		}
		return value.asText();
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

	/** A whole number of at least {@code min}. */
	Integer integer(String name, int min) {
		JsonNode value = required(name);
		if (value == null) {
			return null;
		}
		if (!value.isIntegralNumber() || !value.canConvertToInt()) {
			error(name, "必须是整数");
			return null;
		}
		if (value.intValue() < min) {
			error(name, "不得小于 " + min);
			return null;
		}
		return value.intValue();
	}

	LocalDate date(String name) {
		String text = text(name);
		if (text == null) {
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

	/** Yuan: a JSON number or string, not negative, at most two decimals. */
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
			error(name, "金额过大");
			return null;
		}
		return amount.setScale(2);
	}

	/** A number above zero, e.g. an area in m². */
	BigDecimal positiveDecimal(String name) {
		JsonNode value = required(name);
		BigDecimal number = value == null ? null : decimal(name, value, "数值");
		if (number != null && number.signum() <= 0) {
			error(name, "必须大于 0");
			return null;
		}
		if (number != null && number.compareTo(TOO_LARGE) >= 0) {
			error(name, "数值过大");
			return null;
		}
		return number;
	}

	/**
	 * Never through a double: integral numbers are exact, a JSON float keeps its shortest decimal
	 * form, and a string must be a plain decimal.
	 */
	private BigDecimal decimal(String name, JsonNode value, String what) {
		if (value.isIntegralNumber()) {
			return new BigDecimal(value.bigIntegerValue());
		}
		if (value.isBigDecimal()) {
			return value.decimalValue();
		}
		if (value.isNumber()) {
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
