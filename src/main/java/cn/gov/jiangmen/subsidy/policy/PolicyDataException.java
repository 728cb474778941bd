package cn.gov.jiangmen.subsidy.policy;

/**
 * A parameter file that breaks its legal text or leaves a day of its period without a value: refused
 * when it is loaded, so that the application does not start with it, rather than failing on the
 * first claim. The message names the value, its days and its article.
 */
public class PolicyDataException extends IllegalArgumentException {

	public PolicyDataException(String message) {
		super(message);
	}
}
