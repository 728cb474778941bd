package cn.gov.jiangmen.subsidy.policy;

/**
 * The applicant. The credit code's check character is verified where requests are read; here it
 * only has to be present, because the rules never look inside it. {@code district} is null for an
 * enterprise outside Jiangmen, which only a pack without districts (the Yueqing draft) can assess;
 * {@code tradeRecordSince2024} is 第二条's condition and means nothing to such a pack.
 */
public record Enterprise(String creditCode, String name, District district, boolean tradeRecordSince2024) {

	public Enterprise {
		Values.requireText(creditCode, "creditCode");
		Values.requireText(name, "name");
	}
}
