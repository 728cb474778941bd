package cn.gov.jiangmen.subsidy.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.databind.JsonNode;

import cn.gov.jiangmen.subsidy.calendar.WorkingDays;
import cn.gov.jiangmen.subsidy.call.Call;
import cn.gov.jiangmen.subsidy.call.Calls;
import cn.gov.jiangmen.subsidy.ledger.Ledger;
import cn.gov.jiangmen.subsidy.policy.Assessment;
import cn.gov.jiangmen.subsidy.policy.District;
import cn.gov.jiangmen.subsidy.policy.Enterprise;
import cn.gov.jiangmen.subsidy.policy.ReasonCode;
import cn.gov.jiangmen.subsidy.procedure.ProcessConstants;
import cn.gov.jiangmen.subsidy.procedure.ProcessConstants.Groups;
import cn.gov.jiangmen.subsidy.procedure.ProcessConstants.Vars;
import cn.gov.jiangmen.subsidy.quote.ClaimRequest;
import cn.gov.jiangmen.subsidy.quote.ClaimRequestReader;
import cn.gov.jiangmen.subsidy.quote.InvalidClaimRequestException;
import cn.gov.jiangmen.subsidy.quote.InvalidClaimRequestException.FieldError;
import cn.gov.jiangmen.subsidy.security.CurrentUser;
import cn.gov.jiangmen.subsidy.security.EnterpriseDirectory;
import cn.gov.jiangmen.subsidy.security.Privileged;
import cn.gov.jiangmen.subsidy.security.RegisteredDistricts;

/**
 * 第十三条: an enterprise (or its district for it) submits while a call for applications is open;
 * the procedure starts at once. The REST API and the enterprise portal both submit here.
 */
@Service
public class SubmissionService {

	private final ClaimRequestReader reader;
	private final ApplicationAccess access;
	private final ApplicationRepository applications;
	private final ApplicationHistory history;
	private final EnterpriseDirectory enterprises;
	private final RuntimeService runtime;
	private final Privileged privileged;
	private final RegisteredDistricts districts;
	private final Ledger ledger;
	private final Clock clock;
	private final Calls calls;

	SubmissionService(ClaimRequestReader reader, ApplicationAccess access, ApplicationRepository applications,
			ApplicationHistory history, EnterpriseDirectory enterprises, RuntimeService runtime, Privileged privileged,
			RegisteredDistricts districts, Ledger ledger, Clock clock, Calls calls) {
		this.reader = reader;
		this.access = access;
		this.applications = applications;
		this.history = history;
		this.enterprises = enterprises;
		this.runtime = runtime;
		this.privileged = privileged;
		this.districts = districts;
		this.ledger = ledger;
		this.clock = clock;
		this.calls = calls;
	}

	/**
	 * Everything in one transaction: a request that fails anywhere stores nothing.
	 *
	 * @throws cn.gov.jiangmen.subsidy.call.NoOpenCallException while no call for applications is open
	 */
	@Transactional
	public ApplicationRecord submit(JsonNode body, CurrentUser user) {
		ClaimRequest request = reader.read(body);
		Enterprise claimed = request.enterprise();
		District registered = districts.of(claimed.creditCode()).orElse(claimed.district());
		access.checkMaySubmit(user, new Enterprise(claimed.creditCode(), claimed.name(), registered,
				claimed.tradeRecordSince2024()));
		if (registered != claimed.district()) {
			throw new InvalidClaimRequestException(List.of(new FieldError("enterprise.district",
					"与企业的注册所在地不一致（" + registered.label() + "）")));
		}
		refuseItemsOutsideFundedDistricts(request);
		Call call = calls.requireOpen();

		OffsetDateTime now = OffsetDateTime.now(clock);
		String id = applications.nextApplicationNumber(now.atZoneSameInstant(WorkingDays.ZONE).getYear());
		applications.insert(new ApplicationRecord(id, claimed.creditCode(), claimed.name(), registered.name(),
				claimed.tradeRecordSince2024(), ApplicationStatus.DISTRICT_REVIEW, null, "-", body.toString(), null,
				BigDecimal.ZERO, user.id(), now));
		applications.setCall(id, call.id());
		history.record(id, "SUBMITTED", user.id(), null);
		districts.recordFirstSubmission(claimed.creditCode(), registered, user.id());

		ProcessInstance instance = privileged.call(() -> runtime
			.createProcessInstanceByKey(ProcessConstants.PROCESS_APPLICATION)
			.businessKey(id)
			.setVariables(variables(id, claimed, body.get("items"), user))
			.execute());
		applications.setProcessInstance(id, instance.getId());
		return applications.find(id).orElseThrow();
	}

	/**
	 * 第二条、第十九条: the city funds the enterprises of its three districts; a county-level city's
	 * are refused unless a district setting in the policy data funds them (then they go on, in
	 * their own tenant). The policy answers it, item by item, by the item's date.
	 */
	private void refuseItemsOutsideFundedDistricts(ClaimRequest request) {
		Assessment quote = ledger.quote(request);
		List<FieldError> errors = quote.items()
			.stream()
			.filter(item -> item.reasons().contains(ReasonCode.OUTSIDE_FUNDED_DISTRICTS))
			.map(item -> new FieldError("items[" + item.index() + "]",
					request.enterprise().district().label() + "：" + ReasonCode.OUTSIDE_FUNDED_DISTRICTS.label()
							+ "，不予受理"))
			.toList();
		if (!errors.isEmpty()) {
			throw new InvalidClaimRequestException(errors);
		}
	}

	private Map<String, Object> variables(String id, Enterprise enterprise, JsonNode items, CurrentUser submitter) {
		// A returned application goes back to whoever can correct it: the enterprise's users, or
		// the district officer who submitted on its behalf.
		List<String> correctors = enterprises.usersOf(enterprise.creditCode());
		if (correctors.isEmpty()) {
			correctors = List.of(submitter.id());
		}
		String district = enterprise.district().name();
		String suffix = district.toLowerCase(Locale.ROOT);
		return Map.of(Vars.APPLICATION_ID, id, Vars.DISTRICT, district, Vars.DISTRICT_NAME,
				enterprise.district().label(), Vars.DISTRICT_COMMERCE_GROUP, Groups.DISTRICT_COMMERCE_PREFIX + suffix,
				Vars.DISTRICT_FINANCE_GROUP, Groups.DISTRICT_FINANCE_PREFIX + suffix, Vars.ENTERPRISE_NAME,
				enterprise.name(), Vars.CREDIT_CODE, enterprise.creditCode(), Vars.ENTERPRISE_USERS,
				String.join(",", correctors), Vars.ITEM_INPUTS,
				SpinValues.jsonValue(items.toString()).create());
	}

}
