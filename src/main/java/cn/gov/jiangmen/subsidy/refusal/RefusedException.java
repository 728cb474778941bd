package cn.gov.jiangmen.subsidy.refusal;

/**
 * Why the application refuses what a user asked: the services throw one of these, never an HTTP
 * status. The REST edge ({@code api/ProblemResponses}) answers each kind with its RFC 9457 problem,
 * the procedure's forms with the message. The message is Chinese and names nothing the user did not
 * name.
 */
public abstract sealed class RefusedException extends RuntimeException
		permits NotFoundException, NotAllowedException, WrongStatusException, InvalidFieldsException, TooLargeException {

	protected RefusedException(String message) {
		super(message);
	}

}
