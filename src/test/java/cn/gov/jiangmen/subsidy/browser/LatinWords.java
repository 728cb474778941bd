package cn.gov.jiangmen.subsidy.browser;

import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The Latin-letter words an officer may meet on a Chinese screen: codes the work needs. Any other
 * word with a Latin letter is English left untranslated.
 */
final class LatinWords {

	private record Allowed(String why, Predicate<String> test) {

		static Allowed matching(String why, String regex) {
			return new Allowed(why, Pattern.compile(regex).asMatchPredicate());
		}

	}

	private static final List<Allowed> ALLOWED = List.of(
			Allowed.matching("application number", "JM-\\d{4}-\\d{6}"),
			Allowed.matching("batch number", "(PLAN|NOTICE|BUDGET|RELEASE)-[A-Z]+-\\d{4}-\\d{3}"),
			Allowed.matching("unified social credit code (GB 32100)", "(?=.*\\d)[0-9A-HJ-NPQRTUWXY]{18}"),
			Allowed.matching("file name of an attachment", "[\\w.-]+\\.(?i:pdf|png|jpe?g)"),
			Allowed.matching("file size unit", "KB|MB"),
			// The calculation trace's notation for the smaller of two amounts: min(2 × 20000.00, 50000.00).
			Allowed.matching("the trace's min(…)", "min"));

	private LatinWords() {
	}

	/** The words no rule allows, in their order. */
	static List<String> notAllowed(Collection<String> words) {
		return words.stream().filter(word -> ALLOWED.stream().noneMatch(allowed -> allowed.test().test(word))).toList();
	}

}
