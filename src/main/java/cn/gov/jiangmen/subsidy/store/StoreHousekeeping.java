package cn.gov.jiangmen.subsidy.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Keeps the default H2 file small while the app runs: every {@code app.store.compaction.interval}
 * it looks at how much of the file is live data and compacts, in small steps, when less than
 * {@code app.store.compaction.below-live-share} percent is. A graceful stop compacts the file whole
 * ({@code DEFRAG_ALWAYS} in the URL).
 */
@Component
class StoreHousekeeping {

	private static final Logger log = LoggerFactory.getLogger(StoreHousekeeping.class);

	private final StoreStatus status;
	private final StoreProperties.Compaction settings;
	private final Timer compactions;

	StoreHousekeeping(StoreStatus status, StoreProperties properties, MeterRegistry registry) {
		this.status = status;
		this.settings = properties.compaction();
		this.compactions = Timer.builder("app.store.compactions")
			.description("Compactions of the H2 file by the app's housekeeping")
			.register(registry);
	}

	@Scheduled(initialDelayString = "${app.store.compaction.interval:10s}", fixedDelayString = "${app.store.compaction.interval:10s}")
	void compactWhenDue() {
		if (!settings.enabled()) {
			return;
		}
		status.h2File().ifPresent(store -> {
			H2FileStore.Compaction done = store.compactIfSparse(settings.belowLiveShare(), settings.maxTime());
			if (done.ran()) {
				compactions.record(done.took());
				log.info("H2 file compacted in {} ms: {} KB -> {} KB", done.took().toMillis(), done.bytesBefore() / 1024,
						done.bytesAfter() / 1024);
			}
		});
	}

}
