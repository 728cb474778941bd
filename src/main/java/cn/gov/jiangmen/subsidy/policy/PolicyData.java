package cn.gov.jiangmen.subsidy.policy;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything a policy pack reads from its data file. A district may override any parameter with its
 * own dated values (第十九条: a county-level city adopting the rules with its own rates). Districts
 * are all or nothing: a file that has them names every district, and a pack whose text knows no
 * districts has none.
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
		districtSettings = byDistrict(districtSettings);
		districtParameters = byDistrict(districtParameters);
		for (District district : District.values()) {
			if (!districtSettings.isEmpty() && !districtSettings.containsKey(district)) {
				throw new IllegalArgumentException("policy " + id + " has no settings for " + district);
			}
		}
		for (CountryGroup group : countryGroups) {
			if (!parameters.containsKey(group.perBoothMaxParameter())) {
				throw new IllegalArgumentException("policy " + id + " has no parameter " + group.perBoothMaxParameter());
			}
		}
	}

	/** EnumMap's copy constructor refuses an empty map that is not an EnumMap, as a file without districts gives. */
	private static <V> Map<District, V> byDistrict(Map<District, V> map) {
		Map<District, V> copy = new EnumMap<>(District.class);
		copy.putAll(map);
		return copy;
	}

	/**
	 * Every parameter and setting has a value on every day of the period, so that a rule never meets a
	 * missing value for an item the period admits. A pack checks this once it knows the file is its own.
	 */
	void requireEveryDayCovered() {
		parameters.values().forEach(series -> series.requireCovers(period));
		districtSettings.values().forEach(series -> series.requireCovers(period));
		districtParameters.values().forEach(own -> own.values().forEach(series -> series.requireCovers(period)));
	}

	boolean hasDistricts() {
		return !districtSettings.isEmpty();
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
