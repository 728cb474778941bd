package cn.gov.jiangmen.subsidy.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import cn.gov.jiangmen.subsidy.processes.ProcessConstants.Groups;
import cn.gov.jiangmen.subsidy.identity.CurrentUser;

/**
 * Who signed in to the app's pages: the engine's user id, the name to greet them by, and the
 * engine groups, kept as the Spring Security principal for the session.
 */
record SignedInUser(String id, String displayName, List<String> groups) {

	static final String ENTERPRISE = "ENTERPRISE";
	static final String OFFICER = "OFFICER";
	static final String ADMIN = "ADMIN";

	SignedInUser {
		groups = List.copyOf(groups);
	}

	/** Roles for the page rules; what a user may see within a page is decided by the services. */
	Collection<GrantedAuthority> authorities(CurrentUser user) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		if (user.isEnterprise()) {
			authorities.add(new SimpleGrantedAuthority("ROLE_" + ENTERPRISE));
		}
		if (user.isAdmin() || user.isCityCommerce() || user.isCityFinance() || worksForADistrict()) {
			authorities.add(new SimpleGrantedAuthority("ROLE_" + OFFICER));
		}
		if (user.isAdmin()) {
			authorities.add(new SimpleGrantedAuthority("ROLE_" + ADMIN));
		}
		return authorities;
	}

	private boolean worksForADistrict() {
		return groups.stream()
			.anyMatch(group -> group.startsWith(Groups.DISTRICT_COMMERCE_PREFIX)
					|| group.startsWith(Groups.DISTRICT_FINANCE_PREFIX));
	}

}
