package cn.gov.jiangmen.subsidy.store;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/**
 * {@code store} in /actuator/health: the store's size and the free disk beside it. Below the floor
 * ({@code app.store.min-free-disk}) the app reports OUT_OF_SERVICE (HTTP 503), before a full disk
 * stops H2 in the middle of a commit. Details are shown to the admin only.
 */
@Component("store")
class StoreHealthIndicator extends AbstractHealthIndicator {

	private final StoreStatus status;

	StoreHealthIndicator(StoreStatus status) {
		super("store health check failed");
		this.status = status;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		long free = status.freeDiskBytes();
		long floor = status.minFreeDiskBytes();
		if (free >= 0 && free < floor) {
			builder.outOfService().withDetail("reason", "磁盘剩余空间低于下限 (free disk below app.store.min-free-disk)");
		}
		else {
			builder.up();
		}
		builder.withDetail("database", status.kind().name())
			.withDetail("sizeBytes", status.sizeBytes())
			.withDetail("directory", status.watchedDirectory().toString())
			.withDetail("freeDiskBytes", free)
			.withDetail("minFreeDiskBytes", floor);
	}

}
