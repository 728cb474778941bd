package cn.gov.jiangmen.subsidy.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Tasklist speaks Simplified Chinese to a browser set to Chinese: our {@code locales/zh.json} and
 * {@code scripts/config.js} under {@code src/main/resources/META-INF/resources/webjars/camunda/app/tasklist/}
 * come before the Camunda webjar's on the classpath. On a Camunda upgrade the webjar's
 * {@code en.json} may gain, drop or reword keys; this test then names each key to translate anew.
 */
class TasklistTranslationTest {

	private static final String TASKLIST = "META-INF/resources/webjars/camunda/app/tasklist/";

	private static final String EN = TASKLIST + "locales/en.json";

	private static final String ZH = TASKLIST + "locales/zh.json";

	private static final String CONFIG = TASKLIST + "scripts/config.js";

	private static final String WEBJAR = "camunda-webapp-webjar";

	/** {@code {{name}}}, {@code {{ name }}}: what angular-translate fills in. */
	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*(.*?)\\s*\\}\\}");

	/**
	 * Markup a value carries to the page: a tag with attributes ({@code <a href="…">}), a closing or
	 * self-closing tag ({@code </a>}, {@code <br/>}), a character entity ({@code &lt;}). Not
	 * {@code <null>}: that is a symbol shown as text, and is translated.
	 */
	private static final Pattern MARKUP = Pattern
		.compile("<[a-zA-Z][a-zA-Z0-9]*\\s[^>]*>|</[a-zA-Z][a-zA-Z0-9]*\\s*>|<[a-zA-Z][a-zA-Z0-9]*\\s*/>|&[a-zA-Z]+;|&#\\d+;");

	/**
	 * What moment.js reads from a locale beyond what the English file sets ({@code dateLocales} is
	 * passed to {@code moment.defineLocale}): the Chinese file may set these too, nothing else.
	 */
	private static final Set<String> MOMENT_LOCALE_FIELDS = Set.of("LTS", "l", "ll", "lll", "llll", "ss", "w",
			"ww", "monthsParseExact", "weekdaysParseExact", "invalidDate", "ordinal", "preparse", "postformat");

	private static final ObjectMapper JSON = new ObjectMapper()
		.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

	@Test
	void the_english_file_is_the_webjar_s_and_ours_is_the_chinese_one_tasklist_loads() throws IOException {
		assertThat(resources(EN)).as("en.json on the classpath").hasSize(1).first().asString().contains(WEBJAR);
		assertThat(resources(ZH)).as("zh.json on the classpath").hasSize(1).first().asString().doesNotContain(WEBJAR);
	}

	@Test
	void every_english_label_has_a_chinese_one_and_there_is_no_other() throws IOException {
		JsonNode en = read(EN).get("labels");
		JsonNode zh = read(ZH).get("labels");
		assertThat(zh).as("labels of zh.json").isNotNull();
		Set<String> missing = new TreeSet<>(fieldNames(en));
		missing.removeAll(fieldNames(zh));
		Set<String> unknown = new TreeSet<>(fieldNames(zh));
		unknown.removeAll(fieldNames(en));
		assertThat(missing).as("labels of the webjar's en.json that zh.json does not translate").isEmpty();
		assertThat(unknown).as("labels of zh.json that the webjar's en.json does not have").isEmpty();
		List<String> untranslated = new ArrayList<>();
		en.fields().forEachRemaining(label -> {
			JsonNode chinese = zh.get(label.getKey());
			if (!chinese.isTextual()) {
				untranslated.add(label.getKey() + " is not a text");
			}
			else if (chinese.asText().isBlank() && !label.getValue().asText().isBlank()) {
				untranslated.add(label.getKey() + " is empty");
			}
		});
		assertThat(untranslated).isEmpty();
	}

	@Test
	void every_chinese_label_keeps_the_placeholders_and_markup_of_the_english_one() throws IOException {
		JsonNode en = read(EN).get("labels");
		JsonNode zh = read(ZH).get("labels");
		List<String> broken = new ArrayList<>();
		en.fields().forEachRemaining(label -> {
			String english = label.getValue().asText();
			String chinese = zh.path(label.getKey()).asText();
			if (!all(PLACEHOLDER, english).equals(all(PLACEHOLDER, chinese))) {
				broken.add(label.getKey() + ": placeholders " + all(PLACEHOLDER, english) + " became "
						+ all(PLACEHOLDER, chinese));
			}
			if (!all(MARKUP, english).equals(all(MARKUP, chinese))) {
				broken.add(label.getKey() + ": markup " + all(MARKUP, english) + " became " + all(MARKUP, chinese));
			}
		});
		assertThat(broken).isEmpty();
	}

	/** The dates' words and formats (moment.js): all the English file sets, with the same shape. */
	@Test
	void the_chinese_date_locale_sets_everything_the_english_one_does() throws IOException {
		JsonNode en = read(EN).get("dateLocales");
		JsonNode zh = read(ZH).get("dateLocales");
		assertThat(zh).as("dateLocales of zh.json").isNotNull();
		List<String> differences = new ArrayList<>();
		compareDateLocale("dateLocales", en, zh, differences);
		assertThat(differences).isEmpty();
		assertThat(zh.at("/relativeTime/past").asText()).isEqualTo("%s前");
		assertThat(zh.at("/relativeTime/s").asText()).isEqualTo("几秒");
		assertThat(zh.at("/months/0").asText()).isEqualTo("一月");
		// Dates as the officers write them: 2026-12-09.
		assertThat(zh.at("/longDateFormat/L").asText()).isEqualTo("YYYY-MM-DD");
		assertThat(zh.at("/longDateFormat/LLL").asText()).isEqualTo("YYYY-MM-DD HH:mm");
	}

	@Test
	void tasklist_offers_chinese_and_falls_back_to_english() throws IOException {
		List<URL> configs = resources(CONFIG);
		assertThat(configs).as("config.js on the classpath").hasSize(2);
		assertThat(configs.get(0)).as("the config.js Tasklist loads").asString().doesNotContain(WEBJAR);
		String config = code(read(configs.get(0)));
		assertThat(list(config, "availableLocales")).containsExactly("en", "zh");
		assertThat(value(config, "fallbackLocale")).isEqualTo("en");
	}

	/**
	 * The scripts config.js has Tasklist load: the AngularJS modules (dates in the language of
	 * the words, the officer's view of cards and refusals), each defined by the script loaded with
	 * it, and the form-js translation. A name that does not match its file would fail only in the
	 * browser, silently.
	 */
	@Test
	void the_scripts_config_js_loads_are_there_and_define_their_modules() throws IOException {
		String config = code(read(resources(CONFIG).get(0)));
		List<String> scripts = list(config, "deps");
		List<String> modules = list(config, "ngDeps");
		// and the one that opens the review forms' evidence links beside the form (PortalBrowserTest)
		assertThat(scripts).containsExactly("scripts/dates-follow-language", "scripts/officer-view",
				"scripts/evidence-links");
		assertThat(modules).containsExactly("jiangmen.tasklist.datesFollowLanguage", "jiangmen.tasklist.officerView");
		for (int i = 0; i < modules.size(); i++) {
			List<URL> script = resources(TASKLIST + scripts.get(i) + ".js");
			assertThat(script).as(scripts.get(i) + ".js on the classpath").hasSize(1);
			assertThat(read(script.get(0))).containsPattern("angular\\s*\\.module\\('" + Pattern.quote(modules.get(i)) + "'");
		}
		assertThat(resources(TASKLIST + "scripts/evidence-links.js")).as("evidence-links.js on the classpath").hasSize(1);
		assertThat(list(config, "customScripts")).containsExactly("scripts/form-js-zh");
		assertThat(resources(TASKLIST + "scripts/form-js-zh.js")).as("form-js-zh.js on the classpath").hasSize(1);
	}

	/** Ours starts from the webjar's config.js: it must keep what the original sets, its shortcuts. */
	@Test
	void our_config_keeps_the_shortcuts_of_the_webjar_s() throws IOException {
		List<URL> configs = resources(CONFIG);
		String ours = code(read(configs.get(0)));
		String original = code(read(configs.get(configs.size() - 1)));
		assertThat(configs.get(configs.size() - 1)).asString().contains(WEBJAR);
		Pattern shortcut = Pattern.compile("(\\w+)\\s*:\\s*\\{\\s*key\\s*:\\s*'([^']*)'");
		assertThat(all(shortcut, original)).as("the webjar's shortcuts").isNotEmpty();
		assertThat(all(shortcut, ours)).as("our shortcuts").isEqualTo(all(shortcut, original));
	}

	private static void compareDateLocale(String path, JsonNode en, JsonNode zh, List<String> differences) {
		if (en.isObject()) {
			if (!zh.isObject()) {
				differences.add(path + " is not an object");
				return;
			}
			en.fields().forEachRemaining(field -> {
				JsonNode chinese = zh.get(field.getKey());
				if (chinese == null) {
					differences.add(path + "." + field.getKey() + " is missing");
				}
				else {
					compareDateLocale(path + "." + field.getKey(), field.getValue(), chinese, differences);
				}
			});
			for (String name : fieldNames(zh)) {
				if (!en.has(name) && !MOMENT_LOCALE_FIELDS.contains(name)) {
					differences.add(path + "." + name + " is no field of a moment.js locale");
				}
			}
		}
		else if (en.isArray()) {
			if (!zh.isArray() || zh.size() != en.size()) {
				differences.add(path + " should be a list of " + en.size());
			}
		}
		else if (en.getNodeType() != zh.getNodeType()) {
			differences.add(path + " should be a " + en.getNodeType() + ", not " + zh.getNodeType());
		}
		else if (en.isTextual() && zh.asText().isBlank()) {
			differences.add(path + " is empty");
		}
	}

	private static JsonNode read(String resource) throws IOException {
		List<URL> found = resources(resource);
		assertThat(found).as(resource + " on the classpath").isNotEmpty();
		try (InputStream in = found.get(0).openStream()) {
			return JSON.readTree(in); // Jackson skips the byte order mark the webjar's en.json starts with
		}
	}

	private static String read(URL url) throws IOException {
		try (InputStream in = url.openStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	/** Every copy of a resource on the classpath, in the order the class loader looks: the first wins. */
	private static List<URL> resources(String name) throws IOException {
		return Collections.list(TasklistTranslationTest.class.getClassLoader().getResources(name));
	}

	private static Set<String> fieldNames(JsonNode node) {
		Set<String> names = new TreeSet<>();
		Iterator<String> it = node.fieldNames();
		it.forEachRemaining(names::add);
		return names;
	}

	private static List<String> all(Pattern pattern, String text) {
		List<String> found = new ArrayList<>();
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			StringBuilder groups = new StringBuilder(matcher.groupCount() == 0 ? matcher.group() : "");
			for (int i = 1; i <= matcher.groupCount(); i++) {
				groups.append(i > 1 ? "=" : "").append(matcher.group(i));
			}
			found.add(groups.toString());
		}
		Collections.sort(found);
		return found;
	}

	/** The script without its comments: the original's commented-out example lists other locales. */
	private static String code(String script) {
		return script.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)^\\s*//.*$", "");
	}

	/** {@code name: ['a', 'b']} of the script, as {@code [a, b]}. */
	private static List<String> list(String script, String name) {
		Matcher matcher = Pattern.compile(name + "\\s*:\\s*\\[([^\\]]*)\\]").matcher(script);
		assertThat(matcher.find()).as(name + " in config.js").isTrue();
		return Pattern.compile("['\"]([^'\"]*)['\"]")
			.matcher(matcher.group(1))
			.results()
			.map(result -> result.group(1))
			.toList();
	}

	/** {@code name: 'value'} of the script. */
	private static String value(String script, String name) {
		Matcher matcher = Pattern.compile(name + "\\s*:\\s*['\"]([^'\"]*)['\"]").matcher(script);
		assertThat(matcher.find()).as(name + " in config.js").isTrue();
		return matcher.group(1);
	}

}
