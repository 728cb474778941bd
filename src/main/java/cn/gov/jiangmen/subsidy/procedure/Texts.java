package cn.gov.jiangmen.subsidy.procedure;

import org.camunda.bpm.engine.ProcessEngineException;

/** Free text typed into forms: trimmed, bounded, stored as text (it is never rendered as markup). */
final class Texts {

	static final int MAX_COMMENT = 2000;

	private Texts() {
	}

	static String clean(String text) {
		return clean(text, MAX_COMMENT);
	}

	static String clean(String text, int max) {
		if (text == null || text.isBlank()) {
			return null;
		}
		if (text.length() > max) {
			throw new ProcessEngineException("意见不得超过 " + max + " 字");
		}
		return text.strip();
	}

}
