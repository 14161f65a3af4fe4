package com.marketingplanner.domain.analytics;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class ResultCacheTest {

	private final Clock clock = Clock.fixed(Instant.parse("2026-03-01T08:00:00Z"), ZoneOffset.UTC);

	private final AtomicInteger computations = new AtomicInteger();

	private String compute() {
		return "result " + this.computations.incrementAndGet();
	}

	@Test
	void computesOnceAndAnswersTheSameKeyAndVersionFromTheCache() {
		ResultCache cache = new ResultCache(10, this.clock);

		Computed<String> first = cache.get("plan 1", 3, this::compute);
		Computed<String> second = cache.get("plan 1", 3, this::compute);

		assertThat(first.cached()).isFalse();
		assertThat(second.cached()).isTrue();
		assertThat(second.value()).isEqualTo("result 1");
		assertThat(second.computedAt()).isEqualTo(first.computedAt()).isEqualTo(this.clock.instant());
		assertThat(second.dataVersion()).isEqualTo(3);
		assertThat(this.computations).hasValue(1);
	}

	@Test
	void recomputesForAnotherDataVersionOrAnotherKey() {
		ResultCache cache = new ResultCache(10, this.clock);
		cache.get("plan 1", 3, this::compute);

		assertThat(cache.get("plan 1", 4, this::compute).value()).isEqualTo("result 2");
		assertThat(cache.get("plan 2", 4, this::compute).value()).isEqualTo("result 3");
	}

	@Test
	void doesNotKeepAFailureSoTheNextRequestTriesAgain() {
		ResultCache cache = new ResultCache(10, this.clock);
		assertThatIllegalStateException().isThrownBy(() -> cache.get("plan 1", 1, () -> {
			throw new IllegalStateException("database down");
		}));
		assertThat(cache.size()).isZero();
		assertThat(cache.get("plan 1", 1, this::compute).cached()).isFalse();
	}

	@Test
	void forgetsTheLeastRecentlyUsedBeyondItsCapacity() {
		ResultCache cache = new ResultCache(2, this.clock);
		cache.get("a", 1, this::compute);
		cache.get("b", 1, this::compute);
		cache.get("a", 1, this::compute);
		cache.get("c", 1, this::compute);

		assertThat(cache.size()).isEqualTo(2);
		assertThat(cache.get("a", 1, this::compute).cached()).isTrue();
		assertThat(cache.get("b", 1, this::compute).cached()).isFalse();
	}

	@Test
	void concurrentRequestsForOneKeyShareOneComputation() throws Exception {
		ResultCache cache = new ResultCache(10, this.clock);
		CountDownLatch started = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Future<Computed<String>> first = pool.submit(() -> cache.get("slow", 1, () -> {
				started.countDown();
				await(release);
				return compute();
			}));
			started.await(5, TimeUnit.SECONDS);
			Future<Computed<String>> second = pool.submit(() -> cache.get("slow", 1, this::compute));
			release.countDown();

			assertThat(first.get(5, TimeUnit.SECONDS).cached()).isFalse();
			assertThat(second.get(5, TimeUnit.SECONDS).cached()).isTrue();
			assertThat(this.computations).hasValue(1);
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(5, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
