package cn.gov.jiangmen.subsidy.ledger;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.gov.jiangmen.subsidy.ledger.LedgerRepository.NewEntry;
import cn.gov.jiangmen.subsidy.policy.Assessment;
import cn.gov.jiangmen.subsidy.policy.CallPeriod;
import cn.gov.jiangmen.subsidy.policy.ClaimItem;
import cn.gov.jiangmen.subsidy.policy.ItemAssessment;
import cn.gov.jiangmen.subsidy.policy.Policy;
import cn.gov.jiangmen.subsidy.policy.PriorAwards;
import cn.gov.jiangmen.subsidy.quote.ClaimRequest;

/**
 * Amounts and exhibition booths granted per enterprise, and the policy assessed against them, on
 * today's date in China. Every method joins the caller's transaction (the process engine's, when
 * called from a delegate) or starts one.
 */
@Service
public class Ledger {

	/** Matches no application: a quote counts everything the enterprise holds. */
	private static final String NO_APPLICATION = "";

	/** The policy's days are China's: "today" for money not yet paid is the day in Jiangmen. */
	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final Policy policy;
	private final LedgerRepository entries;
	private final EnterpriseLock locks;
	private final Clock clock;

	Ledger(Policy policy, LedgerRepository entries, EnterpriseLock locks, Clock clock) {
		this.policy = policy;
		this.entries = entries;
		this.locks = locks;
		this.clock = clock;
	}

	/** What the request would be granted now, against everything the enterprise holds; stores nothing. */
	@Transactional(readOnly = true)
	public Assessment quote(ClaimRequest request) {
		return quote(request, null);
	}

	/** A quote within a call's expense period (null: no call's period applies). */
	@Transactional(readOnly = true)
	public Assessment quote(ClaimRequest request, CallPeriod period) {
		return assess(request, period, entries.priorAwards(request.enterprise().creditCode(), NO_APPLICATION));
	}

	private Assessment assess(ClaimRequest request, CallPeriod period, PriorAwards prior) {
		return period == null ? policy.assess(request.enterprise(), request.items(), prior, today())
				: period.assess(policy, request.enterprise(), request.items(), prior, today());
	}

	/**
	 * Assesses an application and replaces its reservations, under a database lock on the
	 * enterprise: two applications of one enterprise assessed at the same instant are assessed one
	 * after the other, so together they never exceed a cap nor take an exhibition's booths twice. Its own earlier reservations (from before
	 * it was returned for correction) do not count against it.
	 *
	 * @throws IllegalStateException if the application already has paid or clawed-back entries
	 */
	@Transactional
	public Assessment assessAndReserve(String applicationId, ClaimRequest request) {
		return assessAndReserve(applicationId, request, null);
	}

	/** As {@link #assessAndReserve(String, ClaimRequest)}, within the expense period of the application's call. */
	@Transactional
	public Assessment assessAndReserve(String applicationId, ClaimRequest request, CallPeriod period) {
		requireId(applicationId);
		String creditCode = request.enterprise().creditCode();
		locks.lock(creditCode);
		boolean settled = entries.byApplication(applicationId).stream()
			.anyMatch(e -> e.status() == EntryStatus.PAID || e.status() == EntryStatus.CLAWED_BACK);
		if (settled) {
			throw new IllegalStateException("application " + applicationId + " is paid and cannot be assessed again");
		}
		Assessment assessment = assess(request, period, entries.priorAwards(creditCode, applicationId));
		entries.deleteUnsettled(applicationId);
		for (ItemAssessment item : assessment.items()) {
			if (item.eligible() && item.amount().signum() > 0) {
				ClaimItem claimed = request.items().get(item.index());
				entries.insert(new NewEntry(assessment.policyId(), creditCode, applicationId, item.index(), item.type(),
						claimed.date().getYear(), request.enterprise().district(), item.amount(), item.cityAmount(),
						item.districtAmount(), String.join("；", item.articles()), item.boothUse()));
			}
		}
		return assessment;
	}

	/** The application was rejected or withdrawn: its reservations stop counting. */
	@Transactional
	public void release(String applicationId) {
		requireId(applicationId);
		requireNone(applicationId, EntryStatus.PAID, "released");
		entries.changeStatus(applicationId, EntryStatus.RESERVED, EntryStatus.RELEASED);
	}

	/** The district paid the application out (第十四条). An application without granted items has nothing to mark. */
	@Transactional
	public void markPaid(String applicationId, String paymentReference, LocalDate paidOn) {
		requireId(applicationId);
		if (paymentReference == null || paymentReference.isBlank()) {
			throw new IllegalArgumentException("a payment needs its reference");
		}
		Objects.requireNonNull(paidOn, "paidOn");
		requireNone(applicationId, EntryStatus.RELEASED, "paid");
		entries.markPaid(applicationId, paymentReference, paidOn);
	}

	/** 第十五条: money obtained by fraud is recovered; the entries stay, marked, with the reason. */
	@Transactional
	public void clawBack(String applicationId, String reason) {
		requireId(applicationId);
		if (reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("a clawback needs its reason");
		}
		if (entries.clawBack(applicationId, reason) == 0) {
			throw new IllegalStateException("application " + applicationId + " has no paid entries to claw back");
		}
	}

	@Transactional(readOnly = true)
	public List<LedgerEntry> entriesOfApplication(String applicationId) {
		return entries.byApplication(applicationId);
	}

	@Transactional(readOnly = true)
	public List<LedgerEntry> entriesOfEnterprise(String creditCode) {
		return entries.byEnterprise(creditCode);
	}

	private LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), CHINA);
	}

	private void requireNone(String applicationId, EntryStatus status, String action) {
		if (entries.byApplication(applicationId).stream().anyMatch(e -> e.status() == status)) {
			throw new IllegalStateException(
					"application " + applicationId + " has " + status + " entries and cannot be " + action);
		}
	}

	private static void requireId(String applicationId) {
		if (applicationId == null || applicationId.isBlank()) {
			throw new IllegalArgumentException("an application id is required");
		}
	}
}
