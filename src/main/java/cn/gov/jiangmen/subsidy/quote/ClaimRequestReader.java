package cn.gov.jiangmen.subsidy.quote;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

import cn.gov.jiangmen.subsidy.policy.ClaimItem;
import cn.gov.jiangmen.subsidy.policy.District;
import cn.gov.jiangmen.subsidy.policy.Enterprise;
import cn.gov.jiangmen.subsidy.quote.InvalidClaimRequestException.FieldError;
import cn.hutool.core.util.CreditCodeUtil;

/**
 * Turns the JSON body of a quote or an application into a {@link ClaimRequest}. Strict: one JSON
 * document and nothing after it, no key given twice, no field CONTRACT.md does not name, every value
 * of its type and in its range; every error of the body is reported at once, under the field's path.
 */
@Component
public class ClaimRequestReader {

	/** A request of 50 items is about 20 KB; anything far above is not a claim. */
	public static final int MAX_BODY_BYTES = 256 * 1024;

	public static final String WHOLE_BODY = "$";

	/** A customs record year per year since 1900 is more than any enterprise lists. */
	private static final int MAX_TRADE_YEARS = 200;

	private static final Map<String, String> NO_HINTS = Map.of();

	private final ObjectMapper mapper;
	private final ObjectReader json;

	public ClaimRequestReader(ObjectMapper objectMapper) {
		this.mapper = objectMapper;
		this.json = objectMapper.reader().with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
	}

	/** Reads at most {@link #MAX_BODY_BYTES}; a longer body is refused before it is parsed. */
	public ClaimRequest read(InputStream body) {
		return read(parse(body));
	}

	/**
	 * The body as one strict JSON document: at most {@link #MAX_BODY_BYTES} (else
	 * {@link ClaimRequestTooLargeException}), no key twice in an object, nothing after the document.
	 *
	 * @throws InvalidClaimRequestException naming the duplicated field, or {@code $}
	 */
	public JsonNode parse(InputStream body) {
		byte[] bytes;
		try {
			bytes = body.readNBytes(MAX_BODY_BYTES + 1);
		}
		catch (IOException ex) {
			throw invalid(WHOLE_BODY, "无法读取请求体");
		}
		if (bytes.length > MAX_BODY_BYTES) {
			throw new ClaimRequestTooLargeException(MAX_BODY_BYTES);
		}
		if (bytes.length == 0) {
			throw invalid(WHOLE_BODY, "请求体为空");
		}
		try (JsonParser parser = mapper.getFactory().createParser(bytes)) {
			parser.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
			JsonNode root;
			try {
				root = json.readTree(parser);
			}
			catch (JsonParseException ex) {
				if (ex.getMessage() != null && ex.getMessage().startsWith("Duplicate field")) {
					throw invalid(path(parser.getParsingContext()), "字段重复出现");
				}
				throw ex;
			}
			if (!atEnd(parser)) {
				throw invalid(WHOLE_BODY, "JSON 文档之后还有多余的内容");
			}
			return root;
		}
		catch (StreamConstraintsException ex) {
			throw invalid(WHOLE_BODY, "请求体嵌套过深或数字过长");
		}
		catch (JsonProcessingException ex) {
			throw invalid(WHOLE_BODY, "请求体不是合法的 JSON");
		}
		catch (IOException ex) {
			throw invalid(WHOLE_BODY, "无法读取请求体");
		}
	}

	/** @throws InvalidClaimRequestException naming every offending field */
	public ClaimRequest read(JsonNode body) {
		if (body == null || body.isMissingNode() || !body.isObject()) {
			throw invalid(WHOLE_BODY, "请求体必须是 JSON 对象");
		}
		List<FieldError> errors = new ArrayList<>();
		JsonFields top = new JsonFields(body, "", errors);
		Applicant applicant = applicant(top, errors);
		List<ClaimItem> items = items(top, errors);
		top.rejectUnknown(NO_HINTS);
		if (!errors.isEmpty()) {
			throw new InvalidClaimRequestException(errors);
		}
		return new ClaimRequest(applicant.enterprise(), items, applicant.bankAccount());
	}

	/** The {@code enterprise} object: the applicant as the rules see it, and where it is paid. */
	private record Applicant(Enterprise enterprise, BankAccount bankAccount) {
	}

	private static Applicant applicant(JsonFields top, List<FieldError> errors) {
		JsonNode node = top.get("enterprise");
		if (node == null || !node.isObject()) {
			top.error("enterprise", node == null ? "必填" : "必须是 JSON 对象");
			return new Applicant(null, null);
		}
		JsonFields fields = new JsonFields(node, "enterprise", errors);
		int mark = fields.mark();
		String creditCode = fields.text("creditCode");
		if (creditCode != null && !CreditCodeUtil.isCreditCode(creditCode)) {
			fields.error("creditCode", "不是有效的统一社会信用代码（18位，校验码须正确）");
		}
		String name = fields.text("name");
		District district = fields.enumValue("district", District.class);
		Boolean tradeRecord = fields.bool("tradeRecordSince2024");
		Set<Integer> tradeYears = fields.optionalIntegerSet("tradeYears", Enterprise.FIRST_TRADE_YEAR,
				Enterprise.LAST_TRADE_YEAR, MAX_TRADE_YEARS);
		BankAccount bankAccount = bankAccount(fields.optionalObject("bankAccount"));
		fields.rejectUnknown(NO_HINTS);
		if (fields.failedSince(mark)) {
			return new Applicant(null, null);
		}
		return new Applicant(Enterprise.withTradeYears(creditCode, name, district, tradeRecord, tradeYears),
				bankAccount);
	}

	/** CONTRACT: {@code enterprise.bankAccount}, optional; when given, all three fields. */
	private static BankAccount bankAccount(JsonFields fields) {
		if (fields == null) {
			return null;
		}
		int mark = fields.mark();
		String bankName = fields.text("bankName", BankAccount.MAX_BANK_NAME);
		String accountName = fields.text("accountName", BankAccount.MAX_ACCOUNT_NAME);
		String accountNumber = fields.text("accountNumber", BankAccount.MAX_ACCOUNT_DIGITS);
		if (accountNumber != null && !BankAccount.isAccountNumber(accountNumber)) {
			fields.error("accountNumber", "银行账号须为 " + BankAccount.MIN_ACCOUNT_DIGITS + " 至 "
					+ BankAccount.MAX_ACCOUNT_DIGITS + " 位数字，不含空格或符号");
		}
		fields.rejectUnknown(NO_HINTS);
		return fields.failedSince(mark) ? null : new BankAccount(bankName, accountName, accountNumber);
	}

	private static List<ClaimItem> items(JsonFields top, List<FieldError> errors) {
		JsonNode node = top.get("items");
		if (node == null || !node.isArray()) {
			top.error("items", node == null ? "必填" : "必须是数组");
			return List.of();
		}
		if (node.isEmpty() || node.size() > ClaimRequest.MAX_ITEMS) {
			top.error("items", "须有 1 至 " + ClaimRequest.MAX_ITEMS + " 项，实有 " + node.size() + " 项");
			return List.of();
		}
		List<ClaimItem> items = new ArrayList<>();
		for (int index = 0; index < node.size(); index++) {
			String path = "items[" + index + "]";
			JsonNode item = node.get(index);
			if (!item.isObject()) {
				errors.add(new FieldError(path, "必须是 JSON 对象"));
				continue;
			}
			ClaimItem read = ClaimItemReader.read(new JsonFields(item, path, errors));
			if (read != null) {
				items.add(read);
			}
		}
		return items;
	}

	/** Nothing but whitespace after the document; text that is not JSON at all counts as content too. */
	private static boolean atEnd(JsonParser parser) throws IOException {
		try {
			return parser.nextToken() == null;
		}
		catch (JsonProcessingException notJson) {
			return false;
		}
	}

	/** items[0].fees, enterprise.name: where the parser stood. */
	private static String path(JsonStreamContext context) {
		List<String> parts = new ArrayList<>();
		for (JsonStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
			if (at.inArray()) {
				parts.add(0, "[" + Math.max(0, at.getCurrentIndex()) + "]");
			}
			else if (at.getCurrentName() != null) {
				parts.add(0, "." + at.getCurrentName());
			}
		}
		String path = String.join("", parts);
		return path.isEmpty() ? WHOLE_BODY : path.startsWith(".") ? path.substring(1) : path;
	}

	private static InvalidClaimRequestException invalid(String field, String message) {
		return new InvalidClaimRequestException(List.of(new FieldError(field, message)));
	}
}
