package cn.gov.jiangmen.subsidy.policy;

import java.util.Objects;

/**
 * Booths an enterprise already holds at an exhibition project: from an earlier application that is
 * neither rejected nor withdrawn ({@code applicationId}), or from an earlier item of the request
 * being assessed ({@code applicationId} null). {@code itemIndex} counts from 0.
 */
public record HeldBooths(String applicationId, int itemIndex, BoothUse use) {

	public HeldBooths {
		Objects.requireNonNull(use, "use");
	}

	/** 申报 JM-2026-000001 第1项, or 本申报第1项. */
	String holder() {
		return (applicationId == null ? "本申报" : "申报 " + applicationId + " ") + "第" + (itemIndex + 1) + "项";
	}
}
