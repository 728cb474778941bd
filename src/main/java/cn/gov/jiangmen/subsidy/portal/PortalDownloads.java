package cn.gov.jiangmen.subsidy.portal;

import java.nio.charset.StandardCharsets;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import cn.gov.jiangmen.subsidy.attachment.Evidence;

/** The enterprise opens its own file: its checked type, never sniffed, never run as a page of this site. */
final class PortalDownloads {

	private PortalDownloads() {
	}

	static ResponseEntity<byte[]> of(Evidence.Download download) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.parseMediaType(download.attachment().contentType()));
		headers.setContentDisposition(
				ContentDisposition.inline().filename(download.attachment().name(), StandardCharsets.UTF_8).build());
		headers.set("X-Content-Type-Options", "nosniff");
		headers.set("Content-Security-Policy", "sandbox; default-src 'none'; img-src 'self'; object-src 'self'");
		headers.setCacheControl(CacheControl.noStore().cachePrivate());
		return ResponseEntity.ok().headers(headers).body(download.content());
	}

}
