package cn.gov.jiangmen.subsidy.refusal;

/**
 * The request is sound but comes at the wrong step (an objection outside the notice period, a
 * clawback of money not paid), or needs a fact that is not known yet (the holidays of a year).
 */
public final class WrongStatusException extends RefusedException {

	public WrongStatusException(String message) {
		super(message);
	}

}
