package cn.gov.jiangmen.subsidy.application;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** One row of app_application. */
public record ApplicationRecord(String id, String creditCode, String enterpriseName, String district,
		boolean tradeRecordSince2024, ApplicationStatus status, String processInstanceId, String policyId,
		String requestJson, String assessmentJson, BigDecimal total, String submittedBy,
		OffsetDateTime submittedAt) {
}
