package cn.gov.jiangmen.subsidy.policy;

import java.time.LocalDate;

/** A rule asked for a parameter on a date no value covers: never read as zero. */
public class MissingParameterException extends RuntimeException {

	public MissingParameterException(String name, LocalDate date) {
		super("参数 " + name + " 在 " + date + " 没有取值");
	}
}
