package cn.gov.jiangmen.subsidy.attachment;

import java.util.Map;
import java.util.Optional;

import org.apache.tika.Tika;

/**
 * What evidence may be: PDF, JPEG or PNG (CONTRACT "Evidence"), judged by the file's content with
 * Apache Tika's magic-number detection, never by its name or the type the browser declares. A
 * program renamed to {@code 合同.pdf} is detected as a program and refused.
 */
final class EvidenceTypes {

	/** Detected media type → the extension a download gets, and its label. */
	private static final Map<String, String[]> ALLOWED = Map.of("application/pdf", new String[] { ".pdf", "PDF" },
			"image/jpeg", new String[] { ".jpg", "JPEG" }, "image/png", new String[] { ".png", "PNG" });

	/** Magic detection only: Tika is given the bytes and no name. */
	private static final Tika TIKA = new Tika();

	private EvidenceTypes() {
	}

	/** The media type of an allowed file, or empty for anything else. */
	static Optional<String> judge(byte[] content) {
		String detected = TIKA.detect(content);
		return ALLOWED.containsKey(detected) ? Optional.of(detected) : Optional.empty();
	}

	static String extension(String contentType) {
		return ALLOWED.get(contentType)[0];
	}

	static String label(String contentType) {
		String[] known = ALLOWED.get(contentType);
		return known == null ? contentType : known[1];
	}

	/**
	 * The name to show and to offer on download: the last segment of what the browser sent (no
	 * directories), without control or reserved characters, at most 100 characters, ending with the
	 * extension of its real type. It is only ever shown, never used to name a file on disk.
	 */
	static String displayName(String original, String contentType) {
		String name = original == null ? "" : original;
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = name.replaceAll("[\\p{Cntrl}\"<>:|?*]", "").strip();
		if (name.length() > 100) {
			name = name.substring(0, 100);
		}
		if (name.isBlank() || name.equals(".") || name.equals("..")) {
			name = "附件";
		}
		String extension = extension(contentType);
		boolean matches = name.toLowerCase(java.util.Locale.ROOT).endsWith(extension)
				|| (contentType.equals("image/jpeg") && name.toLowerCase(java.util.Locale.ROOT).endsWith(".jpeg"));
		return matches ? name : name + extension;
	}

}
