package cn.gov.jiangmen.subsidy.application;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.gov.jiangmen.subsidy.identity.CurrentUser;
import cn.gov.jiangmen.subsidy.ledger.Ledger;
import cn.gov.jiangmen.subsidy.ledger.LedgerEntry;
import cn.gov.jiangmen.subsidy.refusal.NotFoundException;

/**
 * What a user may read of an application: its record, its history and its ledger entries. Another
 * district's or enterprise's application is simply absent: no hint that it exists.
 */
@Service
public class ReadableApplications {

	private final ApplicationRepository applications;
	private final ApplicationHistory history;
	private final ApplicationAccess access;
	private final Ledger ledger;

	ReadableApplications(ApplicationRepository applications, ApplicationHistory history, ApplicationAccess access,
			Ledger ledger) {
		this.applications = applications;
		this.history = history;
		this.access = access;
		this.ledger = ledger;
	}

	/** @throws NotFoundException for an application that does not exist or is not the user's to read */
	@Transactional(readOnly = true)
	public ApplicationRecord get(String applicationId, CurrentUser user) {
		return applications.find(applicationId)
			.filter(found -> access.mayRead(user, found))
			.orElseThrow(() -> NotFoundException.application(applicationId));
	}

	@Transactional(readOnly = true)
	public List<ApplicationEvent> history(String applicationId, CurrentUser user) {
		return history.of(get(applicationId, user).id());
	}

	/** Every yuan of the application as the ledger holds it: article, shares, payment, recovery. */
	@Transactional(readOnly = true)
	public List<LedgerEntry> ledger(String applicationId, CurrentUser user) {
		return ledger.entriesOfApplication(get(applicationId, user).id());
	}

}
