package cn.gov.jiangmen.subsidy.security;

import cn.gov.jiangmen.subsidy.identity.EnterpriseDirectory;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import cn.gov.jiangmen.subsidy.processes.ProcessConstants.Groups;

/**
 * The demo identities of CONTRACT.md, seeded on first start and left alone on later starts.
 * Never under the {@code prod} profile (see {@link ProdGuard}).
 */
@Component
@ConditionalOnProperty(name = "app.demo-data", havingValue = "true", matchIfMissing = true)
class DemoData {

	static final String PASSWORD = "demo";
	static final String DEMO_CREDIT_CODE = "91440703MA4U000013";

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	record Person(String id, String firstName, String lastName, String group) {
	}

	static final List<Person> PEOPLE = List.of(
			new Person("city-officer", "市商务局", "复审员", Groups.CITY_COMMERCE),
			new Person("city-finance", "市财政局", "经办员", Groups.CITY_FINANCE),
			new Person("pengjiang-officer", "蓬江区商务局", "初审员", Groups.DISTRICT_COMMERCE_PREFIX + "pengjiang"),
			new Person("jianghai-officer", "江海区商务局", "初审员", Groups.DISTRICT_COMMERCE_PREFIX + "jianghai"),
			new Person("xinhui-officer", "新会区商务局", "初审员", Groups.DISTRICT_COMMERCE_PREFIX + "xinhui"),
			new Person("pengjiang-finance", "蓬江区财政局", "经办员", Groups.DISTRICT_FINANCE_PREFIX + "pengjiang"),
			new Person("jianghai-finance", "江海区财政局", "经办员", Groups.DISTRICT_FINANCE_PREFIX + "jianghai"),
			new Person("xinhui-finance", "新会区财政局", "经办员", Groups.DISTRICT_FINANCE_PREFIX + "xinhui"),
			new Person("enterprise-demo", "江门示范外贸", "有限公司", Groups.ENTERPRISE));

	private final IdentityService identity;
	private final EnterpriseDirectory enterprises;

	DemoData(IdentityService identity, EnterpriseDirectory enterprises) {
		this.identity = identity;
		this.enterprises = enterprises;
	}

	@EventListener
	@Order(20)
	void seed(ApplicationReadyEvent event) {
		for (Person person : PEOPLE) {
			createUser(person);
		}
		enterprises.register(new EnterpriseDirectory.EnterpriseAccount("enterprise-demo", DEMO_CREDIT_CODE,
				"江门示范外贸有限公司", "PENGJIANG"));
		log.info("Demo identities ready: {} users with password '{}'", PEOPLE.size(), PASSWORD);
	}

	private void createUser(Person person) {
		if (identity.createUserQuery().userId(person.id()).count() > 0) {
			return;
		}
		User user = identity.newUser(person.id());
		user.setFirstName(person.firstName());
		user.setLastName(person.lastName());
		user.setPassword(PASSWORD);
		user.setEmail(person.id() + "@example.invalid");
		identity.saveUser(user);
		identity.createMembership(person.id(), person.group());
	}

}
