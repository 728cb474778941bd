package cn.gov.jiangmen.subsidy.quote;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import cn.gov.jiangmen.subsidy.call.Call;
import cn.gov.jiangmen.subsidy.call.Calls;
import cn.gov.jiangmen.subsidy.ledger.Ledger;
import cn.gov.jiangmen.subsidy.policy.CallPeriod;
import cn.gov.jiangmen.subsidy.policy.District;
import cn.gov.jiangmen.subsidy.policy.Enterprise;
import cn.gov.jiangmen.subsidy.security.CurrentUser;
import cn.gov.jiangmen.subsidy.security.CurrentUsers;
import cn.gov.jiangmen.subsidy.security.RegisteredDistricts;

/**
 * {@code POST /api/quotes}: what a request would be granted if it were submitted now (within the open
 * call's expense period, as a submission is; within the policy's alone while no call is open);
 * nothing is stored.
 */
@RestController
class QuoteController {

	private final ClaimRequestReader reader;
	private final Ledger ledger;
	private final CurrentUsers users;
	private final RegisteredDistricts districts;
	private final Calls calls;

	QuoteController(ClaimRequestReader reader, Ledger ledger, CurrentUsers users, RegisteredDistricts districts,
			Calls calls) {
		this.reader = reader;
		this.ledger = ledger;
		this.users = users;
		this.districts = districts;
		this.calls = calls;
	}

	/** The raw body, so that its size is limited before it is parsed. */
	@PostMapping("/api/quotes")
	AssessmentView quote(InputStream body) {
		ClaimRequest request = reader.read(body);
		// A quote counts the enterprise's earlier awards against its caps: that is its business only,
		// and its district is the one the app holds for it, not the one the request names.
		Enterprise claimed = request.enterprise();
		District registered = districts.of(claimed.creditCode()).orElse(claimed.district());
		CurrentUser user = users.current();
		if (!user.mayLookAt(claimed.creditCode(), registered.name())) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, "只能为本企业或本区企业测算 (own enterprise or district only)");
		}
		if (registered != claimed.district()) {
			throw new InvalidClaimRequestException(List.of(new InvalidClaimRequestException.FieldError(
					"enterprise.district", "与企业的注册所在地不一致（" + registered.label() + "）")));
		}
		Optional<CallPeriod> period = calls.openToday().map(Call::period);
		return AssessmentView.of(period.isPresent() ? ledger.quote(request, period.get()) : ledger.quote(request));
	}
}
