package cn.gov.jiangmen.subsidy;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;

import cn.gov.jiangmen.subsidy.identity.EnterpriseDirectory;

/**
 * Enterprise users beside the demo data's {@code enterprise-demo}, created the first time a test asks
 * for them and kept for the rest of the run (users and the directory are not procedure data: the reset
 * leaves them).
 */
public class TestEnterprises {

	/** An enterprise of Jianghai with its own portal user: "another enterprise" for the security tests. */
	public static final String JIANGHAI_USER = "enterprise-jianghai";
	public static final String JIANGHAI_CREDIT_CODE = "91440704MA4UC0001E";
	public static final String JIANGHAI_NAME = "江海外贸有限公司";

	private final ProcessEngine engine;
	private final EnterpriseDirectory enterprises;

	TestEnterprises(ProcessEngine engine, EnterpriseDirectory enterprises) {
		this.engine = engine;
		this.enterprises = enterprises;
	}

	/** {@link #JIANGHAI_USER} (password {@code demo}), in the group {@code enterprise}, registered in Jianghai. */
	public String jianghai() {
		IdentityService identity = engine.getIdentityService();
		if (identity.createUserQuery().userId(JIANGHAI_USER).count() == 0) {
			var user = identity.newUser(JIANGHAI_USER);
			user.setPassword("demo");
			identity.saveUser(user);
			identity.createMembership(JIANGHAI_USER, "enterprise");
			enterprises.register(new EnterpriseDirectory.EnterpriseAccount(JIANGHAI_USER, JIANGHAI_CREDIT_CODE, JIANGHAI_NAME,
					"JIANGHAI"));
		}
		return JIANGHAI_USER;
	}

}
