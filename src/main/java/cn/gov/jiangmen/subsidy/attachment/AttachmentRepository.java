package cn.gov.jiangmen.subsidy.attachment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Evidence rows; lists never read the bytes, only {@link #content} does. */
@Repository
class AttachmentRepository {

	private static final String COLUMNS = "id, credit_code, draft_id, application_id, item_index, name, content_type, "
			+ "size_bytes, sha256, uploaded_by, uploaded_at";

	private final JdbcClient jdbc;

	AttachmentRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(String creditCode, String draftId, String applicationId, Integer itemIndex, String name,
			String contentType, byte[] content, String sha256, String by, OffsetDateTime at) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO app_attachment (credit_code, draft_id, application_id, item_index, name, content_type,
				  size_bytes, sha256, content, uploaded_by, uploaded_at)
				VALUES (:code, :draft, :application, :item, :name, :type, :size, :sha, :content, :by, :at)""")
			.param("code", creditCode)
			.param("draft", draftId)
			.param("application", applicationId)
			.param("item", itemIndex)
			.param("name", name)
			.param("type", contentType)
			.param("size", (long) content.length)
			.param("sha", sha256)
			.param("content", content)
			.param("by", by)
			.param("at", at)
			.update(keys, "id");
		Number id = (Number) keys.getKeys().get(keys.getKeys().containsKey("id") ? "id" : "ID");
		return id.longValue();
	}

	List<Attachment> ofApplication(String applicationId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM app_attachment WHERE application_id = :id ORDER BY item_index NULLS FIRST, id")
			.param("id", applicationId)
			.query(this::map)
			.list();
	}

	List<Attachment> ofDraft(String draftId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM app_attachment WHERE draft_id = :id ORDER BY item_index NULLS FIRST, id")
			.param("id", draftId)
			.query(this::map)
			.list();
	}

	Optional<Attachment> find(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM app_attachment WHERE id = :id").param("id", id).query(this::map).optional();
	}

	byte[] content(long id) {
		return jdbc.sql("SELECT content FROM app_attachment WHERE id = :id").param("id", id).query(byte[].class).single();
	}

	long countOfApplication(String applicationId) {
		return jdbc.sql("SELECT COUNT(*) FROM app_attachment WHERE application_id = :id")
			.param("id", applicationId)
			.query(Long.class)
			.single();
	}

	long countOfDraft(String draftId) {
		return jdbc.sql("SELECT COUNT(*) FROM app_attachment WHERE draft_id = :id").param("id", draftId).query(Long.class).single();
	}

	void delete(long id) {
		jdbc.sql("DELETE FROM app_attachment WHERE id = :id").param("id", id).update();
	}

	/** A draft becomes an application: its files go with it. */
	void moveDraftToApplication(String draftId, String applicationId) {
		jdbc.sql("UPDATE app_attachment SET application_id = :application, draft_id = NULL WHERE draft_id = :draft")
			.param("application", applicationId)
			.param("draft", draftId)
			.update();
	}

	/** An item was removed from a draft: its files go with it, the files of the items after it move up. */
	void itemRemovedFromDraft(String draftId, int itemIndex) {
		jdbc.sql("DELETE FROM app_attachment WHERE draft_id = :draft AND item_index = :item")
			.param("draft", draftId)
			.param("item", itemIndex)
			.update();
		jdbc.sql("UPDATE app_attachment SET item_index = item_index - 1 WHERE draft_id = :draft AND item_index > :item")
			.param("draft", draftId)
			.param("item", itemIndex)
			.update();
	}

	/**
	 * A corrected application's items were reordered or removed: each file follows its item to the
	 * new index; a file of a removed item becomes material of the whole application.
	 */
	void remapItems(String applicationId, java.util.Map<Integer, Integer> newIndexByOld) {
		for (Attachment attachment : ofApplication(applicationId)) {
			if (attachment.itemIndex() == null) {
				continue;
			}
			jdbc.sql("UPDATE app_attachment SET item_index = :item WHERE id = :id")
				.param("item", newIndexByOld.get(attachment.itemIndex()))
				.param("id", attachment.id())
				.update();
		}
	}

	void deleteOfDraft(String draftId) {
		jdbc.sql("DELETE FROM app_attachment WHERE draft_id = :draft").param("draft", draftId).update();
	}

	private Attachment map(ResultSet rs, int row) throws SQLException {
		Integer item = rs.getObject("item_index", Integer.class);
		return new Attachment(rs.getLong("id"), rs.getString("credit_code"), rs.getString("draft_id"),
				rs.getString("application_id"), item, rs.getString("name"),
				rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("sha256"),
				rs.getString("uploaded_by"), rs.getObject("uploaded_at", OffsetDateTime.class));
	}

}
