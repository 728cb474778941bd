package cn.gov.jiangmen.subsidy.application;

import java.io.InputStream;
import java.net.URI;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import cn.gov.jiangmen.subsidy.ledger.Ledger;
import cn.gov.jiangmen.subsidy.ledger.LedgerEntry;
import cn.gov.jiangmen.subsidy.quote.InvalidClaimRequestException;
import cn.gov.jiangmen.subsidy.quote.InvalidClaimRequestException.FieldError;
import cn.gov.jiangmen.subsidy.quote.ClaimRequestReader;
import cn.gov.jiangmen.subsidy.security.CurrentUser;
import cn.gov.jiangmen.subsidy.security.CurrentUsers;

@RestController
@RequestMapping("/api/applications")
class ApplicationController {

	private final SubmissionService submissions;
	private final ObjectionService objections;
	private final ClawbackService clawbacks;
	private final Ledger ledger;
	private final ApplicationRepository applications;
	private final ApplicationHistory history;
	private final ApplicationAccess access;
	private final CurrentUsers users;
	private final ApplicationQueries queries;
	private final ClaimRequestReader reader;

	ApplicationController(SubmissionService submissions, ObjectionService objections, ClawbackService clawbacks,
			Ledger ledger, ApplicationRepository applications, ApplicationHistory history, ApplicationAccess access,
			CurrentUsers users, ApplicationQueries queries, ClaimRequestReader reader) {
		this.submissions = submissions;
		this.objections = objections;
		this.clawbacks = clawbacks;
		this.ledger = ledger;
		this.applications = applications;
		this.history = history;
		this.access = access;
		this.users = users;
		this.queries = queries;
		this.reader = reader;
	}

	/** CONTRACT "Lists": newest first, only what the caller may see. */
	@GetMapping
	ApplicationView.Listing list(@RequestParam(required = false) String page, @RequestParam(required = false) String size,
			@RequestParam(required = false) String status) {
		List<FieldError> errors = new java.util.ArrayList<>();
		int pageNumber = number(page, "page", 0, 0, Integer.MAX_VALUE / ApplicationQueries.MAX_PAGE_SIZE, errors);
		int pageSize = number(size, "size", 20, 1, ApplicationQueries.MAX_PAGE_SIZE, errors);
		ApplicationStatus wanted = null;
		if (status != null && !status.isBlank()) {
			try {
				wanted = ApplicationStatus.valueOf(status.strip());
			}
			catch (IllegalArgumentException e) {
				errors.add(new FieldError("status", "不是有效的申报状态"));
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidClaimRequestException(errors);
		}
		ApplicationQueries.Page found = queries.page(users.current(), wanted, pageNumber, pageSize);
		return ApplicationView.listing(found.items(), found.total());
	}

	private static int number(String value, String field, int fallback, int min, int max, List<FieldError> errors) {
		if (value == null || value.isBlank()) {
			return fallback;
		}
		try {
			int n = Integer.parseInt(value.strip());
			if (n >= min && n <= max) {
				return n;
			}
		}
		catch (NumberFormatException e) {
			// reported below
		}
		errors.add(new FieldError(field, "须为 " + min + " 至 " + max + " 的整数"));
		return fallback;
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
		ApplicationRecord application = readable(id);
		List<ApplicationEvent> events = history.of(id);
		return ApplicationView.detail(application, events);
	}

	/** Every yuan of the application as the ledger holds it: article, shares, payment, recovery. */
	@GetMapping("/{id}/ledger")
	List<LedgerEntry> ledger(@PathVariable String id) {
		readable(id);
		return ledger.entriesOfApplication(id);
	}

	@PostMapping("/{id}/clawbacks")
	ResponseEntity<Void> clawBack(@PathVariable String id, @RequestBody ClawbackService.Clawback clawback) {
		clawbacks.recover(id, clawback, users.current());
		return ResponseEntity.accepted().location(URI.create("/api/applications/" + id + "/ledger")).build();
	}

	private ApplicationRecord readable(String id) {
		CurrentUser user = users.current();
		return applications.find(id)
			.filter(found -> access.mayRead(user, found))
			// Another district's or enterprise's application is simply absent: no hint that it exists.
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "申报不存在: " + id));
	}

	@PostMapping("/{id}/objections")
	ResponseEntity<Void> object(@PathVariable String id, @RequestBody ObjectionService.Objection objection) {
		objections.record(id, objection, users.current());
		return ResponseEntity.accepted().location(URI.create("/api/applications/" + id)).build();
	}

}
