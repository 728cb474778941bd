package cn.gov.jiangmen.subsidy.security;

import java.util.Map;
import java.util.Optional;

import cn.gov.jiangmen.subsidy.policy.District;

/**
 * GB 32100-2015: characters 3 to 8 of a Unified Social Credit Code are the administrative division
 * of the authority that registered the enterprise. Where that is a district's or a county-level
 * city's registry, the code says where the enterprise was registered. The city-level registry
 * (440700) and registries outside Jiangmen say nothing about the district.
 */
final class RegistrationAuthority {

	private static final Map<String, District> DIVISIONS = Map.of(
			"440703", District.PENGJIANG,
			"440704", District.JIANGHAI,
			"440705", District.XINHUI,
			"440781", District.TAISHAN,
			"440783", District.KAIPING,
			"440784", District.HESHAN,
			"440785", District.ENPING);

	private RegistrationAuthority() {
	}

	static Optional<District> districtOf(String creditCode) {
		if (creditCode == null || creditCode.length() != 18) {
			return Optional.empty();
		}
		return Optional.ofNullable(DIVISIONS.get(creditCode.substring(2, 8)));
	}

}
