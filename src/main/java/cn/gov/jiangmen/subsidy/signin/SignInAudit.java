package cn.gov.jiangmen.subsidy.signin;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every sign-in, failed or successful, with its address and time, in app_sign_in_audit (insert
 * only) and in the "audit" log. The table is what an administrator reads after an incident; the
 * log line is what a log collector alerts on.
 */
@Component
class SignInAudit {

	enum Outcome {
		SUCCEEDED, FAILED, THROTTLED
	}

	record Entry(OffsetDateTime at, String userId, String address, Door door, Outcome outcome) {
	}

	/**
	 * Sign-ins happen in real time whatever the app's business clock says (tests and rehearsals
	 * move that one to a call's deadline): waits and the audit record follow the wall clock.
	 */
	static final Clock REAL_TIME = Clock.systemDefaultZone();

	private static final Logger log = LoggerFactory.getLogger("audit.sign-in");
	private static final int LONGEST_USER_ID = 128;

	private final JdbcClient jdbc;

	SignInAudit(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void record(String userId, String address, Door door, Outcome outcome) {
		String user = userId == null ? "" : userId.length() > LONGEST_USER_ID ? userId.substring(0, LONGEST_USER_ID) : userId;
		OffsetDateTime at = OffsetDateTime.now(REAL_TIME);
		jdbc.sql("""
				INSERT INTO app_sign_in_audit (at, user_id, address, door, outcome)
				VALUES (:at, :user, :address, :door, :outcome)""")
			.param("at", at)
			.param("user", user)
			.param("address", address)
			.param("door", door.name())
			.param("outcome", outcome.name())
			.update();
		log.info("sign-in {} user={} address={} door={}", outcome, user, address, door);
	}

	List<Entry> latest(String userId, int limit) {
		String where = userId == null || userId.isBlank() ? "" : "WHERE user_id = :user ";
		var statement = jdbc.sql("SELECT at, user_id, address, door, outcome FROM app_sign_in_audit " + where
				+ "ORDER BY id DESC LIMIT :limit").param("limit", limit);
		if (!where.isEmpty()) {
			statement = statement.param("user", userId.strip());
		}
		return statement
			.query((rs, n) -> new Entry(rs.getObject("at", OffsetDateTime.class), rs.getString("user_id"),
					rs.getString("address"), Door.valueOf(rs.getString("door")), Outcome.valueOf(rs.getString("outcome"))))
			.list();
	}

}
