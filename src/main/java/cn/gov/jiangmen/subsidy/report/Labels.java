package cn.gov.jiangmen.subsidy.report;

import cn.gov.jiangmen.subsidy.ledger.ItemKinds;

/**
 * The Chinese names of codes, as a template calls them ({@code ${names.status(a.status)}}); public
 * so that the templates' expression language may call it.
 */
public final class Labels {

	public String kind(String code) {
		return Names.batchKind(code);
	}

	public String batchStatus(String code) {
		return Names.batchStatus(code);
	}

	public String status(String code) {
		return Names.status(code);
	}

	public String step(String code) {
		return Names.step(code);
	}

	public String entryStatus(String code) {
		return Names.entryStatus(code);
	}

	public String district(String code) {
		return Names.district(code);
	}

	public String itemType(String policyId, String code) {
		return ItemKinds.of(policyId, code).label();
	}

}
