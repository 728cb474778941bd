package cn.gov.jiangmen.subsidy.security;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;

/**
 * The engine's password policy (ten characters, upper and lower case, a digit, a special
 * character, not the user's own name), except that outside {@code prod} the demo password of
 * CONTRACT.md is allowed: the demo users, the demo admin and test users keep "demo". Under
 * {@code prod} there are no demo users ({@link ProdGuard}) and the exception is off.
 */
final class DemoPasswordExcepted implements PasswordPolicy {

	private final List<PasswordPolicyRule> rules;

	DemoPasswordExcepted(PasswordPolicy policy, boolean prod) {
		this.rules = prod ? policy.getRules() : policy.getRules().stream().map(DemoPasswordExcepted::except).toList();
	}

	@Override
	public List<PasswordPolicyRule> getRules() {
		return rules;
	}

	private static PasswordPolicyRule except(PasswordPolicyRule rule) {
		return new PasswordPolicyRule() {

			@Override
			public String getPlaceholder() {
				return rule.getPlaceholder();
			}

			@Override
			public Map<String, String> getParameters() {
				return rule.getParameters();
			}

			@Override
			public boolean execute(String password) {
				return DemoData.PASSWORD.equals(password) || rule.execute(password);
			}

			@Override
			public boolean execute(String password, User user) {
				return DemoData.PASSWORD.equals(password) || rule.execute(password, user);
			}

		};
	}

}
