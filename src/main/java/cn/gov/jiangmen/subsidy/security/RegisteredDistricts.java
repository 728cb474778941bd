package cn.gov.jiangmen.subsidy.security;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import cn.gov.jiangmen.subsidy.policy.District;

/**
 * Where an enterprise is registered (第十三条: 注册所在地) is a fact the app holds, not a claim of the
 * request: a submission or a quote that names another district is refused, and whose district it
 * is decides who may act for the enterprise. In order of strength:
 * <ol>
 * <li>a registration record (an enterprise account, kept by the admin): it also covers an
 * enterprise that moved, which keeps its credit code;</li>
 * <li>the registration authority named in the credit code, where it is a district's;</li>
 * <li>the district of the enterprise's first accepted submission.</li>
 * </ol>
 * Nothing known (a code of the city-level registry, never submitted): the request's district is
 * taken, and becomes the fact with the submission.
 */
@Component
public class RegisteredDistricts {

	private static final String REGISTRATION = "REGISTRATION";
	private static final String FIRST_SUBMISSION = "FIRST_SUBMISSION";

	private record Recorded(District district, String source) {
	}

	private final JdbcClient jdbc;
	private final Clock clock;
	private final TransactionTemplate savepoint;

	RegisteredDistricts(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.savepoint = new TransactionTemplate(transactions);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	/** The district the enterprise is registered in, or empty while the app knows nothing of it. */
	public Optional<District> of(String creditCode) {
		Optional<Recorded> recorded = recorded(creditCode);
		if (recorded.filter(r -> REGISTRATION.equals(r.source())).isPresent()) {
			return recorded.map(Recorded::district);
		}
		return RegistrationAuthority.districtOf(creditCode).or(() -> recorded.map(Recorded::district));
	}

	/** The enterprise's registration record says where it is; it outranks everything else. */
	void register(String creditCode, District district, String recordedBy) {
		int updated = jdbc.sql("""
				UPDATE app_enterprise_district SET district = :district, source = 'REGISTRATION',
				  recorded_by = :by, recorded_at = :at WHERE credit_code = :code""")
			.param("district", district.name())
			.param("by", recordedBy)
			.param("at", OffsetDateTime.now(clock))
			.param("code", creditCode)
			.update();
		if (updated == 0) {
			insert(creditCode, district, REGISTRATION, recordedBy);
		}
	}

	/**
	 * An accepted submission fixes the district of an enterprise the app knew nothing of. Two
	 * first submissions at once: the second finds the first's record, under a savepoint so that
	 * its own transaction goes on.
	 */
	public void recordFirstSubmission(String creditCode, District district, String submittedBy) {
		if (recorded(creditCode).isPresent()) {
			return;
		}
		try {
			savepoint.executeWithoutResult(status -> insert(creditCode, district, FIRST_SUBMISSION, submittedBy));
		}
		catch (DuplicateKeyException recordedMeanwhile) {
			// the other submission's district stands, and this one was checked against the same facts
		}
	}

	private void insert(String creditCode, District district, String source, String recordedBy) {
		jdbc.sql("""
				INSERT INTO app_enterprise_district (credit_code, district, source, recorded_by, recorded_at)
				VALUES (:code, :district, :source, :by, :at)""")
			.param("code", creditCode)
			.param("district", district.name())
			.param("source", source)
			.param("by", recordedBy)
			.param("at", OffsetDateTime.now(clock))
			.update();
	}

	private Optional<Recorded> recorded(String creditCode) {
		return jdbc.sql("SELECT district, source FROM app_enterprise_district WHERE credit_code = :code")
			.param("code", creditCode)
			.query((rs, n) -> new Recorded(District.valueOf(rs.getString("district")), rs.getString("source")))
			.optional();
	}

}
