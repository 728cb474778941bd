package cn.gov.jiangmen.subsidy.policy;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything a policy pack reads from its data file. A district may override any parameter with its
 * own dated values (第十九条: a county-level city adopting the rules with its own rates).
 */
record PolicyData(String id, String title, PolicyPeriod period, Map<String, DatedSeries<BigDecimal>> parameters,
		List<CountryGroup> countryGroups, Map<District, DatedSeries<DistrictSetting>> districtSettings,
		Map<District, Map<String, DatedSeries<BigDecimal>>> districtParameters) {

	PolicyData {
		Values.requireText(id, "id");
		Values.requireText(title, "title");
		Objects.requireNonNull(period, "period");
		parameters = Map.copyOf(parameters);
		countryGroups = List.copyOf(countryGroups);
		districtSettings = new EnumMap<>(districtSettings);
		districtParameters = new EnumMap<>(districtParameters);
		for (District district : District.values()) {
			if (!districtSettings.containsKey(district)) {
				throw new IllegalArgumentException("policy " + id + " has no settings for " + district);
			}
		}
		for (CountryGroup group : countryGroups) {
			if (!parameters.containsKey(group.perBoothMaxParameter())) {
				throw new IllegalArgumentException("policy " + id + " has no parameter " + group.perBoothMaxParameter());
			}
		}
	}

	void requireParameter(String name) {
		if (!parameters.containsKey(name)) {
			throw new IllegalArgumentException("policy " + id + " has no parameter " + name);
		}
	}

	DatedSeries<BigDecimal> parameter(District district, String name) {
		DatedSeries<BigDecimal> own = districtParameters.getOrDefault(district, Map.of()).get(name);
		if (own != null) {
			return own;
		}
		DatedSeries<BigDecimal> series = parameters.get(name);
		if (series == null) {
			throw new IllegalArgumentException("policy " + id + " has no parameter " + name);
		}
		return series;
	}
}
