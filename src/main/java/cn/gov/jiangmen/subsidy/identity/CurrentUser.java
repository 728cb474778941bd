package cn.gov.jiangmen.subsidy.identity;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import cn.gov.jiangmen.subsidy.processes.ProcessConstants.Groups;

/**
 * The user a request or a task completion acts for, with the groups that say what they may do.
 * {@code creditCode} is set for enterprise users only.
 */
public record CurrentUser(String id, List<String> groups, Optional<String> creditCode) {

	public static final CurrentUser SYSTEM = new CurrentUser("system", List.of(), Optional.empty());

	public boolean isAdmin() {
		return groups.contains(Groups.ADMIN);
	}

	public boolean isCityCommerce() {
		return groups.contains(Groups.CITY_COMMERCE);
	}

	public boolean isCityFinance() {
		return groups.contains(Groups.CITY_FINANCE);
	}

	public boolean isEnterprise() {
		return groups.contains(Groups.ENTERPRISE) && creditCode.isPresent();
	}

	/** True for the commerce or finance officers of this district (e.g. {@code PENGJIANG}). */
	public boolean worksFor(String district) {
		String suffix = district.toLowerCase(Locale.ROOT);
		return groups.contains(Groups.DISTRICT_COMMERCE_PREFIX + suffix)
				|| groups.contains(Groups.DISTRICT_FINANCE_PREFIX + suffix);
	}

	public boolean isDistrictCommerceOf(String district) {
		return groups.contains(Groups.DISTRICT_COMMERCE_PREFIX + district.toLowerCase(Locale.ROOT));
	}

	public boolean ownsEnterprise(String creditCodeOfApplication) {
		return creditCode.map(own -> own.equals(creditCodeOfApplication)).orElse(false);
	}

	/** May see an enterprise's figures: the city, the enterprise's own district, the enterprise itself. */
	public boolean mayLookAt(String creditCodeOfEnterprise, String district) {
		return isAdmin() || isCityCommerce() || isCityFinance() || worksFor(district)
				|| ownsEnterprise(creditCodeOfEnterprise);
	}

}
