package cn.gov.jiangmen.subsidy.attachment;

/** An upload, listing, download or removal of evidence that is refused, with the reason in Chinese. */
public class EvidenceRefusedException extends RuntimeException {

	/** Why, as the API answers it: 400, 413, 409, 403, 404. */
	public enum Kind {
		INVALID(400), TOO_LARGE(413), WRONG_STATUS(409), FORBIDDEN(403), NOT_FOUND(404);

		private final int status;

		Kind(int status) {
			this.status = status;
		}

		public int status() {
			return status;
		}
	}

	private final Kind kind;
	private final String field;

	EvidenceRefusedException(Kind kind, String field, String message) {
		super(message);
		this.kind = kind;
		this.field = field;
	}

	public Kind kind() {
		return kind;
	}

	/** The request field at fault ({@code file}, {@code itemIndex}), or null. */
	public String field() {
		return field;
	}

	static EvidenceRefusedException notFound() {
		return new EvidenceRefusedException(Kind.NOT_FOUND, null, "材料不存在");
	}

}
