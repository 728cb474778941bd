package cn.gov.jiangmen.subsidy.application;

import org.springframework.stereotype.Component;

import cn.gov.jiangmen.subsidy.identity.CurrentUser;
import cn.gov.jiangmen.subsidy.policy.Enterprise;
import cn.gov.jiangmen.subsidy.refusal.NotAllowedException;

/** Who may submit and read which applications (CONTRACT: own district, own enterprise). */
@Component
class ApplicationAccess {

	boolean mayRead(CurrentUser user, ApplicationRecord application) {
		return user.mayLookAt(application.creditCode(), application.district());
	}

	void checkMaySubmit(CurrentUser user, Enterprise enterprise) {
		boolean allowed = user.isAdmin() || user.isDistrictCommerceOf(enterprise.district().name())
				|| user.ownsEnterprise(enterprise.creditCode());
		if (!allowed) {
			throw new NotAllowedException("只能为本企业或本区企业申报 (may submit only for one's own enterprise or district)");
		}
	}

}
