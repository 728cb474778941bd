package cn.gov.jiangmen.subsidy.notice;

import java.time.Duration;
import java.util.Map;

/**
 * An objection that is not taken, with the reason in the visitor's words: the notice's period is
 * over, the address has sent too many, or fields are missing or wrong (each named).
 */
public class ObjectionRefusedException extends RuntimeException {

	public enum Why {
		PERIOD_OVER, TOO_MANY, INVALID
	}

	private final Why why;
	private final Map<String, String> fields;
	private final Duration retryAfter;

	ObjectionRefusedException(Why why, String message, Map<String, String> fields, Duration retryAfter) {
		super(message);
		this.why = why;
		this.fields = Map.copyOf(fields);
		this.retryAfter = retryAfter;
	}

	static ObjectionRefusedException periodOver(Notice notice) {
		return new ObjectionRefusedException(Why.PERIOD_OVER, "公示期已于 " + notice.lastDay()
				+ " 结束（北京时间当日24时），不再受理异议。", Map.of(), null);
	}

	static ObjectionRefusedException tooMany(Duration retryAfter) {
		long minutes = Math.max(1, (retryAfter.toSeconds() + 59) / 60);
		return new ObjectionRefusedException(Why.TOO_MANY, "提交过于频繁，请约 " + minutes
				+ " 分钟后再试；如需反映多项问题，可在一份异议中一并说明。", Map.of(), retryAfter);
	}

	static ObjectionRefusedException invalid(Map<String, String> fields) {
		return new ObjectionRefusedException(Why.INVALID, "请检查标出的栏目。", fields, null);
	}

	public Why why() {
		return why;
	}

	/** Field name → what is wrong with it, in Chinese. */
	public Map<String, String> fields() {
		return fields;
	}

	public Duration retryAfter() {
		return retryAfter;
	}

}
