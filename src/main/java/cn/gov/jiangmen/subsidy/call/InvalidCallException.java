package cn.gov.jiangmen.subsidy.call;

import java.util.Map;

/** A call that cannot be published as typed: each offending field with its reason in Chinese. */
public class InvalidCallException extends RuntimeException {

	private final Map<String, String> errors;

	InvalidCallException(Map<String, String> errors) {
		super("invalid call: " + errors);
		this.errors = Map.copyOf(errors);
	}

	public Map<String, String> errors() {
		return errors;
	}

}
