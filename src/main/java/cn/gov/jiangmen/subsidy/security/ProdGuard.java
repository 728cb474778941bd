package cn.gov.jiangmen.subsidy.security;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Under {@code prod} the app refuses to run with any demo identity that still has the demo
 * password, e.g. in a database first started without the profile. The configuration side
 * (demo data switched on, no admin password given) is refused earlier by {@link ProdSettingsCheck}.
 */
@Component
@Profile("prod")
class ProdGuard {

	private final IdentityService identity;

	ProdGuard(IdentityService identity) {
		this.identity = identity;
	}

	@EventListener
	@Order(0)
	void refuseDemoUsers(ApplicationReadyEvent event) {
		for (DemoData.Person person : DemoData.PEOPLE) {
			if (identity.createUserQuery().userId(person.id()).count() > 0
					&& identity.checkPassword(person.id(), DemoData.PASSWORD)) {
				throw new IllegalStateException("Refusing to start under the prod profile: demo user '" + person.id()
						+ "' exists with the demo password. Delete it or change its password first.");
			}
		}
		if (identity.checkPassword("admin", DemoData.PASSWORD)) {
			throw new IllegalStateException(
					"Refusing to start under the prod profile: user 'admin' still has the demo password.");
		}
	}

}
