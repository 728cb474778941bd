package cn.gov.jiangmen.subsidy.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The words form-js writes itself in Tasklist's forms ("Select", "Field is required.", "Add new",
 * the date field's mm/dd/yyyy …) are translated by our {@code scripts/form-js-zh.js}, since form-js
 * 1.8.7, which Tasklist 7.24 bundles, has no translations.
 *
 * <p>{@link #FORM_JS} lists every text form-js-viewer 1.8.7 writes on its own (from its sources,
 * {@code packages/form-js-viewer/src}: Validator, the form fields, RepeatRenderManager), each
 * with a fragment of the code that writes it. On a Camunda upgrade that changes form-js, a
 * fragment that is gone fails the first test: read the new form-js's texts and bring this list
 * and the script up to date.
 */
class FormJsTranslationTest {

	private static final String BUNDLE = "META-INF/resources/webjars/camunda/lib/deps.js";

	private static final String SCRIPT = "META-INF/resources/webjars/camunda/app/tasklist/scripts/form-js-zh.js";

	/** A text as an officer would meet it (a sample for those with a value in them), the kind, the code writing it. */
	record FormJsText(String shown, Kind kind, String inBundle) {
	}

	enum Kind {
		TEXT, PLACEHOLDER, ARIA_LABEL, TITLE, ALT
	}

	static final List<FormJsText> FORM_JS = List.of(
			// parts/SimpleSelect, parts/SearchableSelect, parts/DropdownList, Taglist
			new FormJsText("Select", Kind.TEXT, "||\"Select\""),
			new FormJsText("Search", Kind.PLACEHOLDER, "placeholder:\"Search\""),
			new FormJsText("No results", Kind.TEXT, "\"No results\""),
			new FormJsText("All values selected", Kind.TEXT, "\"All values selected\""),
			new FormJsText("Skip to search", Kind.TEXT, "\"Skip to search\""),
			new FormJsText("Remove tag", Kind.TITLE, "\"Remove tag\""),
			// Table
			new FormJsText("Nothing to show.", Kind.TEXT, "\"Nothing to show.\""),
			new FormJsText("of", Kind.TEXT, "\" of \""),
			new FormJsText("Previous page", Kind.ARIA_LABEL, "\"Previous page\""),
			new FormJsText("Next page", Kind.ARIA_LABEL, "\"Next page\""),
			new FormJsText("Click to sort by 金额 ascending", Kind.ARIA_LABEL, "Click to sort by "),
			new FormJsText("Click to sort by 金额 descending", Kind.ARIA_LABEL, " descending`"),
			new FormJsText("Click to remove sorting", Kind.ARIA_LABEL, "\"Click to remove sorting\""),
			// features/repeatRender (dynamic list)
			new FormJsText("Add new", Kind.TEXT, "\"Add new\""),
			new FormJsText("Collapse", Kind.TEXT, "\"Collapse\""),
			new FormJsText("Expand all (3)", Kind.TEXT, "`Expand all (${"),
			new FormJsText("Remove list item 2", Kind.ARIA_LABEL, "`Remove list item ${"),
			// Number
			new FormJsText("Increment", Kind.ARIA_LABEL, "\"Increment\""),
			new FormJsText("Decrement", Kind.ARIA_LABEL, "\"Decrement\""),
			// parts/Datepicker (the browser region's date format), parts/Timepicker
			new FormJsText("mm/dd/yyyy", Kind.PLACEHOLDER, "formatToParts(new Date(Date.UTC(2020,5,5)))"),
			new FormJsText("dd.mm.yyyy", Kind.PLACEHOLDER, "formatToParts(new Date(Date.UTC(2020,5,5)))"),
			new FormJsText("yyyy/mm/dd", Kind.PLACEHOLDER, "formatToParts(new Date(Date.UTC(2020,5,5)))"),
			new FormJsText("hh:mm", Kind.PLACEHOLDER, "\"hh:mm\""),
			new FormJsText("hh:mm ?m", Kind.PLACEHOLDER, "\"hh:mm ?m\""),
			// IFrame, Image
			new FormJsText("No content to show.", Kind.TEXT, "\"No content to show.\""),
			new FormJsText("External content couldn't be loaded.", Kind.TEXT, "\"External content couldn't be loaded.\""),
			new FormJsText("This is an image placeholder", Kind.ALT, "\"This is an image placeholder\""),
			new FormJsText("Powered by bpmn.io", Kind.TITLE, "title:\"Powered by bpmn.io\""),
			// core/Validator, Datetime
			new FormJsText("Field is required.", Kind.TEXT, "\"Field is required.\""),
			new FormJsText("Value is not a number.", Kind.TEXT, "\"Value is not a number.\""),
			new FormJsText("Value is expected to be an integer.", Kind.TEXT, "\"be an integer\""),
			new FormJsText("Value is expected to have at most 2 decimal digits.", Kind.TEXT, " decimal digit"),
			new FormJsText("Please select a valid value, the two nearest valid values are 10 and 20.", Kind.TEXT,
					"the two nearest valid values are "),
			new FormJsText("Field must match pattern ^\\d+$.", Kind.TEXT, "`Field must match pattern ${"),
			new FormJsText("Field must have minimum value of 1.", Kind.TEXT, "`Field must have minimum value of ${"),
			new FormJsText("Field must have maximum value of 9.", Kind.TEXT, "`Field must have maximum value of ${"),
			new FormJsText("Field must have minimum length of 2.", Kind.TEXT, "`Field must have minimum length of ${"),
			new FormJsText("Field must have maximum length of 200.", Kind.TEXT, "`Field must have maximum length of ${"),
			new FormJsText("Field must be a valid  international phone number. (e.g. +4930664040900)", Kind.TEXT,
					"\"Field must be a valid  international phone number. (e.g. +4930664040900)\""),
			new FormJsText("Field must be a valid email.", Kind.TEXT, "\"Field must be a valid email.\""),
			new FormJsText("Date and time must both be entered.", Kind.TEXT, "\"Date and time must both be entered.\""));

	/** The first element of an entry of TEXTS: a quoted string or a regular expression literal. */
	private static final String ENGLISH = "('(?:[^'\\\\]|\\\\.)*'|\"(?:[^\"\\\\]|\\\\.)*\"|/(?:[^/\\\\\\n]|\\\\.)+/[a-z]*)";

	@Test
	void the_webjar_bundles_the_form_js_these_texts_come_from() throws IOException {
		String bundle = read(BUNDLE);
		List<String> gone = FORM_JS.stream()
			.filter(text -> !bundle.contains(text.inBundle()))
			.map(text -> text.shown() + " (" + text.inBundle() + ")")
			.toList();
		assertThat(gone).as("form-js texts no longer in the webjar's " + BUNDLE + ": form-js has changed").isEmpty();
	}

	@Test
	void the_script_translates_every_text_form_js_writes() throws IOException {
		String script = read(SCRIPT);
		List<Pattern> texts = english(section(script, "const TEXTS = ["), "\\[\\s*" + ENGLISH);
		List<Pattern> attributes = english(section(script, "const ATTRIBUTES = ["),
				"\\[\\s*'(?:placeholder|aria-label|title|alt)',\\s*" + ENGLISH);
		assertThat(texts).as("texts in form-js-zh.js").isNotEmpty();
		assertThat(attributes).as("attributes in form-js-zh.js").isNotEmpty();
		List<String> untranslated = FORM_JS.stream()
			.filter(text -> (text.kind() == Kind.TEXT ? texts : attributes).stream()
				.noneMatch(english -> english.matcher(text.shown()).matches()))
			.map(FormJsText::shown)
			.toList();
		assertThat(untranslated).as("form-js texts form-js-zh.js does not translate").isEmpty();
	}

	/** What the script puts in place of an English text is Chinese, with no word of English left. */
	@Test
	void the_translations_are_chinese() throws IOException {
		String script = read(SCRIPT);
		Matcher entries = Pattern.compile("\\[\\s*(?:'(?:placeholder|aria-label|title|alt)',\\s*)?" + ENGLISH
				+ ",\\s*'([^']*)',\\s*'[^']*'\\s*\\]").matcher(section(script, "const TEXTS = [") + section(script, "const ATTRIBUTES = ["));
		List<String> english = new ArrayList<>();
		int count = 0;
		while (entries.find()) {
			count++;
			String chinese = entries.group(2).replaceAll("\\$\\d", "");
			if (chinese.matches(".*[A-Za-z].*")) {
				english.add(chinese);
			}
		}
		assertThat(count).as("translations read from form-js-zh.js").isGreaterThanOrEqualTo(FORM_JS.size() - 3);
		assertThat(english).isEmpty();
	}

	/** The array that starts with {@code start}, up to its closing {@code ];}. */
	private static String section(String script, String start) {
		int from = script.indexOf(start);
		assertThat(from).as(start + " in form-js-zh.js").isNotNegative();
		return script.substring(from + start.length(), script.indexOf("\n];", from));
	}

	/** The English of each entry, as a pattern matching the whole text. */
	private static List<Pattern> english(String section, String entry) {
		List<Pattern> found = new ArrayList<>();
		Matcher matcher = Pattern.compile(entry).matcher(section);
		while (matcher.find()) {
			String literal = matcher.group(1);
			if (literal.startsWith("/")) {
				String body = literal.substring(1, literal.lastIndexOf('/'));
				String flags = literal.substring(literal.lastIndexOf('/') + 1);
				// JavaScript's ^…$ and Java's matches() both mean the whole text; a pattern without ^ matches a start.
				String regex = body.startsWith("^") ? body : "^" + body;
				regex = regex.endsWith("$") ? regex : regex + ".*";
				found.add(Pattern.compile(regex, flags.contains("i") ? Pattern.CASE_INSENSITIVE : 0));
			}
			else {
				String text = literal.substring(1, literal.length() - 1).replace("\\'", "'");
				found.add(Pattern.compile(Pattern.quote(text)));
			}
		}
		return found;
	}

	private static String read(String resource) throws IOException {
		List<URL> found = Collections.list(FormJsTranslationTest.class.getClassLoader().getResources(resource));
		assertThat(found).as(resource + " on the classpath").isNotEmpty();
		try (InputStream in = found.get(0).openStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
