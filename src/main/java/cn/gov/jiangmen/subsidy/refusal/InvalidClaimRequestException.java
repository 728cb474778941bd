package cn.gov.jiangmen.subsidy.refusal;

import java.util.List;

/** A malformed request body; carries every offending field, named by its path in the JSON body. */
public class InvalidClaimRequestException extends RuntimeException {

	/** {@code field} is a path such as {@code items[2].country}; {@code $} is the body as a whole. */
	public record FieldError(String field, String message) {
	}

	private final List<FieldError> errors;

	public InvalidClaimRequestException(List<FieldError> errors) {
		super(errors.size() + " invalid field(s): " + errors);
		if (errors.isEmpty()) {
			throw new IllegalArgumentException("an invalid request has at least one error");
		}
		this.errors = List.copyOf(errors);
	}

	public List<FieldError> errors() {
		return errors;
	}
}
