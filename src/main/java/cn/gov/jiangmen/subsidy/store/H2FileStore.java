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
import org.h2.mvstore.RandomAccessStore;

/**
 * The default store, an H2 file database, and the only class that reaches into H2 (an ArchUnit
 * rule keeps it so). It exists because of one fact of H2 2.3: with {@code WRITE_DELAY=0}, which the
 * app needs so that no acknowledged commit is lost on {@code kill -9}, H2 starts no background
 * writer, and that writer is what compacts the file; every commit leaves a new chunk behind. This
 * class runs the same compaction, in the same small steps, on the app's schedule instead, and takes
 * H2's own online backup ({@code BACKUP TO}).
 */
final class H2FileStore {

	/** What one housekeeping pass found and did. */
	record Compaction(boolean ran, long bytesBefore, long bytesAfter, Duration took) {
	}

	private final DataSource dataSource;
	private final Path file;
	/** A compaction and a backup never overlap: the backup copies the file while H2 stops reusing space. */
	private final ReentrantLock maintenance = new ReentrantLock();
	/** H2's own target (its AUTO_COMPACT_FILL_RATE): chunks and file at least this full. */
	static final int TARGET_FILL_RATE = 90;
	/** Live data rewritten, and chunk bytes moved, in one step: a pause of well under a second. */
	static final int STEP_BYTES = 2 * 1024 * 1024;
	private volatile boolean compactedOnce;

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
	 * Compacts the file when less than {@code minLiveShare} percent of it is live data, by H2's own
	 * reckoning (the share of the file in chunks, times the share of live data in those chunks); the
	 * first call after a start always compacts, which also takes back what a crash left.
	 */
	Compaction compactIfSparse(int minLiveShare, Duration maxTime) {
		long size = sizeBytes();
		if (compactedOnce) {
			try (Connection connection = dataSource.getConnection()) {
				MVStore store = mvStore(connection);
				int liveShare = store.getFillRate() * store.getFileStore().getChunksFillRate() / 100;
				if (liveShare >= minLiveShare) {
					return new Compaction(false, size, size, Duration.ZERO);
				}
			}
			catch (SQLException e) {
				throw new IllegalStateException("cannot inspect " + file + ": " + e.getMessage(), e);
			}
		}
		return compact(maxTime);
	}

	/**
	 * Compacts the file in small steps, as H2's own background writer does when there is one: each
	 * step rewrites at most {@link #STEP_BYTES} of live data out of the sparsest chunks, commits, and
	 * moves chunks into the holes near the start of the file, which is then truncated. Commits wait
	 * only for one step at a time. Steps go on while they gain anything; when one gains nothing, the
	 * next may move four times as much, up to the whole file; all in at most {@code maxTime}. Each step ends with a commit of its own: H2 2.3's compaction on close lost
	 * data for want of exactly that commit (H2 issue #4247, fixed in 2.4).
	 */
	Compaction compact(Duration maxTime) {
		if (!maintenance.tryLock()) {
			return new Compaction(false, sizeBytes(), sizeBytes(), Duration.ZERO);
		}
		try (Connection connection = dataSource.getConnection()) {
			MVStore store = mvStore(connection);
			long before = sizeBytes();
			long started = System.nanoTime();
			long deadline = started + maxTime.toNanos();
			long move = STEP_BYTES;
			while (System.nanoTime() < deadline) {
				long size = sizeBytes();
				boolean rewrote = step(store, move);
				if (!rewrote && sizeBytes() >= size) {
					if (move >= size) {
						break;
					}
					// a chunk bigger than the step (a rewrite writes one) is never moved: try bigger moves
					move *= 4;
				}
			}
			compactedOnce = true;
			return new Compaction(true, before, sizeBytes(), Duration.ofNanos(System.nanoTime() - started));
		}
		catch (SQLException e) {
			throw new IllegalStateException("compaction of " + file + " failed: " + e.getMessage(), e);
		}
		finally {
			maintenance.unlock();
		}
	}

	/**
	 * One step. The retention time is lifted meanwhile, as {@link MVStore#compactFile} lifts it: chunks
	 * written in the last seconds may be rewritten and freed; the file is synced before any chunk is
	 * moved over freed space.
	 */
	private static boolean step(MVStore store, long moveBytes) {
		int retention = store.getRetentionTime();
		store.setRetentionTime(0);
		try {
			boolean rewrote = store.compact(TARGET_FILL_RATE, STEP_BYTES);
			store.commit();
			store.sync();
			if (store.getFileStore() instanceof RandomAccessStore file) {
				file.compactMoveChunks(TARGET_FILL_RATE, moveBytes, store);
			}
			return rewrote;
		}
		finally {
			store.setRetentionTime(retention);
			store.commit();
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
