package cn.gov.jiangmen.subsidy.notice;

/** An officer's handling of a public objection that cannot be done, said in Chinese. */
public class ObjectionDecisionException extends RuntimeException {

	ObjectionDecisionException(String message) {
		super(message);
	}

}
