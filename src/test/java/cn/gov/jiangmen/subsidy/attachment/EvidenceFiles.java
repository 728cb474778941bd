package cn.gov.jiangmen.subsidy.attachment;

import java.nio.charset.StandardCharsets;

/** Small real files for tests: what each format starts with, as a reader of it checks. */
public final class EvidenceFiles {

	private EvidenceFiles() {
	}

	/** A one-page PDF saying "contract". */
	public static byte[] pdf() {
		String pdf = """
				%PDF-1.4
				1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
				2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
				3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >> endobj
				4 0 obj << /Length 44 >> stream
				BT /F1 24 Tf 72 760 Td (Booth contract) Tj ET
				endstream endobj
				5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj
				trailer << /Root 1 0 R >>
				%%EOF
				""";
		return pdf.getBytes(StandardCharsets.ISO_8859_1);
	}

	/** A 1×1 PNG. */
	public static byte[] png() {
		return java.util.Base64.getDecoder()
			.decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
	}

	/** A Windows program (MZ header and PE signature), whatever it is named. */
	public static byte[] windowsProgram() {
		byte[] exe = new byte[512];
		exe[0] = 'M';
		exe[1] = 'Z';
		exe[0x3c] = (byte) 0x80;
		exe[0x80] = 'P';
		exe[0x81] = 'E';
		return exe;
	}

}
