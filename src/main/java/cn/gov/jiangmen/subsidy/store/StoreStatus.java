package cn.gov.jiangmen.subsidy.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the store is and how it stands: which database, how big, how much disk is left beside it.
 * Read by the health indicator, the metric and the backups.
 */
@Component
class StoreStatus {

	enum Kind {
		/** the default: an H2 file under ./data */
		H2_FILE,
		/** tests */
		H2_MEMORY,
		POSTGRESQL,
		OTHER
	}

	private final Kind kind;
	private final Optional<H2FileStore> h2File;
	private final JdbcTemplate jdbc;
	private final StoreProperties properties;

	StoreStatus(DataSource dataSource, StoreProperties properties) {
		this.properties = properties;
		this.jdbc = new JdbcTemplate(dataSource);
		this.h2File = H2FileStore.of(dataSource);
		this.kind = h2File.isPresent() ? Kind.H2_FILE : kindOf(jdbc);
	}

	private static Kind kindOf(JdbcTemplate jdbc) {
		String product = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName());
		if ("H2".equalsIgnoreCase(product)) {
			return Kind.H2_MEMORY;
		}
		return "PostgreSQL".equalsIgnoreCase(product) ? Kind.POSTGRESQL : Kind.OTHER;
	}

	Kind kind() {
		return kind;
	}

	Optional<H2FileStore> h2File() {
		return h2File;
	}

	/** Bytes the store takes: the H2 file, or PostgreSQL's own count; -1 where unknown. */
	long sizeBytes() {
		return switch (kind) {
			case H2_FILE -> h2File.orElseThrow().sizeBytes();
			case POSTGRESQL -> jdbc.queryForObject("SELECT pg_database_size(current_database())", Long.class);
			default -> -1;
		};
	}

	/**
	 * The directory whose disk is watched: the H2 file's for the default store (it grows there);
	 * for a database server, which watches its own disk, the backup directory on this machine.
	 */
	Path watchedDirectory() {
		return h2File.map(store -> store.file().getParent()).orElse(properties.backupDirectory().toAbsolutePath());
	}

	/** Usable bytes on the watched directory's file system (of its nearest existing parent). */
	long freeDiskBytes() {
		Path dir = watchedDirectory();
		while (dir != null && !Files.exists(dir)) {
			dir = dir.getParent();
		}
		try {
			return dir == null ? -1 : Files.getFileStore(dir).getUsableSpace();
		}
		catch (IOException e) {
			return -1;
		}
	}

	long minFreeDiskBytes() {
		return properties.minFreeDisk().toBytes();
	}

}
