package cn.gov.jiangmen.subsidy.call;

import java.time.LocalDate;

/** A submission while no call for applications is open (第十三条 "按照申报通知要求"): 409. */
public class NoOpenCallException extends RuntimeException {

	public static final String MESSAGE = "当前没有开放的申报通知，暂不能提交申报。请留意市商务局发布的申报通知，在申报时间内提交。";

	public NoOpenCallException(LocalDate day) {
		super(MESSAGE + "（" + day + "）");
	}

}
