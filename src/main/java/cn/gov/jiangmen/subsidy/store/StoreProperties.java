package cn.gov.jiangmen.subsidy.store;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The store's upkeep: the free-disk floor below which the app reports itself out of service, where
 * backups go, and how often the default H2 file store is compacted while the app runs.
 */
@ConfigurationProperties(prefix = "app.store")
record StoreProperties(DataSize minFreeDisk, Path backupDirectory, Compaction compaction) {

	StoreProperties {
		minFreeDisk = minFreeDisk == null ? DataSize.ofGigabytes(1) : minFreeDisk;
		backupDirectory = backupDirectory == null ? Path.of("backups") : backupDirectory;
		compaction = compaction == null ? new Compaction(null, null, null, null) : compaction;
	}

	/**
	 * @param enabled whether the app compacts the H2 file while it runs
	 * @param interval how often the housekeeping looks at the file (a look costs a millisecond)
	 * @param belowLiveShare compact when less than this percentage of the file is live data
	 * @param maxTime how long one compaction may go on, in steps between which commits go ahead
	 */
	record Compaction(Boolean enabled, Duration interval, Integer belowLiveShare, Duration maxTime) {

		Compaction {
			enabled = enabled == null || enabled;
			interval = interval == null ? Duration.ofSeconds(10) : interval;
			belowLiveShare = belowLiveShare == null ? 60 : belowLiveShare;
			maxTime = maxTime == null ? Duration.ofSeconds(10) : maxTime;
			if (interval.isZero() || interval.isNegative()) {
				throw new IllegalArgumentException("app.store.compaction.interval must be positive");
			}
			if (belowLiveShare < 1 || belowLiveShare > 100) {
				throw new IllegalArgumentException("app.store.compaction.below-live-share must lie in 1..100: " + belowLiveShare);
			}
		}
	}

}
