package cn.gov.jiangmen.subsidy.system;

import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Lists shown in Camunda Forms. Tasklist shows a table only from a Json-typed variable, never
 * from a String holding JSON, so such values are stored as Spin Json.
 */
public final class SpinJson {

	private static final ObjectMapper JSON = new ObjectMapper();

	private SpinJson() {
	}

	public static TypedValue of(Object value) {
		try {
			return SpinValues.jsonValue(JSON.writeValueAsString(value)).create();
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

}
