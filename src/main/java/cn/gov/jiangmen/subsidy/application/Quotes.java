package cn.gov.jiangmen.subsidy.application;

import org.springframework.stereotype.Service;

import cn.gov.jiangmen.subsidy.claim.ClaimRequest;
import cn.gov.jiangmen.subsidy.identity.CurrentUser;
import cn.gov.jiangmen.subsidy.identity.RegisteredDistricts;
import cn.gov.jiangmen.subsidy.ledger.Ledger;
import cn.gov.jiangmen.subsidy.policy.Assessment;
import cn.gov.jiangmen.subsidy.policy.District;
import cn.gov.jiangmen.subsidy.policy.Enterprise;
import cn.gov.jiangmen.subsidy.refusal.InvalidFieldsException;
import cn.gov.jiangmen.subsidy.refusal.NotAllowedException;

/** What a request would be granted now, against everything the enterprise holds; nothing is stored. */
@Service
public class Quotes {

	private final Ledger ledger;
	private final RegisteredDistricts districts;

	Quotes(Ledger ledger, RegisteredDistricts districts) {
		this.ledger = ledger;
		this.districts = districts;
	}

	/**
	 * A quote counts the enterprise's earlier awards against its caps: that is its business only,
	 * and its district is the one the app holds for it, not the one the request names.
	 */
	public Assessment quote(ClaimRequest request, CurrentUser user) {
		Enterprise claimed = request.enterprise();
		District registered = districts.of(claimed.creditCode()).orElse(claimed.district());
		if (!user.mayLookAt(claimed.creditCode(), registered.name())) {
			throw new NotAllowedException("只能为本企业或本区企业测算 (own enterprise or district only)");
		}
		if (registered != claimed.district()) {
			throw InvalidFieldsException.of("enterprise.district", "与企业的注册所在地不一致（" + registered.label() + "）");
		}
		return ledger.quote(request.claim());
	}

}
