package cn.gov.jiangmen.subsidy.application;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import cn.gov.jiangmen.subsidy.policy.Enterprise;
import cn.gov.jiangmen.subsidy.identity.CurrentUser;

/** Who may submit and read which applications (CONTRACT: own district, own enterprise). */
@Component
public class ApplicationAccess {

	public boolean mayRead(CurrentUser user, ApplicationRecord application) {
		return user.mayLookAt(application.creditCode(), application.district());
	}

	void checkMaySubmit(CurrentUser user, Enterprise enterprise) {
		boolean allowed = user.isAdmin() || user.isDistrictCommerceOf(enterprise.district().name())
				|| user.ownsEnterprise(enterprise.creditCode());
		if (!allowed) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN,
					"只能为本企业或本区企业申报 (may submit only for one's own enterprise or district)");
		}
	}

}
