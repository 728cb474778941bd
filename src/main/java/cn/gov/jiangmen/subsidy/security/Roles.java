package cn.gov.jiangmen.subsidy.security;

import java.util.List;

import cn.gov.jiangmen.subsidy.procedure.ProcessConstants.Groups;

/** The bureaus of 第二章 (部门职责) as groups of the engine's identity service. */
final class Roles {

	private Roles() {
	}

	record GroupDefinition(String id, String name, String type) {
	}

	static final List<String> FUNDED_DISTRICTS = List.of("pengjiang", "jianghai", "xinhui");

	static final List<GroupDefinition> GROUPS = List.of(
			new GroupDefinition(Groups.CITY_COMMERCE, "江门市商务局", "WORKFLOW"),
			new GroupDefinition(Groups.CITY_FINANCE, "江门市财政局", "WORKFLOW"),
			new GroupDefinition(Groups.DISTRICT_COMMERCE_PREFIX + "pengjiang", "蓬江区商务主管部门", "WORKFLOW"),
			new GroupDefinition(Groups.DISTRICT_COMMERCE_PREFIX + "jianghai", "江海区商务主管部门", "WORKFLOW"),
			new GroupDefinition(Groups.DISTRICT_COMMERCE_PREFIX + "xinhui", "新会区商务主管部门", "WORKFLOW"),
			new GroupDefinition(Groups.DISTRICT_FINANCE_PREFIX + "pengjiang", "蓬江区财政局", "WORKFLOW"),
			new GroupDefinition(Groups.DISTRICT_FINANCE_PREFIX + "jianghai", "江海区财政局", "WORKFLOW"),
			new GroupDefinition(Groups.DISTRICT_FINANCE_PREFIX + "xinhui", "新会区财政局", "WORKFLOW"),
			new GroupDefinition(Groups.ENTERPRISE, "申报企业", "WORKFLOW"));

	/**
	 * A tenant per funded district: every process instance of a district's application (and its
	 * district plan) belongs to it, and only the district's own bureaus and the city's are members.
	 */
	record TenantDefinition(String id, String name) {

		List<String> memberGroups() {
			return List.of(Groups.DISTRICT_COMMERCE_PREFIX + id, Groups.DISTRICT_FINANCE_PREFIX + id,
					Groups.CITY_COMMERCE, Groups.CITY_FINANCE, Groups.ENTERPRISE);
		}

	}

	static final List<TenantDefinition> TENANTS = List.of(new TenantDefinition("pengjiang", "蓬江区"),
			new TenantDefinition("jianghai", "江海区"), new TenantDefinition("xinhui", "新会区"));

	static List<String> districtCommerceGroups() {
		return FUNDED_DISTRICTS.stream().map(d -> Groups.DISTRICT_COMMERCE_PREFIX + d).toList();
	}

	static List<String> districtFinanceGroups() {
		return FUNDED_DISTRICTS.stream().map(d -> Groups.DISTRICT_FINANCE_PREFIX + d).toList();
	}

}
