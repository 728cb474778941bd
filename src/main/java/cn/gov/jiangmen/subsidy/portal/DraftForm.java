package cn.gov.jiangmen.subsidy.portal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.util.MultiValueMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.gov.jiangmen.subsidy.portal.ItemFields.Field;
import cn.gov.jiangmen.subsidy.identity.EnterpriseDirectory.EnterpriseAccount;

/**
 * The items and enterprise details as the clerk typed them, kept as text so that a draft keeps
 * even what is not valid yet. {@link #request} turns them into the JSON body of CONTRACT.md: the
 * same reader as {@code POST /api/applications} then checks it and names each wrong field by the
 * same path the page's inputs carry ({@code items[0].expenses}).
 */
public final class DraftForm {

	static final List<String> ENTERPRISE_FIELDS = List.of("tradeRecordSince2024", "bankName", "accountName",
			"accountNumber");

	/** Items kept per draft: as many as one request takes. */
	static final int MAX_ITEMS = 50;

	private static final Pattern ITEM_PARAM = Pattern.compile("items\\[(\\d{1,2})]\\.([A-Za-z0-9]+)");

	final Map<String, String> enterprise;
	final List<Map<String, String>> items;
	/** For a correction: the index each item had in the application when it was returned (null for new ones). */
	final List<Integer> origins;

	DraftForm(Map<String, String> enterprise, List<Map<String, String>> items, List<Integer> origins) {
		this.enterprise = enterprise;
		this.items = items;
		this.origins = origins;
	}

	public Map<String, String> getEnterprise() {
		return enterprise;
	}

	public List<Map<String, String>> getItems() {
		return items;
	}

	public List<Integer> getOrigins() {
		return origins;
	}

	static DraftForm empty() {
		Map<String, String> enterprise = new LinkedHashMap<>();
		enterprise.put("tradeRecordSince2024", "true");
		return new DraftForm(enterprise, new ArrayList<>(), new ArrayList<>());
	}

	/** What the page's form posted: only known fields of known items are kept. */
	static DraftForm fromParams(MultiValueMap<String, String> params) {
		Map<String, String> enterprise = new LinkedHashMap<>();
		for (String name : ENTERPRISE_FIELDS) {
			String value = params.getFirst("enterprise." + name);
			if (value != null && !value.isBlank()) {
				enterprise.put(name, value.strip());
			}
		}
		Map<Integer, Map<String, String>> byIndex = new java.util.TreeMap<>();
		for (Map.Entry<String, List<String>> param : params.entrySet()) {
			Matcher m = ITEM_PARAM.matcher(param.getKey());
			if (m.matches() && !param.getValue().isEmpty()) {
				byIndex.computeIfAbsent(Integer.valueOf(m.group(1)), i -> new LinkedHashMap<>())
					.put(m.group(2), param.getValue().get(param.getValue().size() - 1).strip());
			}
		}
		List<Map<String, String>> items = new ArrayList<>();
		List<Integer> origins = new ArrayList<>();
		for (Map<String, String> fields : byIndex.values()) {
			String type = fields.get("type");
			if (ItemFields.of(type).isEmpty() || items.size() >= MAX_ITEMS) {
				continue;
			}
			Map<String, String> item = new LinkedHashMap<>();
			item.put("type", type);
			for (Field field : ItemFields.of(type)) {
				String value = fields.get(field.name());
				if (value != null && !value.isBlank()) {
					item.put(field.name(), value.length() > 200 ? value.substring(0, 200) : value);
				}
			}
			items.add(item);
			String origin = fields.get("origin");
			origins.add(origin == null || !origin.matches("\\d{1,2}") ? null : Integer.valueOf(origin));
		}
		return new DraftForm(enterprise, items, origins);
	}

	static DraftForm fromJson(JsonNode json) {
		Map<String, String> enterprise = new LinkedHashMap<>();
		json.path("enterprise").fields().forEachRemaining(e -> enterprise.put(e.getKey(), e.getValue().asText()));
		List<Map<String, String>> items = new ArrayList<>();
		List<Integer> origins = new ArrayList<>();
		for (JsonNode node : json.path("items")) {
			Map<String, String> item = new LinkedHashMap<>();
			node.fields().forEachRemaining(e -> {
				if (!e.getKey().equals("origin")) {
					item.put(e.getKey(), e.getValue().asText());
				}
			});
			items.add(item);
			origins.add(node.has("origin") ? node.get("origin").asInt() : null);
		}
		return new DraftForm(enterprise, items, origins);
	}

	JsonNode toJson(ObjectMapper json) {
		ObjectNode root = json.createObjectNode();
		root.set("enterprise", json.valueToTree(enterprise));
		var array = root.putArray("items");
		for (int i = 0; i < items.size(); i++) {
			ObjectNode item = json.valueToTree(items.get(i));
			if (origins.get(i) != null) {
				item.put("origin", origins.get(i));
			}
			array.add(item);
		}
		return root;
	}

	void add(String type) {
		if (!ItemFields.of(type).isEmpty() && items.size() < MAX_ITEMS) {
			Map<String, String> item = new LinkedHashMap<>();
			item.put("type", type);
			if (type.endsWith("EXHIBITION") && !type.startsWith("DOMESTIC")) {
				item.put("boothKind", "STANDARD");
			}
			items.add(item);
			origins.add(null);
		}
	}

	void remove(int index) {
		if (index >= 0 && index < items.size()) {
			items.remove(index);
			origins.remove(index);
		}
	}

	boolean isEmpty() {
		return items.isEmpty();
	}

	/** The request body of CONTRACT.md; who the enterprise is comes from the account, never from the form. */
	ObjectNode request(EnterpriseAccount account, KeyExhibitions plan) {
		JsonNodeFactory nodes = JsonNodeFactory.instance;
		ObjectNode root = nodes.objectNode();
		ObjectNode who = root.putObject("enterprise");
		who.put("creditCode", account.creditCode());
		who.put("name", account.enterpriseName());
		who.put("district", account.district());
		who.put("tradeRecordSince2024", checked(enterprise.get("tradeRecordSince2024")));
		if (ENTERPRISE_FIELDS.subList(1, 4).stream().anyMatch(enterprise::containsKey)) {
			ObjectNode bank = who.putObject("bankAccount");
			for (String name : ENTERPRISE_FIELDS.subList(1, 4)) {
				bank.put(name, enterprise.getOrDefault(name, ""));
			}
		}
		var array = root.putArray("items");
		for (Map<String, String> typed : items) {
			String type = typed.get("type");
			ObjectNode item = array.addObject();
			item.put("type", type);
			boolean special = "SPECIAL".equals(typed.get("boothKind"));
			for (Field field : ItemFields.of(type)) {
				String value = typed.get(field.name());
				if (field.name().equals("booths") && special || field.name().equals("areaSqm") && !special
						&& typed.containsKey("boothKind")) {
					continue;
				}
				if (field.isCheck()) {
					if (!field.optional() || checked(value)) {
						item.put(field.name(), checked(value));
					}
				}
				else if (value != null && !value.isBlank()) {
					if (field.kind() == ItemFields.Kind.WHOLE && value.matches("\\d{1,9}")) {
						item.put(field.name(), Integer.parseInt(value));
					}
					else {
						item.put(field.name(), value);
					}
				}
			}
			if (plan.configuredFor(type) && plan.listed(type, typed.get("exhibitionName"))) {
				item.put("keyPlan", true);
			}
		}
		return root;
	}

	/** The items of the request (for the supplement task, which takes the items only). */
	JsonNode itemsOf(EnterpriseAccount account, KeyExhibitions plan) {
		return request(account, plan).get("items");
	}

	static boolean checked(String value) {
		return "true".equals(value) || "on".equals(value);
	}

}
