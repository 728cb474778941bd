package cn.gov.jiangmen.subsidy.quote;

/** A request body above {@link ClaimRequestReader#MAX_BODY_BYTES}; answered with 413 and a problem body. */
public class ClaimRequestTooLargeException extends RuntimeException {

	public ClaimRequestTooLargeException(int limit) {
		super("request body larger than " + limit + " bytes");
	}
}
