package cn.gov.jiangmen.subsidy.notice;

import java.time.Duration;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

/**
 * How many objections one address may send: a token bucket per address (Bucket4j), a few at once
 * and a few more an hour, enough for a person objecting to several entries and too few for a
 * script. The buckets live in a bounded cache (Caffeine), so that many addresses cannot exhaust
 * the memory; an address forgotten by the cache starts with a full bucket again. Each node of a
 * cluster keeps its own buckets: an address may send that many to each node.
 */
@Component
class ObjectionLimiter {

	private final Cache<String, Bucket> buckets;
	private final int burst;
	private final int perHour;

	ObjectionLimiter(@Value("${app.notice.objections.burst:5}") int burst,
			@Value("${app.notice.objections.per-hour:10}") int perHour) {
		this.burst = burst;
		this.perHour = perHour;
		this.buckets = Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(Duration.ofHours(2)).build();
	}

	/** Takes one objection's token for the address: empty if it may send it, else how long to wait. */
	Optional<Duration> take(String address) {
		ConsumptionProbe probe = buckets.get(address, a -> newBucket()).tryConsumeAndReturnRemaining(1);
		return probe.isConsumed() ? Optional.empty()
				: Optional.of(Duration.ofNanos(Math.max(probe.getNanosToWaitForRefill(), 1_000_000_000L)));
	}

	/** The address starts afresh (e.g. an office behind one address, cleared by an administrator). */
	void forget(String address) {
		buckets.invalidate(address);
	}

	private Bucket newBucket() {
		return Bucket.builder()
			.addLimit(limit -> limit.capacity(burst).refillGreedy(burst, Duration.ofMinutes(10)))
			.addLimit(limit -> limit.capacity(perHour).refillIntervally(perHour, Duration.ofHours(1)))
			.build();
	}

}
