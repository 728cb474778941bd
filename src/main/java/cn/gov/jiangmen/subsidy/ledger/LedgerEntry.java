package cn.gov.jiangmen.subsidy.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import cn.gov.jiangmen.subsidy.policy.BoothUse;
import cn.gov.jiangmen.subsidy.policy.District;
import cn.gov.jiangmen.subsidy.policy.ItemKind;

/**
 * One granted item as the ledger holds it. {@code booths}: what an exhibition item holds of its
 * project's booth limits (第九条), null for any other item.
 */
public record LedgerEntry(long id, String policyId, String creditCode, String applicationId, int itemIndex,
		ItemKind itemType, int year, District district, BigDecimal amount, BigDecimal cityAmount,
		BigDecimal districtAmount, String articles, EntryStatus status, String paymentReference, LocalDate paidOn,
		String clawbackReason, OffsetDateTime createdAt, OffsetDateTime updatedAt, BoothUse booths) {
}
