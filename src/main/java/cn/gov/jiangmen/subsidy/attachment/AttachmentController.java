package cn.gov.jiangmen.subsidy.attachment;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import cn.gov.jiangmen.subsidy.attachment.EvidenceRefusedException.Kind;
import cn.gov.jiangmen.subsidy.security.CurrentUsers;

/** CONTRACT "Evidence": {@code /api/applications/{id}/attachments}. */
@RestController
@RequestMapping("/api/applications/{applicationId}/attachments")
class AttachmentController {

	private final Evidence evidence;
	private final CurrentUsers users;

	AttachmentController(Evidence evidence, CurrentUsers users) {
		this.evidence = evidence;
		this.users = users;
	}

	record AttachmentView(long id, String name, long size, String contentType, String sha256, Integer itemIndex) {

		static AttachmentView of(Attachment a) {
			return new AttachmentView(a.id(), a.name(), a.size(), a.contentType(), a.sha256(), a.itemIndex());
		}
	}

	@PostMapping(consumes = "multipart/form-data")
	ResponseEntity<AttachmentView> upload(@PathVariable String applicationId,
			@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(name = "itemIndex", required = false) String itemIndex) throws IOException {
		if (file == null || file.isEmpty()) {
			throw new EvidenceRefusedException(Kind.INVALID, "file", "请选择要上传的文件（multipart 字段 file）");
		}
		if (file.getSize() > Evidence.MAX_FILE_BYTES) {
			throw new EvidenceRefusedException(Kind.TOO_LARGE, "file", "文件不得超过 20 MB");
		}
		Attachment added = evidence.addToApplication(users.current(), applicationId, itemIndex(itemIndex),
				file.getOriginalFilename(), file.getBytes());
		return ResponseEntity
			.created(URI.create("/api/applications/" + applicationId + "/attachments/" + added.id()))
			.body(AttachmentView.of(added));
	}

	@GetMapping
	List<AttachmentView> list(@PathVariable String applicationId) {
		return evidence.ofApplication(users.current(), applicationId).stream().map(AttachmentView::of).toList();
	}

	@GetMapping("/{attachmentId}")
	ResponseEntity<byte[]> download(@PathVariable String applicationId, @PathVariable String attachmentId) {
		return Downloads.asAttachment(evidence.download(users.current(), applicationId, id(attachmentId)));
	}

	static long id(String attachmentId) {
		try {
			return Long.parseLong(attachmentId);
		}
		catch (NumberFormatException e) {
			throw EvidenceRefusedException.notFound();
		}
	}

	private static Integer itemIndex(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(value.strip());
		}
		catch (NumberFormatException e) {
			throw new EvidenceRefusedException(Kind.INVALID, "itemIndex", "申报事项序号须为整数（从 0 起算）");
		}
	}

}
