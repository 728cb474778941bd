package cn.gov.jiangmen.subsidy.refusal;

/** The caller may see the thing but not do this to it (recording objections is the city's, say). */
public final class NotAllowedException extends RefusedException {

	public NotAllowedException(String message) {
		super(message);
	}

}
