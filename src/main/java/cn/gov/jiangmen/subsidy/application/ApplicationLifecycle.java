package cn.gov.jiangmen.subsidy.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.gov.jiangmen.subsidy.call.Calls;
import cn.gov.jiangmen.subsidy.ledger.Ledger;
import cn.gov.jiangmen.subsidy.refusal.NotFoundException;
import cn.gov.jiangmen.subsidy.policy.Assessment;
import cn.gov.jiangmen.subsidy.claim.AssessmentView;
import cn.gov.jiangmen.subsidy.claim.ClaimRequest;
import cn.gov.jiangmen.subsidy.claim.ClaimRequestReader;
import cn.gov.jiangmen.subsidy.policy.CallPeriod;
import cn.gov.jiangmen.subsidy.refusal.InvalidFieldsException;

/**
 * What the procedure does to an application: assess it, move its status, take corrections,
 * reject, withdraw, pay. Called by the BPMN delegates; each call leaves a line in the history.
 */
@Service
public class ApplicationLifecycle {

	private final ApplicationRepository applications;
	private final ApplicationHistory history;
	private final ClaimRequestReader reader;
	private final Ledger ledger;
	private final ObjectMapper json;
	private final Calls calls;
	private final ApplicationEventPublisher events;

	ApplicationLifecycle(ApplicationRepository applications, ApplicationHistory history, ClaimRequestReader reader,
			Ledger ledger, ObjectMapper json, Calls calls, ApplicationEventPublisher events) {
		this.applications = applications;
		this.history = history;
		this.reader = reader;
		this.ledger = ledger;
		this.json = json;
		this.calls = calls;
		this.events = events;
	}

	public ApplicationRecord get(String applicationId) {
		return applications.find(applicationId)
			.orElseThrow(() -> NotFoundException.application(applicationId));
	}

	/**
	 * The application a process instance works on, by the link the app holds; never by a variable,
	 * which whoever completes a task could have sent. While its instance starts (in the
	 * submission's transaction) the application is not linked yet: the instance's business key,
	 * set by the submission, names it, and the link is made here.
	 */
	@Transactional
	public String idOfProcess(String processInstanceId, String businessKey) {
		Optional<String> linked = applications.idOfProcessInstance(processInstanceId);
		if (linked.isPresent()) {
			if (!linked.get().equals(businessKey)) {
				throw new IllegalStateException("process instance " + processInstanceId + " is linked to "
						+ linked.get() + " but carries the business key " + businessKey);
			}
			return linked.get();
		}
		if (businessKey != null && applications.linkProcessInstance(businessKey, processInstanceId)) {
			return businessKey;
		}
		throw new IllegalStateException("process instance " + processInstanceId + " works on no application");
	}

	/** The request as the applicant sent it (after corrections): items and enterprise as entered. */
	public JsonNode request(String applicationId) {
		return parse(get(applicationId).requestJson());
	}

	/** Runs the policy engine on the stored items and reserves the amounts in the ledger. */
	@Transactional
	public Assessment assess(String applicationId) {
		ApplicationRecord application = inStatus(applicationId, ApplicationStatus.DISTRICT_REVIEW,
				ApplicationStatus.RETURNED);
		ClaimRequest request = reader.read(parse(application.requestJson()));
		// The expense period of the call it was submitted under, also when it comes back corrected.
		CallPeriod period = applications.callOf(applicationId).flatMap(calls::find).map(c -> c.period()).orElse(null);
		Assessment assessment = ledger.assessAndReserve(applicationId, request.claim(), period);
		applications.setAssessment(applicationId, assessment.policyId(), write(AssessmentView.of(assessment)),
				assessment.total());
		history.record(applicationId, "ASSESSED", "system", "按 " + assessment.policyId() + " 测算扶持金额合计 "
				+ assessment.total().toPlainString() + " 元");
		return assessment;
	}

	@Transactional
	public void enterStatus(String applicationId, ApplicationStatus status) {
		applications.setStatus(applicationId, status);
		announce(applicationId, status, null);
	}

	/**
	 * Takes the enterprise's corrected request while the application is returned (the portal's
	 * 补正申报, before it resubmits), checked by the same rules as a new submission; the applicant
	 * (credit code and district) stays the application's own. The items are the application's
	 * record, never a task variable: whoever completes the supplement task resubmits what the
	 * application holds.
	 */
	@Transactional
	public void correct(String applicationId, JsonNode corrected) {
		ApplicationRecord application = inStatus(applicationId, ApplicationStatus.RETURNED);
		ClaimRequest request = reader.read(corrected);
		if (!request.enterprise().creditCode().equals(application.creditCode())
				|| !request.enterprise().district().name().equals(application.district())) {
			throw new InvalidFieldsException(
					List.of(new InvalidFieldsException.FieldError("enterprise", "补正不能更换申报企业或所在区")));
		}
		applications.setRequest(applicationId, write(corrected), request.enterprise().tradeRecordSince2024());
	}

	/** Resubmitted with the items it holds (corrected or not), by whoever completed the supplement task. */
	@Transactional
	public void resubmitted(String applicationId, String actor, String comment) {
		inStatus(applicationId, ApplicationStatus.RETURNED);
		history.record(applicationId, "SUPPLEMENTED", actor, comment);
	}

	/** Rejected by the reviewer who decided it (first, second or objection review). */
	@Transactional
	public void reject(String applicationId, String reason, String actor) {
		inStatus(applicationId, ApplicationStatus.DISTRICT_REVIEW, ApplicationStatus.CITY_REVIEW,
				ApplicationStatus.OBJECTION_REVIEW);
		ledger.release(applicationId);
		applications.setStatus(applicationId, ApplicationStatus.REJECTED);
		history.record(applicationId, "REJECTED", actor, reason);
		announce(applicationId, ApplicationStatus.REJECTED, reason);
	}

	@Transactional
	public void withdraw(String applicationId, String actor, String comment) {
		inStatus(applicationId, ApplicationStatus.RETURNED);
		ledger.release(applicationId);
		applications.setStatus(applicationId, ApplicationStatus.WITHDRAWN);
		history.record(applicationId, "WITHDRAWN", actor, comment);
		announce(applicationId, ApplicationStatus.WITHDRAWN, comment);
	}

	@Transactional
	public void recordPayment(String applicationId, String paymentReference, LocalDate paidOn, String actor) {
		inStatus(applicationId, ApplicationStatus.FUNDS_RELEASED);
		ledger.markPaid(applicationId, paymentReference, paidOn);
		applications.setStatus(applicationId, ApplicationStatus.DISBURSED);
		history.record(applicationId, "DISBURSED", actor, "支付凭证号 " + paymentReference + "，支付日期 " + paidOn);
		announce(applicationId, ApplicationStatus.DISBURSED, null);
	}

	private void announce(String applicationId, ApplicationStatus status, String reason) {
		events.publishEvent(new ApplicationStatusChanged(applicationId, get(applicationId).creditCode(), status, reason));
	}

	/**
	 * The procedure acts on an application only in the step it is in; anything else is a fault in
	 * the procedure, which fails loudly instead of changing an application at another step.
	 */
	private ApplicationRecord inStatus(String applicationId, ApplicationStatus... expected) {
		ApplicationRecord application = applications.findForUpdate(applicationId)
			.orElseThrow(() -> new IllegalStateException("no application " + applicationId));
		if (!List.of(expected).contains(application.status())) {
			throw new IllegalStateException(
					"application " + applicationId + " is " + application.status() + ", not " + List.of(expected));
		}
		return application;
	}

	JsonNode parse(String text) {
		try {
			return json.readTree(text);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException("stored request is not JSON", e);
		}
	}

	String write(Object value) {
		try {
			return json.writeValueAsString(value);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

}
