package cn.gov.jiangmen.subsidy.quote;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where the subsidy is paid (CONTRACT, round 2): kept with the request for the district finance
 * bureau's payout; the rules never read it.
 */
public record BankAccount(String bankName, String accountName, String accountNumber) {

	public static final int MAX_BANK_NAME = 100;
	public static final int MAX_ACCOUNT_NAME = 200;
	public static final int MIN_ACCOUNT_DIGITS = 6;
	public static final int MAX_ACCOUNT_DIGITS = 32;

	private static final Pattern ACCOUNT_NUMBER = Pattern
		.compile("[0-9]{" + MIN_ACCOUNT_DIGITS + "," + MAX_ACCOUNT_DIGITS + "}");

	public BankAccount {
		Objects.requireNonNull(bankName, "bankName");
		Objects.requireNonNull(accountName, "accountName");
		Objects.requireNonNull(accountNumber, "accountNumber");
		if (!isAccountNumber(accountNumber)) {
			throw new IllegalArgumentException("an account number has " + MIN_ACCOUNT_DIGITS + " to "
					+ MAX_ACCOUNT_DIGITS + " digits");
		}
	}

	static boolean isAccountNumber(String text) {
		return ACCOUNT_NUMBER.matcher(text).matches();
	}
}
