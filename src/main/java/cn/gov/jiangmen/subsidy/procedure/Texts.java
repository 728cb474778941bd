package cn.gov.jiangmen.subsidy.procedure;

import org.camunda.bpm.engine.ProcessEngineException;

/** Free text typed into forms: trimmed, bounded, stored as text (it is never rendered as markup). */
final class Texts {

	static final int MAX_COMMENT = 2000;

	private Texts() {
	}

	static String clean(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		if (text.length() > MAX_COMMENT) {
			throw new ProcessEngineException("意见不得超过 " + MAX_COMMENT + " 字");
		}
		return text.strip();
	}

}
