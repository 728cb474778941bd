package cn.gov.jiangmen.subsidy.api;

import java.io.InputStream;
import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.gov.jiangmen.subsidy.application.ApplicationRecord;
import cn.gov.jiangmen.subsidy.application.ClawbackService;
import cn.gov.jiangmen.subsidy.application.ObjectionService;
import cn.gov.jiangmen.subsidy.application.ReadableApplications;
import cn.gov.jiangmen.subsidy.application.SubmissionService;
import cn.gov.jiangmen.subsidy.claim.ClaimRequestReader;
import cn.gov.jiangmen.subsidy.identity.CurrentUser;
import cn.gov.jiangmen.subsidy.ledger.LedgerEntry;
import cn.gov.jiangmen.subsidy.security.CurrentUsers;

@RestController
@RequestMapping("/api/applications")
class ApplicationController {

	private final SubmissionService submissions;
	private final ObjectionService objections;
	private final ClawbackService clawbacks;
	private final ReadableApplications readable;
	private final CurrentUsers users;
	private final ClaimRequestReader reader;

	ApplicationController(SubmissionService submissions, ObjectionService objections, ClawbackService clawbacks,
			ReadableApplications readable, CurrentUsers users, ClaimRequestReader reader) {
		this.submissions = submissions;
		this.objections = objections;
		this.clawbacks = clawbacks;
		this.readable = readable;
		this.users = users;
		this.reader = reader;
	}

	/** The raw body, so that the strict reader sees duplicated keys, trailing content and its size. */
	@PostMapping
	ResponseEntity<ApplicationView.Submitted> submit(InputStream body) {
		ApplicationRecord application = submissions.submit(reader.parse(body), users.current());
		return ResponseEntity.created(URI.create("/api/applications/" + application.id()))
			.body(ApplicationView.submitted(application));
	}

	@GetMapping("/{id}")
	ApplicationView.Detail get(@PathVariable String id) {
		CurrentUser user = users.current();
		return ApplicationView.detail(readable.get(id, user), readable.history(id, user));
	}

	/** Every yuan of the application as the ledger holds it: article, shares, payment, recovery. */
	@GetMapping("/{id}/ledger")
	List<LedgerEntry> ledger(@PathVariable String id) {
		return readable.ledger(id, users.current());
	}

	@PostMapping("/{id}/clawbacks")
	ResponseEntity<Void> clawBack(@PathVariable String id, @RequestBody ClawbackService.Clawback clawback) {
		clawbacks.recover(id, clawback, users.current());
		return ResponseEntity.accepted().location(URI.create("/api/applications/" + id + "/ledger")).build();
	}

	@PostMapping("/{id}/objections")
	ResponseEntity<Void> object(@PathVariable String id, @RequestBody ObjectionService.Objection objection) {
		objections.record(id, objection, users.current());
		return ResponseEntity.accepted().location(URI.create("/api/applications/" + id)).build();
	}

}
