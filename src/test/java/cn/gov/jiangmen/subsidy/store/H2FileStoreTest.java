package cn.gov.jiangmen.subsidy.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipFile;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default store's two operations on a real H2 file with the app's settings ({@code WRITE_DELAY=0}):
 * compaction while it is in use, and the online backup.
 */
class H2FileStoreTest {

	@TempDir
	Path dir;

	private JdbcDataSource dataSource;
	/** H2 closes a database when its last connection closes: this one keeps it open, as the pool does. */
	private Connection keepOpen;

	@BeforeEach
	void open() throws SQLException {
		dataSource = new JdbcDataSource();
		dataSource.setURL("jdbc:h2:file:" + dir.resolve("data/subsidy") + ";WRITE_DELAY=0");
		dataSource.setUser("sa");
		keepOpen = dataSource.getConnection();
		try (Statement s = keepOpen.createStatement()) {
			s.execute("CREATE TABLE event (id BIGINT PRIMARY KEY, step VARCHAR(64), comment VARCHAR(4000))");
		}
	}

	@AfterEach
	void close() throws SQLException {
		keepOpen.close();
	}

	@Test
	void the_store_is_found_behind_its_data_source_and_an_in_memory_one_is_not() {
		assertThat(H2FileStore.of(dataSource)).hasValueSatisfying(
				store -> assertThat(store.file()).isEqualTo(dir.resolve("data/subsidy.mv.db").toAbsolutePath()));
		JdbcDataSource memory = new JdbcDataSource();
		memory.setURL("jdbc:h2:mem:store-test");
		assertThat(H2FileStore.of(memory)).isEmpty();
	}

	@Test
	void a_compaction_gives_back_the_space_each_commit_left_behind_and_keeps_every_row() throws SQLException {
		H2FileStore store = H2FileStore.of(dataSource).orElseThrow();
		commitOneByOne(0, 3000);
		long grown = store.sizeBytes();

		H2FileStore.Compaction done = store.compactIfSparse(60, Duration.ofSeconds(5));

		assertThat(done.ran()).as("the first look after a start compacts").isTrue();
		assertThat(store.sizeBytes()).as("compacted from %d bytes", grown).isLessThan(grown / 4);
		assertThat(count()).isEqualTo(3000);
		// not again while the file is mostly live data; again once it is mostly dead chunks
		commitOneByOne(3000, 3010);
		assertThat(store.compactIfSparse(60, Duration.ofSeconds(5)).ran()).isFalse();
		commitOneByOne(3010, 3600);
		assertThat(store.compactIfSparse(60, Duration.ofSeconds(5)).ran()).isTrue();
		keepOpen.close();
		keepOpen = dataSource.getConnection();
		assertThat(count()).isEqualTo(3600);
	}

	@Test
	void compaction_while_officers_commit_loses_nothing_and_makes_them_wait_only_a_step_at_a_time() throws Exception {
		H2FileStore store = H2FileStore.of(dataSource).orElseThrow();
		commitOneByOne(0, 2000);
		AtomicBoolean stop = new AtomicBoolean();
		AtomicLong committed = new AtomicLong();
		AtomicLong longestCommit = new AtomicLong();
		Thread writer = new Thread(() -> {
			try (Connection c = dataSource.getConnection()) {
				for (long id = 1_000_000; !stop.get(); id++) {
					long started = System.nanoTime();
					insert(c, id, "CITY_REVIEW", "同意");
					longestCommit.accumulateAndGet(System.nanoTime() - started, Math::max);
					committed.incrementAndGet();
				}
			}
			catch (SQLException e) {
				throw new IllegalStateException(e);
			}
		});
		writer.start();
		Thread.sleep(200);
		long grown = store.sizeBytes();
		H2FileStore.Compaction done = store.compact(Duration.ofSeconds(10));
		stop.set(true);
		writer.join();

		assertThat(done.ran()).isTrue();
		assertThat(done.bytesAfter()).as("compacted from %d bytes", grown).isLessThan(grown / 2);
		assertThat(count()).isEqualTo(2000 + committed.get());
		assertThat(Duration.ofNanos(longestCommit.get())).as("the longest wait of a commit").isLessThan(Duration.ofSeconds(5));
	}

	@Test
	void an_online_backup_holds_every_commit_made_before_it_and_nothing_half_made() throws Exception {
		H2FileStore store = H2FileStore.of(dataSource).orElseThrow();
		commitOneByOne(0, 500);
		AtomicBoolean stop = new AtomicBoolean();
		AtomicLong committed = new AtomicLong(500);
		Thread writer = new Thread(() -> {
			try (Connection c = dataSource.getConnection()) {
				c.setAutoCommit(false);
				for (long id = 500; !stop.get(); id++) {
					// two rows per transaction: a backup holds both or neither
					insert(c, 2 * id, "A", "");
					insert(c, 2 * id + 1, "B", "");
					c.commit();
					committed.set(id + 1);
				}
			}
			catch (SQLException e) {
				throw new IllegalStateException(e);
			}
		});
		writer.start();
		Thread.sleep(300);
		long before = committed.get();
		Path zip = dir.resolve("backup.zip");
		store.backupTo(zip);
		long after = committed.get();
		stop.set(true);
		writer.join();

		try (ZipFile file = new ZipFile(zip.toFile())) {
			assertThat(file.stream().map(e -> e.getName())).containsExactly("subsidy.mv.db");
			Path restored = Files.createDirectories(dir.resolve("restored"));
			Files.copy(file.getInputStream(file.getEntry("subsidy.mv.db")), restored.resolve("subsidy.mv.db"));
		}
		JdbcDataSource copy = new JdbcDataSource();
		copy.setURL("jdbc:h2:file:" + dir.resolve("restored/subsidy"));
		copy.setUser("sa");
		try (Connection c = copy.getConnection(); Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("SELECT COUNT(*), COUNT(CASE WHEN step = 'A' THEN 1 END), "
						+ "COUNT(CASE WHEN step = 'B' THEN 1 END) FROM event WHERE id >= 1000")) {
			rs.next();
			long pairs = rs.getLong(2);
			assertThat(rs.getLong(3)).as("transactions whole").isEqualTo(pairs);
			// at most one more: a commit the writer made but had not counted yet when the backup returned
			assertThat(500 + pairs).as("commits in the backup").isBetween(before, after + 1);
		}
	}

	private void commitOneByOne(int from, int to) throws SQLException {
		for (int id = from; id < to; id++) {
			insert(keepOpen, id, "DISTRICT_REVIEW", "初审通过：材料齐全，同意报市商务局复审。".repeat(3));
		}
	}

	private static void insert(Connection c, long id, String step, String comment) throws SQLException {
		try (PreparedStatement p = c.prepareStatement("INSERT INTO event VALUES (?, ?, ?)")) {
			p.setLong(1, id);
			p.setString(2, step);
			p.setString(3, comment);
			p.executeUpdate();
		}
	}

	private long count() throws SQLException {
		try (Statement s = keepOpen.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM event")) {
			rs.next();
			return rs.getLong(1);
		}
	}

}
