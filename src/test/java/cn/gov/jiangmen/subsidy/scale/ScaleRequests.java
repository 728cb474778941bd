package cn.gov.jiangmen.subsidy.scale;

import java.util.List;

import cn.hutool.core.util.CreditCodeUtil;

/**
 * Submissions for load: one enterprise per application (so annual caps never interfere), spread
 * over the three funded districts, with a mix of item types dated in 2025.
 */
final class ScaleRequests {

	static final List<String> DISTRICTS = List.of("PENGJIANG", "JIANGHAI", "XINHUI");
	/** The registration authorities of those districts, as a credit code names them. */
	private static final List<String> DIVISIONS = List.of("440703", "440704", "440705");
	private static final String CHECK_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final String EXHIBITION = """
			{"type": "OVERSEAS_EXHIBITION", "country": "BR", "startDate": "2025-06-10", "keyPlan": true,
			 "boothKind": "STANDARD", "booths": 2, "expenses": "50000.00"}""";
	private static final String INSURANCE = """
			{"type": "EXPORT_CREDIT_INSURANCE", "paidDate": "2025-03-01", "premiumPaid": "100000.00", "platformPolicy": false}""";
	private static final String CREDIT = """
			{"type": "CREDIT_SERVICE", "paidDate": "2025-04-01", "fees": "20000.00"}""";
	private static final String DOMESTIC = """
			{"type": "DOMESTIC_EXHIBITION", "startDate": "2025-05-01", "keyPlan": true, "consumerFair": false,
			 "booths": 1, "expenses": "10000.00"}""";
	private static final String AEO = """
			{"type": "AEO_CERTIFICATION", "certifiedDate": "2025-02-01", "level": "ADVANCED", "firstCertification": true}""";

	private ScaleRequests() {
	}

	static String district(int n) {
		return DISTRICTS.get(n % DISTRICTS.size());
	}

	static String officer(String district) {
		return district.toLowerCase() + "-officer";
	}

	static String finance(String district) {
		return district.toLowerCase() + "-finance";
	}

	/**
	 * A valid Unified Social Credit Code, distinct for every (run, n), registered (characters 3-8)
	 * in the district the n-th application names.
	 */
	static String creditCode(int run, int n) {
		String body = "91" + DIVISIONS.get(n % DISTRICTS.size()) + "%02d".formatted(run % 100) + "%07d".formatted(n);
		for (char c : CHECK_CHARS.toCharArray()) {
			if (CreditCodeUtil.isCreditCode(body + c)) {
				return body + c;
			}
		}
		throw new IllegalStateException("no check character for " + body);
	}

	/** The demo enterprise (蓬江区), whose user uploads evidence as a real enterprise clerk would. */
	static final String DEMO_ENTERPRISE_USER = "enterprise-demo";
	private static final String DEMO_CREDIT_CODE = "91440703MA4U000013";
	/** The demo enterprise's application goes the approved way in Pengjiang ({@code Path.of(6)}, district 6 % 3). */
	static final int DEMO_ENTERPRISE_N = 6;

	/** The n of {@link #creditCode(int, int)}; {@link #DEMO_ENTERPRISE_N} for the demo enterprise. */
	static int numberOf(String creditCode) {
		if (creditCode.equals(DEMO_CREDIT_CODE)) {
			return DEMO_ENTERPRISE_N;
		}
		return Integer.parseInt(creditCode.substring(8, 17));
	}

	/** The demo enterprise's one application of an installation (its annual caps allow one of these). */
	static String demoEnterpriseRequest() {
		return request(DEMO_CREDIT_CODE, "江门示范外贸有限公司", DEMO_ENTERPRISE_N);
	}

	/** The n-th application of a run: one to three items, five item types in rotation. */
	static String request(int run, int n) {
		return request(creditCode(run, n), "压测企业%d-%d".formatted(run, n), n);
	}

	private static String request(String creditCode, String name, int n) {
		String items = switch (n % 4) {
			case 0 -> EXHIBITION + "," + INSURANCE;
			case 1 -> CREDIT;
			case 2 -> DOMESTIC + "," + CREDIT + "," + INSURANCE;
			default -> AEO + "," + EXHIBITION;
		};
		return """
				{"enterprise": {"creditCode": "%s", "name": "%s", "district": "%s", "tradeRecordSince2024": true},
				 "items": [%s]}""".formatted(creditCode, name, district(n), items);
	}

}
