package cn.gov.jiangmen.subsidy.portal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.gov.jiangmen.subsidy.portal.ItemFields.Field;

/**
 * What is wrong with a page's form, in the words the clerk reads: beside each field ("请填写参展实际费用（元）"
 * rather than the API's "必填"), and in a summary at the top that names each field and links to it.
 */
public final class FieldErrors {

	/** One line of the summary: the id of the field it leads to, and what to do there. */
	public record Link(String anchor, String text) {
	}

	private static final Pattern ITEM_FIELD = Pattern.compile("items\\[(\\d+)]\\.(\\w+)(?:\\..*)?");
	private static final Pattern ITEM = Pattern.compile("items\\[(\\d+)](?:\\..*)?");

	/** Shown in its own notice (no field to lead to). */
	static final String CALL = "call";

	private final Map<String, String> messages;
	private final List<Link> links;

	private FieldErrors(Map<String, String> messages, List<Link> links) {
		this.messages = messages;
		this.links = links;
	}

	public static FieldErrors none() {
		return new FieldErrors(Map.of(), List.of());
	}

	/** The errors by the form's field paths ({@code items[0].expenses}, {@code pledge}) as the page shows them. */
	static FieldErrors of(Map<String, String> errors, DraftForm form) {
		Map<String, String> messages = new LinkedHashMap<>();
		List<Link> links = new ArrayList<>();
		errors.forEach((path, message) -> {
			Matcher field = ITEM_FIELD.matcher(path);
			Matcher item = ITEM.matcher(path);
			if (field.matches()) {
				int index = Integer.parseInt(field.group(1));
				String type = index < form.items.size() ? form.items.get(index).get("type") : null;
				Field known = ItemFields.of(type).stream().filter(f -> f.name().equals(field.group(2))).findFirst().orElse(null);
				String label = known == null ? field.group(2) : known.label();
				String shown = "必填".equals(message) ? (known != null && !known.options().isEmpty() ? "请选择" : "请填写") + label
						: message;
				messages.put(path, shown);
				String where = "第" + (index + 1) + "项 " + ItemFields.label(type);
				links.add(new Link("items-" + index + "-" + field.group(2),
						where + "：" + (shown.contains(label) ? shown : label + " " + shown)));
			}
			else if (item.matches()) {
				messages.put(path, message);
				links.add(new Link("item-" + item.group(1), "第" + (Integer.parseInt(item.group(1)) + 1) + "项：" + message));
			}
			else if (path.equals("items")) {
				String shown = "必填".equals(message) ? "请至少添加一项申报事项" : message;
				messages.put(path, shown);
				links.add(new Link("newType", "申报事项：" + shown));
			}
			else if (path.startsWith("enterprise.")) {
				String name = path.substring(path.lastIndexOf('.') + 1);
				messages.put("enterprise." + name, message);
				links.add(new Link("enterprise-" + name, "企业信息：" + message));
			}
			else if (!path.equals(CALL)) {
				messages.put(path, message);
				links.add(new Link(path, switch (path) {
					case "pledge" -> "承诺：" + message;
					case "file" -> "申报材料：" + message;
					default -> message;
				}));
			}
			else {
				messages.put(path, message);
			}
		});
		return new FieldErrors(messages, links);
	}

	/** The message beside the field of that path, or null. */
	public String get(String path) {
		return messages.get(path);
	}

	public List<Link> getLinks() {
		return links;
	}

	public boolean isEmpty() {
		return messages.isEmpty();
	}

}
