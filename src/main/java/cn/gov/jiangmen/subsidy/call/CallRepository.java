package cn.gov.jiangmen.subsidy.call;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class CallRepository {

	private final JdbcClient jdbc;

	CallRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Call> all() {
		return jdbc.sql("SELECT * FROM app_call ORDER BY opens_on DESC, id DESC").query(this::map).list();
	}

	Optional<Call> find(long id) {
		return jdbc.sql("SELECT * FROM app_call WHERE id = :id").param("id", id).query(this::map).optional();
	}

	/** Calls not closed early whose window includes any day of {@code from .. to}. */
	List<Call> overlapping(LocalDate from, LocalDate to) {
		return jdbc.sql("""
				SELECT * FROM app_call WHERE closed_at IS NULL AND opens_on <= :to AND closes_on >= :from
				ORDER BY opens_on""").param("from", from).param("to", to).query(this::map).list();
	}

	long insert(String title, String documentNo, LocalDate opensOn, LocalDate closesOn, LocalDate periodFrom,
			LocalDate periodTo, String by, OffsetDateTime at) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO app_call (title, document_no, opens_on, closes_on, period_from, period_to, published_by,
				  published_at) VALUES (:title, :no, :opens, :closes, :from, :to, :by, :at)""")
			.param("title", title)
			.param("no", documentNo)
			.param("opens", opensOn)
			.param("closes", closesOn)
			.param("from", periodFrom)
			.param("to", periodTo)
			.param("by", by)
			.param("at", at)
			.update(keys, "id");
		Number id = (Number) keys.getKeys().get(keys.getKeys().containsKey("id") ? "id" : "ID");
		return id.longValue();
	}

	void close(long id, String by, OffsetDateTime at) {
		jdbc.sql("UPDATE app_call SET closed_by = :by, closed_at = :at WHERE id = :id AND closed_at IS NULL")
			.param("by", by)
			.param("at", at)
			.param("id", id)
			.update();
	}

	long count() {
		return jdbc.sql("SELECT COUNT(*) FROM app_call").query(Long.class).single();
	}

	private Call map(ResultSet rs, int row) throws SQLException {
		return new Call(rs.getLong("id"), rs.getString("title"), rs.getString("document_no"),
				rs.getObject("opens_on", LocalDate.class), rs.getObject("closes_on", LocalDate.class),
				rs.getObject("period_from", LocalDate.class), rs.getObject("period_to", LocalDate.class),
				rs.getString("published_by"), rs.getObject("published_at", OffsetDateTime.class),
				rs.getString("closed_by"), rs.getObject("closed_at", OffsetDateTime.class));
	}

}
