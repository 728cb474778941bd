package cn.gov.jiangmen.subsidy.security;

import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The variables a Camunda Form (form-js, schemaVersion 16) sends when it is submitted: the key of
 * every field, and for a group or dynamic list bound to a {@code path} the path alone (its fields
 * travel inside it). Display components (text, html, table) have no key and send nothing.
 */
final class FormFields {

	private static final ObjectMapper JSON = new ObjectMapper();

	private FormFields() {
	}

	static Set<String> submittedBy(String formJson) {
		try {
			Set<String> names = new TreeSet<>();
			collect(JSON.readTree(formJson).path("components"), names);
			return names;
		}
		catch (JsonProcessingException e) {
			throw new IllegalArgumentException("not a Camunda Form", e);
		}
	}

	private static void collect(JsonNode components, Set<String> names) {
		for (JsonNode component : components) {
			String path = component.path("path").asText("");
			String key = component.path("key").asText("");
			if (!path.isBlank()) {
				names.add(firstSegment(path));
			}
			else {
				if (!key.isBlank()) {
					names.add(firstSegment(key));
				}
				collect(component.path("components"), names);
			}
		}
	}

	/** form-js reads a dotted key as a path into a nested object: the variable is its first segment. */
	private static String firstSegment(String key) {
		int dot = key.indexOf('.');
		return dot < 0 ? key : key.substring(0, dot);
	}

}
