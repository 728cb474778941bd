package cn.gov.jiangmen.subsidy.policy;

import java.util.Set;

/**
 * A row of the table in 第九条第（一）项第1目: host countries whose booths get the maximum held in
 * {@code perBoothMaxParameter}. {@code source} names where the member list was taken from.
 */
public record CountryGroup(String key, String label, String perBoothMaxParameter, String source, Set<String> members) {

	public CountryGroup {
		ValueChecks.requireText(key, "key");
		ValueChecks.requireText(label, "label");
		ValueChecks.requireText(perBoothMaxParameter, "perBoothMaxParameter");
		ValueChecks.requireText(source, "source of " + key);
		members = Set.copyOf(members);
	}

	/** The group's maximum per booth: a key the file names, so it is declared by the file, not by a rule. */
	public ParameterKey perBoothMax() {
		return ParameterKey.money(perBoothMaxParameter);
	}
}
