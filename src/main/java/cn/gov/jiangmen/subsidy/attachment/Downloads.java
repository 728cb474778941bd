package cn.gov.jiangmen.subsidy.attachment;

import java.nio.charset.StandardCharsets;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A stored file as a response: its checked type, its name only in the header (RFC 6266, UTF-8),
 * never sniffed, never run as a page of this site, never cached by a shared cache.
 */
public final class Downloads {

	private Downloads() {
	}

	/** To save ({@code Content-Disposition: attachment}), as the REST API gives it. */
	public static ResponseEntity<byte[]> asAttachment(Evidence.Download download) {
		return respond(download, ContentDisposition.attachment());
	}

	/** To read in the browser (a PDF or a photo opens in a new tab), as the officers' and the portal's links give it. */
	public static ResponseEntity<byte[]> inline(Evidence.Download download) {
		return respond(download, ContentDisposition.inline());
	}

	private static ResponseEntity<byte[]> respond(Evidence.Download download, ContentDisposition.Builder disposition) {
		Attachment a = download.attachment();
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.parseMediaType(a.contentType()));
		headers.setContentDisposition(disposition.filename(a.name(), StandardCharsets.UTF_8).build());
		headers.setContentLength(download.content().length);
		headers.set("X-Content-Type-Options", "nosniff");
		headers.set("Content-Security-Policy", "sandbox; default-src 'none'; img-src 'self'; object-src 'self'");
		headers.set("X-SHA-256", a.sha256());
		headers.setCacheControl(CacheControl.noStore().cachePrivate());
		return ResponseEntity.ok().headers(headers).body(download.content());
	}

}
