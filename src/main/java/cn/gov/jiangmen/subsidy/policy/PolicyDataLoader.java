package cn.gov.jiangmen.subsidy.policy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads a policy pack's YAML file. Every scalar is read as text and parsed here, so that money
 * never passes through a double and "NO" stays Norway.
 */
public final class PolicyDataLoader {

	private PolicyDataLoader() {
	}

	/** A pack's file shipped on the classpath, e.g. {@code /policy/jiangmen-2025.yaml}. */
	public static PolicyData loadResource(String resource) {
		try (InputStream in = PolicyDataLoader.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException(resource + " is missing from the classpath");
			}
			return load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static PolicyData load(InputStream yamlFile) {
		try (Reader reader = new InputStreamReader(yamlFile, StandardCharsets.UTF_8)) {
			return read(map(yaml().load(reader), "(file)"));
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot read policy file", ex);
		}
	}

	/**
	 * The {@code procedure} section of a pack's file: the terms of the procedure (Chapter 4), dated
	 * like the money parameters but read on the day of an act, so kept apart from them.
	 */
	public static Map<String, DatedSeries<BigDecimal>> loadProcedure(InputStream yamlFile) {
		try (Reader reader = new InputStreamReader(yamlFile, StandardCharsets.UTF_8)) {
			Map<String, Object> root = map(yaml().load(reader), "(file)");
			if (!root.containsKey("procedure")) {
				throw new PolicyDataException("参数文件没有 procedure（办理程序的期限）一节");
			}
			Map<String, DatedSeries<BigDecimal>> terms = new LinkedHashMap<>();
			map(root.get("procedure"), "procedure").forEach((key, value) -> {
				String name = "procedure." + key;
				terms.put(name, series(name, map(value, name).get("values"), v -> decimal(v.get("value"), name + ".value")));
			});
			return terms;
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot read policy file", ex);
		}
	}

	private static Yaml yaml() {
		LoaderOptions options = new LoaderOptions();
		return new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()), new DumperOptions(), options,
				new TextOnlyResolver());
	}

	private static PolicyData read(Map<String, Object> root) {
		Map<String, Object> period = map(root.get("period"), "period");
		Map<District, DatedSeries<DistrictSetting>> settings = new EnumMap<>(District.class);
		Map<District, Map<String, DatedSeries<BigDecimal>>> own = new EnumMap<>(District.class);
		Object districts = root.containsKey("districts") ? root.get("districts") : Map.of();
		map(districts, "districts").forEach((name, value) -> {
			District district = constant(District.class, name, "districts");
			Map<String, Object> entry = map(value, "districts." + name);
			settings.put(district, series("districts." + name, entry.get("settings"), PolicyDataLoader::setting));
			if (entry.containsKey("parameters")) {
				own.put(district, parameters("districts." + name, entry.get("parameters")));
			}
		});
		return new PolicyData(text(root.get("id"), "id"), text(root.get("title"), "title"),
				new PolicyPeriod(date(period.get("from"), "period.from"), date(period.get("to"), "period.to"),
						text(period.get("article"), "period.article")),
				parameters("", root.get("parameters")), countryGroups(root.get("country_groups")), settings, own);
	}

	private static Map<String, DatedSeries<BigDecimal>> parameters(String prefix, Object node) {
		Map<String, DatedSeries<BigDecimal>> result = new LinkedHashMap<>();
		map(node, prefix + "parameters").forEach((name, value) -> result.put(name,
				series(name, map(value, name).get("values"), v -> decimal(v.get("value"), name + ".value"))));
		return result;
	}

	private static <T> DatedSeries<T> series(String name, Object node, Function<Map<String, Object>, T> value) {
		List<Dated<T>> values = new ArrayList<>();
		for (Object element : list(node, name)) {
			Map<String, Object> entry = map(element, name);
			values.add(new Dated<>(date(entry.get("from"), name + ".from"), date(entry.get("to"), name + ".to"),
					value.apply(entry), text(entry.get("article"), name + ".article")));
		}
		if (values.isEmpty()) {
			throw new IllegalArgumentException(name + " has no values");
		}
		return new DatedSeries<>(name, values);
	}

	private static DistrictSetting setting(Map<String, Object> entry) {
		return new DistrictSetting(constant(Funding.class, text(entry.get("funding"), "funding"), "funding"),
				decimal(entry.get("insurance_top_up_rate"), "insurance_top_up_rate"));
	}

	private static List<CountryGroup> countryGroups(Object node) {
		List<CountryGroup> groups = new ArrayList<>();
		for (Object element : list(node, "country_groups")) {
			Map<String, Object> group = map(element, "country_groups");
			String key = text(group.get("key"), "country_groups.key");
			groups.add(new CountryGroup(key, text(group.get("label"), key + ".label"),
					text(group.get("per_booth_max"), key + ".per_booth_max"), text(group.get("source"), key + ".source"),
					new HashSet<>(list(group.get("members"), key + ".members").stream()
						.map(member -> text(member, key + ".members"))
						.toList())));
		}
		return groups;
	}

	/** A mapping whose keys are all text, copied in the file's order: no unchecked cast of what YAML gives. */
	private static Map<String, Object> map(Object node, String where) {
		if (node instanceof Map<?, ?> map) {
			Map<String, Object> named = new LinkedHashMap<>();
			map.forEach((key, value) -> {
				if (!(key instanceof String name)) {
					throw new IllegalArgumentException(where + ": expected text keys, found " + key);
				}
				named.put(name, value);
			});
			return named;
		}
		throw new IllegalArgumentException(where + ": expected a mapping");
	}

	private static List<?> list(Object node, String where) {
		if (node instanceof List<?> list) {
			return list;
		}
		throw new IllegalArgumentException(where + ": expected a list");
	}

	private static String text(Object node, String where) {
		if (node instanceof String text && !text.isBlank()) {
			return text.strip();
		}
		throw new IllegalArgumentException(where + ": expected text");
	}

	private static BigDecimal decimal(Object node, String where) {
		String text = text(node, where);
		try {
			return new BigDecimal(text);
		}
		catch (NumberFormatException ex) {
			throw new PolicyDataException(where + ": " + text + " 不是数字");
		}
	}

	private static LocalDate date(Object node, String where) {
		String text = text(node, where);
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw new PolicyDataException(where + ": " + text + " 不是 YYYY-MM-DD 日期");
		}
	}

	private static <E extends Enum<E>> E constant(Class<E> type, String name, String where) {
		try {
			return Enum.valueOf(type, name);
		}
		catch (IllegalArgumentException ex) {
			throw new PolicyDataException(where + ": " + name + " 不是 " + Arrays.toString(type.getEnumConstants())
					+ " 之一");
		}
	}

	/** No implicit typing: every scalar stays a string. */
	private static final class TextOnlyResolver extends Resolver {

		@Override
		protected void addImplicitResolvers() {
		}
	}
}
