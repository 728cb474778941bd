package cn.gov.jiangmen.subsidy.quote;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
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
 * Turns the JSON body of a quote or an application into a {@link ClaimRequest}. Strict on the
 * fields CONTRACT.md names, lenient on fields it does not; every error of the body is reported at
 * once, under the field's path.
 */
@Component
public class ClaimRequestReader {

	/** A request of 50 items is about 20 KB; anything far above is not a claim. */
	public static final int MAX_BODY_BYTES = 256 * 1024;

	public static final String WHOLE_BODY = "$";

	private final ObjectReader json;

	public ClaimRequestReader(ObjectMapper objectMapper) {
		this.json = objectMapper.reader().with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
	}

	/** Reads at most {@link #MAX_BODY_BYTES}; a longer body is refused before it is parsed. */
	public ClaimRequest read(InputStream body) {
		JsonNode root;
		try {
			byte[] bytes = body.readNBytes(MAX_BODY_BYTES + 1);
			if (bytes.length > MAX_BODY_BYTES) {
				throw new ClaimRequestTooLargeException(MAX_BODY_BYTES);
			}
			root = bytes.length == 0 ? null : json.readTree(bytes);
		}
		catch (JsonProcessingException ex) {
			throw invalid(WHOLE_BODY, "请求体不是合法的 JSON");
		}
		catch (IOException ex) {
			throw invalid(WHOLE_BODY, "无法读取请求体");
		}
		return read(root);
	}

	/** @throws InvalidClaimRequestException naming every offending field */
	public ClaimRequest read(JsonNode body) {
		if (body == null || body.isMissingNode() || !body.isObject()) {
			throw invalid(WHOLE_BODY, "请求体必须是 JSON 对象");
		}
		List<FieldError> errors = new ArrayList<>();
		JsonFields top = new JsonFields(body, "", errors);
		Enterprise enterprise = enterprise(top, errors);
		List<ClaimItem> items = items(top, errors);
		if (!errors.isEmpty()) {
			throw new InvalidClaimRequestException(errors);
		}
		return new ClaimRequest(enterprise, items);
	}

	private static Enterprise enterprise(JsonFields top, List<FieldError> errors) {
		JsonNode node = top.get("enterprise");
		if (node == null || !node.isObject()) {
			top.error("enterprise", node == null ? "必填" : "必须是 JSON 对象");
			return null;
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
		return fields.failedSince(mark) ? null : new Enterprise(creditCode, name, district, tradeRecord);
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

	private static InvalidClaimRequestException invalid(String field, String message) {
		return new InvalidClaimRequestException(List.of(new FieldError(field, message)));
	}
}
