package cn.gov.jiangmen.subsidy.refusal;

/** A request body above its limit: refused before it is read (CONTRACT round 2: 413). */
public final class TooLargeException extends RefusedException {

	private final int limitBytes;

	public TooLargeException(int limitBytes) {
		super("请求体不得超过 " + limitBytes / 1024 + " KB");
		this.limitBytes = limitBytes;
	}

	public int limitBytes() {
		return limitBytes;
	}
}
