package cn.gov.jiangmen.subsidy.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

import javax.sql.DataSource;

import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;

/**
 * The default store, an H2 file database, and the only class that reaches into H2 (an ArchUnit
 * rule keeps it so). It exists because of one fact of H2 2.3: with {@code WRITE_DELAY=0}, which the
 * app needs so that no acknowledged commit is lost on {@code kill -9}, H2 starts no background
 * writer, and that writer is what compacts the file; every commit leaves a new chunk behind. This
 * class runs the same compaction ({@link MVStore#compactFile}) on the app's schedule instead, and
 * takes H2's own online backup ({@code BACKUP TO}).
 */
final class H2FileStore {

	/** What one housekeeping pass found and did. */
	record Compaction(boolean ran, long bytesBefore, long bytesAfter, Duration took) {
	}

	private final DataSource dataSource;
	private final Path file;
	/** A compaction and a backup never overlap: the backup copies the file while H2 stops reusing space. */
	private final ReentrantLock maintenance = new ReentrantLock();
	/** The file's size after this object's last compaction; -1 before the first. */
	private volatile long lastCompactedSize = -1;

	private H2FileStore(DataSource dataSource, Path file) {
		this.dataSource = dataSource;
		this.file = file;
	}

	/** The H2 file store behind this data source, or empty for an in-memory H2 or another database. */
	static Optional<H2FileStore> of(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			if (!connection.isWrapperFor(JdbcConnection.class)) {
				return Optional.empty();
			}
			try (Statement statement = connection.createStatement();
					ResultSet rs = statement.executeQuery("SELECT DATABASE_PATH()")) {
				rs.next();
				String path = rs.getString(1);
				return path == null ? Optional.empty()
						: Optional.of(new H2FileStore(dataSource, Path.of(path + ".mv.db").toAbsolutePath().normalize()));
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException("cannot inspect the data source: " + e.getMessage(), e);
		}
	}

	Path file() {
		return file;
	}

	long sizeBytes() {
		try {
			return Files.size(file);
		}
		catch (java.io.IOException e) {
			return -1;
		}
	}

	/**
	 * Compacts the file once it has grown by {@code afterGrowth} (or by a quarter of its compacted
	 * size, whichever is more) since the last compaction by this object; the first call after a start
	 * always compacts, which also takes back what a crash left. A compaction rewrites sparse chunks,
	 * moves chunks into the holes and truncates the file; commits wait meanwhile, at most about
	 * {@code maxTime}. It ends with a commit of its own: H2 2.3's compaction on close lost data for
	 * want of exactly that commit (H2 issue #4247, fixed in 2.4).
	 */
	Compaction compactIfGrown(long afterGrowth, Duration maxTime) {
		long size = sizeBytes();
		long compacted = lastCompactedSize;
		if (compacted >= 0 && size < compacted + Math.max(afterGrowth, compacted / 4)) {
			return new Compaction(false, size, size, Duration.ZERO);
		}
		return compact(maxTime);
	}

	Compaction compact(Duration maxTime) {
		if (!maintenance.tryLock()) {
			return new Compaction(false, sizeBytes(), sizeBytes(), Duration.ZERO);
		}
		try (Connection connection = dataSource.getConnection()) {
			MVStore store = mvStore(connection);
			long before = sizeBytes();
			long started = System.nanoTime();
			int retention = store.getRetentionTime();
			try {
				store.compactFile((int) Math.max(1, maxTime.toMillis()));
			}
			finally {
				// compactFile sets the retention time to 0 for good; give the store its own back
				store.setRetentionTime(retention);
				store.commit();
			}
			lastCompactedSize = sizeBytes();
			return new Compaction(true, before, lastCompactedSize, Duration.ofNanos(System.nanoTime() - started));
		}
		catch (SQLException e) {
			throw new IllegalStateException("compaction of " + file + " failed: " + e.getMessage(), e);
		}
		finally {
			maintenance.unlock();
		}
	}

	/**
	 * H2's online backup: flushes, stops reusing file space, and copies the file into a zip while
	 * the app goes on working. The copy ends at a commit boundary, so it is consistent: every
	 * transaction committed before the call is in it, later ones wholly or not at all.
	 */
	void backupTo(Path zip) {
		maintenance.lock();
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute("BACKUP TO '" + zip.toAbsolutePath().toString().replace("'", "''") + "'");
		}
		catch (SQLException e) {
			throw new IllegalStateException("backup to " + zip + " failed: " + e.getMessage(), e);
		}
		finally {
			maintenance.unlock();
		}
	}

	private static MVStore mvStore(Connection connection) throws SQLException {
		JdbcConnection h2 = connection.unwrap(JdbcConnection.class);
		return ((SessionLocal) h2.getSession()).getDatabase().getStore().getMvStore();
	}

}
