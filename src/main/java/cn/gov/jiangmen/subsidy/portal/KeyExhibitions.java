package cn.gov.jiangmen.subsidy.portal;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * 《江门市重点展览计划》 as configured ({@code app.key-exhibitions}): the portal offers these names,
 * and an exhibition entered under one of them is in the plan. Empty: the enterprise types the name
 * and says itself whether the fair is in the plan.
 */
@ConfigurationProperties("app")
public record KeyExhibitions(List<Entry> keyExhibitions) {

	public record Entry(String name, String type, String country) {
	}

	public KeyExhibitions {
		keyExhibitions = keyExhibitions == null ? List.of() : List.copyOf(keyExhibitions);
	}

	public List<String> namesFor(String type) {
		return keyExhibitions.stream().filter(e -> type.equals(e.type())).map(Entry::name).toList();
	}

	public boolean configuredFor(String type) {
		return !namesFor(type).isEmpty();
	}

	/** Whether this typed name is a fair of the plan (full-width and half-width forms and case folded). */
	boolean listed(String type, String name) {
		String wanted = fold(name);
		return !wanted.isEmpty() && namesFor(type).stream().map(KeyExhibitions::fold).anyMatch(wanted::equals);
	}

	static String fold(String name) {
		return name == null ? "" : Normalizer.normalize(name, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
	}

}
