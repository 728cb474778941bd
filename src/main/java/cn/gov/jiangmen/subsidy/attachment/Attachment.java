package cn.gov.jiangmen.subsidy.attachment;

import java.time.OffsetDateTime;

/**
 * One evidence file, without its bytes. {@code itemIndex} is the item of the application (or draft)
 * it proves, from 0; null for material of the whole application.
 */
public record Attachment(long id, String creditCode, String draftId, String applicationId, Integer itemIndex,
		String name, String contentType, long size, String sha256, String uploadedBy, OffsetDateTime uploadedAt) {

	/** "1.2 MB", "350 KB": as people read sizes. */
	public String sizeText() {
		if (size >= 1024 * 1024) {
			return String.format("%.1f MB", size / (1024.0 * 1024.0));
		}
		return Math.max(1, (size + 1023) / 1024) + " KB";
	}

	/** "PDF", "JPEG", "PNG". */
	public String kind() {
		return EvidenceTypes.label(contentType);
	}

}
