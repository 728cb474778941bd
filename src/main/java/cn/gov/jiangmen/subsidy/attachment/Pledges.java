package cn.gov.jiangmen.subsidy.attachment;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * 第十五条: "申报单位对提交材料的真实性、合法性负责". Before each submission the enterprise's user
 * ticks this pledge; who, when and the exact words are kept with the application.
 */
@Service
public class Pledges {

	public static final String WORDING = "本企业对提交的申报资料的真实性、合法性负责；如有虚报、冒领、骗取扶持资金等行为，"
			+ "愿按《江门市外贸高质量创新发展政策实施细则》第十五条的规定承担责任，退回已获扶持资金。";

	public record Pledge(String applicationId, String pledgedBy, OffsetDateTime pledgedAt, String wording) {
	}

	private final JdbcClient jdbc;
	private final Clock clock;

	Pledges(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public void record(String applicationId, String userId) {
		jdbc.sql("""
				INSERT INTO app_pledge (application_id, pledged_by, pledged_at, wording)
				VALUES (:id, :by, :at, :wording)""")
			.param("id", applicationId)
			.param("by", userId)
			.param("at", OffsetDateTime.now(clock))
			.param("wording", WORDING)
			.update();
	}

	/** The pledge of the application's last submission or resubmission. */
	public Optional<Pledge> latest(String applicationId) {
		return jdbc.sql("""
				SELECT application_id, pledged_by, pledged_at, wording FROM app_pledge WHERE application_id = :id
				ORDER BY id DESC FETCH FIRST 1 ROWS ONLY""")
			.param("id", applicationId)
			.query((rs, n) -> new Pledge(rs.getString(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class),
					rs.getString(4)))
			.optional();
	}

}
