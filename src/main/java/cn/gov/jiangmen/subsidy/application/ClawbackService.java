package cn.gov.jiangmen.subsidy.application;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

import cn.gov.jiangmen.subsidy.ledger.Ledger;
import cn.gov.jiangmen.subsidy.refusal.InvalidFieldsException;
import cn.gov.jiangmen.subsidy.refusal.NotAllowedException;
import cn.gov.jiangmen.subsidy.refusal.NotFoundException;
import cn.gov.jiangmen.subsidy.refusal.WrongStatusException;
import cn.gov.jiangmen.subsidy.refusal.InvalidFieldsException.FieldError;
import cn.gov.jiangmen.subsidy.identity.CurrentUser;

/** 第十五条: money obtained by fraud is recovered by the city; the ledger keeps the entries with the reason. */
@Service
public class ClawbackService {

	static final int MAX_REASON = 2000;

	private final ApplicationRepository applications;
	private final ApplicationHistory history;
	private final Ledger ledger;

	ClawbackService(ApplicationRepository applications, ApplicationHistory history, Ledger ledger) {
		this.applications = applications;
		this.history = history;
		this.ledger = ledger;
	}

	public record Clawback(String reason) {
	}

	@Transactional
	public void recover(String applicationId, Clawback clawback, CurrentUser user) {
		if (!(user.isCityCommerce() || user.isAdmin())) {
			throw new NotAllowedException("资金追回由市商务局办理 (city-commerce only)");
		}
		String reason = clawback == null ? null : clawback.reason();
		if (reason == null || reason.isBlank() || reason.length() > MAX_REASON) {
			throw new InvalidFieldsException(List.of(new FieldError("reason", "必填，不超过 " + MAX_REASON + " 字")));
		}
		ApplicationRecord application = applications.findForUpdate(applicationId)
			.orElseThrow(() -> NotFoundException.application(applicationId));
		if (application.status() != ApplicationStatus.DISBURSED) {
			throw new WrongStatusException("只能追回已兑付的资金 (status " + application.status() + ")");
		}
		try {
			ledger.clawBack(applicationId, reason.strip());
		}
		catch (IllegalStateException e) {
			throw new WrongStatusException("该申报没有已兑付的资金可追回");
		}
		history.record(applicationId, "CLAWED_BACK", user.id(), reason.strip());
	}

}
