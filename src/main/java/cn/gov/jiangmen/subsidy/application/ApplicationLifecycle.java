package cn.gov.jiangmen.subsidy.application;

import java.time.LocalDate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.gov.jiangmen.subsidy.call.Calls;
import cn.gov.jiangmen.subsidy.ledger.Ledger;
import cn.gov.jiangmen.subsidy.policy.CallPeriod;
import cn.gov.jiangmen.subsidy.policy.Assessment;
import cn.gov.jiangmen.subsidy.quote.AssessmentView;
import cn.gov.jiangmen.subsidy.quote.ClaimRequest;
import cn.gov.jiangmen.subsidy.quote.ClaimRequestReader;

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
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "申报不存在: " + applicationId));
	}

	/** Runs the policy engine on the stored items and reserves the amounts in the ledger. */
	@Transactional
	public Assessment assess(String applicationId) {
		ApplicationRecord application = get(applicationId);
		ClaimRequest request = reader.read(parse(application.requestJson()));
		// The expense period of the call it was submitted under, also when it comes back corrected.
		CallPeriod period = applications.callOf(applicationId).flatMap(calls::find).map(c -> c.period()).orElse(null);
		Assessment assessment = ledger.assessAndReserve(applicationId, request, period);
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
	 * Takes the enterprise's corrected items; they are checked by the same rules as a new
	 * submission, because a form's own validation runs only in the browser.
	 */
	@Transactional
	public void replaceItems(String applicationId, JsonNode items, String actor, String comment) {
		ApplicationRecord application = get(applicationId);
		ObjectNode request = (ObjectNode) parse(application.requestJson());
		request.set("items", items);
		reader.read(request);
		applications.setRequest(applicationId, write(request));
		history.record(applicationId, "SUPPLEMENTED", actor, comment);
	}

	@Transactional
	public void reject(String applicationId, String reason) {
		ledger.release(applicationId);
		applications.setStatus(applicationId, ApplicationStatus.REJECTED);
		history.record(applicationId, "REJECTED", "system", reason);
		announce(applicationId, ApplicationStatus.REJECTED, reason);
	}

	@Transactional
	public void withdraw(String applicationId, String actor, String comment) {
		ledger.release(applicationId);
		applications.setStatus(applicationId, ApplicationStatus.WITHDRAWN);
		history.record(applicationId, "WITHDRAWN", actor, comment);
		announce(applicationId, ApplicationStatus.WITHDRAWN, comment);
	}

	@Transactional
	public void recordPayment(String applicationId, String paymentReference, LocalDate paidOn, String actor) {
		ledger.markPaid(applicationId, paymentReference, paidOn);
		applications.setStatus(applicationId, ApplicationStatus.DISBURSED);
		history.record(applicationId, "DISBURSED", actor, "支付凭证号 " + paymentReference + "，支付日期 " + paidOn);
		announce(applicationId, ApplicationStatus.DISBURSED, null);
	}

	private void announce(String applicationId, ApplicationStatus status, String reason) {
		events.publishEvent(new ApplicationStatusChanged(applicationId, get(applicationId).creditCode(), status, reason));
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
