package cn.gov.jiangmen.subsidy.refusal;

import java.util.List;

/** What a user sent is malformed; carries every offending field, named by its path in the request. */
public final class InvalidFieldsException extends RefusedException {

	/** {@code field} is a path such as {@code items[2].country}; {@code $} is the body as a whole. */
	public record FieldError(String field, String message) {
	}

	private final List<FieldError> errors;

	public InvalidFieldsException(List<FieldError> errors) {
		super(errors.size() + " invalid field(s): " + errors);
		if (errors.isEmpty()) {
			throw new IllegalArgumentException("an invalid request has at least one error");
		}
		this.errors = List.copyOf(errors);
	}

	public static InvalidFieldsException of(String field, String message) {
		return new InvalidFieldsException(List.of(new FieldError(field, message)));
	}

	public List<FieldError> errors() {
		return errors;
	}
}
