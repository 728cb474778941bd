package cn.gov.jiangmen.subsidy.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Online backups of the default store into {@code app.store.backup-directory}: H2's own
 * {@code BACKUP TO}, a zip holding {@code subsidy.mv.db} as of a commit boundary, taken while
 * officers go on working. Everything the app keeps lies in that one file (applications, ledger,
 * history, tasks, timers, deployments, and attachments stored in the database), so a restore of it
 * brings back all of it. A database server is backed up with its own tools (scripts/backup.sh).
 */
@Service
class Backups {

	/** What a backup file is called: never a path, never anything the caller chose. */
	static final Pattern NAME = Pattern.compile("subsidy-\\d{8}-\\d{6}(-\\d+)?\\.zip");

	private static final Logger log = LoggerFactory.getLogger(Backups.class);
	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
		.withZone(ZoneId.of("Asia/Shanghai"));

	record Backup(String file, long sizeBytes, String sha256, Instant takenAt, long tookMillis) {
	}

	/** Refused: the reason is for the admin, in Chinese first. */
	static final class Refused extends RuntimeException {
		Refused(String message) {
			super(message);
		}
	}

	private final StoreStatus status;
	private final Path directory;

	Backups(StoreStatus status, StoreProperties properties) {
		this.status = status;
		this.directory = properties.backupDirectory().toAbsolutePath().normalize();
	}

	Backup take() {
		H2FileStore store = status.h2File()
			.orElseThrow(() -> new Refused(status.kind() == StoreStatus.Kind.POSTGRESQL
					? "PostgreSQL 用其自带工具备份：scripts/backup.sh --postgres (pg_dump)"
					: "只有默认的 H2 文件库由应用备份 (the store is " + status.kind() + ")"));
		long needed = store.sizeBytes() + status.minFreeDiskBytes();
		try {
			Files.createDirectories(directory);
			long free = Files.getFileStore(directory).getUsableSpace();
			if (free < needed) {
				throw new Refused("备份目录磁盘空间不足：剩余 %d MB，需要 %d MB (the store plus app.store.min-free-disk)"
					.formatted(free >> 20, needed >> 20));
			}
			Instant started = Instant.now();
			Path target = freeName(started);
			Path partial = target.resolveSibling(target.getFileName() + ".part");
			store.backupTo(partial);
			Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
			String sha256 = sha256(target);
			Files.writeString(target.resolveSibling(target.getFileName() + ".sha256"),
					sha256 + "  " + target.getFileName() + "\n");
			Backup backup = new Backup(target.getFileName().toString(), Files.size(target), sha256, started,
					Duration.between(started, Instant.now()).toMillis());
			log.info("backup {} written: {} KB in {} ms", backup.file(), backup.sizeBytes() / 1024, backup.tookMillis());
			return backup;
		}
		catch (IOException e) {
			throw new IllegalStateException("backup into " + directory + " failed: " + e.getMessage(), e);
		}
	}

	List<Backup> list() {
		if (!Files.isDirectory(directory)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(directory)) {
			return files.filter(f -> NAME.matcher(f.getFileName().toString()).matches())
				.sorted()
				.map(this::describe)
				.toList();
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	Optional<Path> find(String name) {
		if (!NAME.matcher(name).matches()) {
			return Optional.empty();
		}
		Path file = directory.resolve(name);
		return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
	}

	private Backup describe(Path file) {
		try {
			Path sum = file.resolveSibling(file.getFileName() + ".sha256");
			String sha256 = Files.exists(sum) ? Files.readString(sum).split("\\s+")[0] : null;
			return new Backup(file.getFileName().toString(), Files.size(file), sha256,
					Files.getLastModifiedTime(file).toInstant(), -1);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	private Path freeName(Instant at) {
		String stamp = STAMP.format(at);
		Path file = directory.resolve("subsidy-" + stamp + ".zip");
		for (int n = 2; Files.exists(file); n++) {
			file = directory.resolve("subsidy-" + stamp + "-" + n + ".zip");
		}
		return file;
	}

	static String sha256(Path file) throws IOException {
		try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
			in.transferTo(java.io.OutputStream.nullOutputStream());
			return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

}
