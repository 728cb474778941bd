package cn.gov.jiangmen.subsidy.store;

import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/** {@code app.store.size} and {@code app.store.disk.free}, in bytes, for whatever scrapes the metrics. */
@Component
class StoreMetrics implements MeterBinder {

	private final StoreStatus status;

	StoreMetrics(StoreStatus status) {
		this.status = status;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("app.store.size", status, StoreStatus::sizeBytes)
			.description("Bytes the store takes (the H2 file, or the PostgreSQL database)")
			.baseUnit("bytes")
			.tag("database", status.kind().name())
			.register(registry);
		Gauge.builder("app.store.disk.free", status, StoreStatus::freeDiskBytes)
			.description("Usable bytes on the disk beside the store")
			.baseUnit("bytes")
			.tag("directory", status.watchedDirectory().toString())
			.register(registry);
	}

}
