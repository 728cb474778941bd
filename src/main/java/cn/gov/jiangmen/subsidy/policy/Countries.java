package cn.gov.jiangmen.subsidy.policy;

import java.text.Collator;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Countries and regions by their Chinese names (the JDK's CLDR data), for the choice lists and to
 * read a trace: the enterprise picks 巴西, the request and the trace carry BR, officers and
 * enterprises read 巴西.
 */
public final class Countries {

	public static final Set<String> NOT_ABROAD = Set.of("CN", "HK", "MO", "TW");

	/** 第九条: Hong Kong, Macao and Taiwan, by the names used in the policy. */
	public static final Map<String, String> HKMT = orderedMap("HK", "香港", "MO", "澳门", "TW", "台湾");

	/** Every assigned country outside China, by Chinese name in pinyin order. */
	public static final Map<String, String> ABROAD = abroad();

	private static final Pattern HOST = Pattern.compile("(举办地|产品输入国) ([A-Z]{2})");

	private Countries() {
	}

	/** 巴西 rather than BR; HK, MO and TW as the policy names them (港澳台). */
	public static String name(String code) {
		if (code == null) {
			return "";
		}
		if (HKMT.containsKey(code)) {
			return HKMT.get(code);
		}
		String name = new Locale("", code).getDisplayCountry(Locale.SIMPLIFIED_CHINESE);
		return name.isBlank() || name.equals(code) ? code : name;
	}

	/** "举办地 BR：美洲…" → "举办地 巴西：美洲…". */
	public static String inWords(String trace) {
		if (trace == null) {
			return "";
		}
		Matcher matcher = HOST.matcher(trace);
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			matcher.appendReplacement(out, Matcher.quoteReplacement(matcher.group(1) + " " + name(matcher.group(2))));
		}
		matcher.appendTail(out);
		return out.toString();
	}

	private static Map<String, String> abroad() {
		Collator pinyin = Collator.getInstance(Locale.SIMPLIFIED_CHINESE);
		Map<String, String> names = new LinkedHashMap<>();
		Stream.of(Locale.getISOCountries())
			.filter(code -> !NOT_ABROAD.contains(code))
			.map(code -> Map.entry(code, name(code)))
			.sorted(Comparator.comparing(Map.Entry::getValue, pinyin))
			.forEach(e -> names.put(e.getKey(), e.getValue()));
		return names;
	}

	private static Map<String, String> orderedMap(String... pairs) {
		Map<String, String> map = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			map.put(pairs[i], pairs[i + 1]);
		}
		return map;
	}

}
