package cn.gov.jiangmen.subsidy.identity;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.gov.jiangmen.subsidy.policy.District;

/** Which enterprise (credit code) an enterprise user acts for; kept in app_enterprise_user. */
@Component
public class EnterpriseDirectory {

	public record EnterpriseAccount(String userId, String creditCode, String enterpriseName, String district) {
	}

	private final JdbcClient jdbc;
	private final RegisteredDistricts districts;

	EnterpriseDirectory(JdbcClient jdbc, RegisteredDistricts districts) {
		this.jdbc = jdbc;
		this.districts = districts;
	}

	public Optional<EnterpriseAccount> accountOf(String userId) {
		return load(userId);
	}

	private Optional<EnterpriseAccount> load(String userId) {
		return jdbc.sql("SELECT * FROM app_enterprise_user WHERE user_id = :id")
			.param("id", userId)
			.query((rs, n) -> new EnterpriseAccount(rs.getString("user_id"), rs.getString("credit_code"),
					rs.getString("enterprise_name"), rs.getString("district")))
			.optional();
	}

	public List<String> usersOf(String creditCode) {
		return jdbc.sql("SELECT user_id FROM app_enterprise_user WHERE credit_code = :code ORDER BY user_id")
			.param("code", creditCode)
			.query(String.class)
			.list();
	}

	/** An enterprise user and the enterprise's registration record, with its district. */
	public void register(EnterpriseAccount account) {
		if (load(account.userId()).isPresent()) {
			return;
		}
		districts.register(account.creditCode(), District.valueOf(account.district()),
				"account:" + account.userId());
		jdbc.sql("""
				INSERT INTO app_enterprise_user (user_id, credit_code, enterprise_name, district)
				VALUES (:u, :c, :n, :d)""")
			.param("u", account.userId())
			.param("c", account.creditCode())
			.param("n", account.enterpriseName())
			.param("d", account.district())
			.update();
	}

}
