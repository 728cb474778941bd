package cn.gov.jiangmen.subsidy.attachment;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import cn.gov.jiangmen.subsidy.security.CurrentUsers;

/**
 * The link in the review forms: an officer opens a file of an application of their own district
 * (or any, for the city and admin) in the browser; for anyone else it does not exist (404).
 */
@Controller
class OfficerEvidencePage {

	private final Evidence evidence;
	private final CurrentUsers users;

	OfficerEvidencePage(Evidence evidence, CurrentUsers users) {
		this.evidence = evidence;
		this.users = users;
	}

	@GetMapping("/officer/applications/{applicationId}/attachments/{attachmentId}")
	ResponseEntity<byte[]> open(@PathVariable String applicationId, @PathVariable String attachmentId) {
		return Downloads.inline(evidence.download(users.current(), applicationId, AttachmentController.id(attachmentId)));
	}

	@ExceptionHandler(EvidenceRefusedException.class)
	void refused(EvidenceRefusedException ex) {
		throw new ResponseStatusException(HttpStatus.valueOf(ex.kind().status()), ex.getMessage());
	}

}
