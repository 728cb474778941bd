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
			new GroupDefinition(Groups.DISTRICT_COMMERCE_PREFIX + "taishan", "台山市商务主管部门", "WORKFLOW"),
			new GroupDefinition(Groups.DISTRICT_COMMERCE_PREFIX + "kaiping", "开平市商务主管部门", "WORKFLOW"),
			new GroupDefinition(Groups.DISTRICT_COMMERCE_PREFIX + "heshan", "鹤山市商务主管部门", "WORKFLOW"),
			new GroupDefinition(Groups.DISTRICT_COMMERCE_PREFIX + "enping", "恩平市商务主管部门", "WORKFLOW"),
			new GroupDefinition(Groups.DISTRICT_FINANCE_PREFIX + "taishan", "台山市财政局", "WORKFLOW"),
			new GroupDefinition(Groups.DISTRICT_FINANCE_PREFIX + "kaiping", "开平市财政局", "WORKFLOW"),
			new GroupDefinition(Groups.DISTRICT_FINANCE_PREFIX + "heshan", "鹤山市财政局", "WORKFLOW"),
			new GroupDefinition(Groups.DISTRICT_FINANCE_PREFIX + "enping", "恩平市财政局", "WORKFLOW"),
			new GroupDefinition(Groups.ENTERPRISE, "申报企业", "WORKFLOW"));

	/**
	 * A tenant per district and county-level city: every process instance of its applications (and
	 * its district plan) belongs to it, and only its own bureaus and the city's are members. An
	 * instance without a tenant would be read by every district. 第十九条: the city does not fund the
	 * four county-level cities (their applications are refused); where one adopts the rules with its
	 * own money (a district setting in the policy data), its applications stay in its own tenant,
	 * worked by its own bureaus.
	 */
	record TenantDefinition(String id, String name) {

		List<String> memberGroups() {
			return List.of(Groups.DISTRICT_COMMERCE_PREFIX + id, Groups.DISTRICT_FINANCE_PREFIX + id,
					Groups.CITY_COMMERCE, Groups.CITY_FINANCE, Groups.ENTERPRISE);
		}

	}

	static final List<TenantDefinition> TENANTS = List.of(new TenantDefinition("pengjiang", "蓬江区"),
			new TenantDefinition("jianghai", "江海区"), new TenantDefinition("xinhui", "新会区"),
			new TenantDefinition("taishan", "台山市"), new TenantDefinition("kaiping", "开平市"),
			new TenantDefinition("heshan", "鹤山市"), new TenantDefinition("enping", "恩平市"));

	static List<String> districtCommerceGroups() {
		return FUNDED_DISTRICTS.stream().map(d -> Groups.DISTRICT_COMMERCE_PREFIX + d).toList();
	}

	static List<String> districtFinanceGroups() {
		return FUNDED_DISTRICTS.stream().map(d -> Groups.DISTRICT_FINANCE_PREFIX + d).toList();
	}

	/** The commerce bureaus of every tenant, county-level cities included. */
	static List<String> everyDistrictCommerceGroup() {
		return TENANTS.stream().map(t -> Groups.DISTRICT_COMMERCE_PREFIX + t.id()).toList();
	}

	static List<String> everyDistrictFinanceGroup() {
		return TENANTS.stream().map(t -> Groups.DISTRICT_FINANCE_PREFIX + t.id()).toList();
	}

}
