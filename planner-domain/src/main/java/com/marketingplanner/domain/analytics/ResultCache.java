package com.marketingplanner.domain.analytics;

import java.time.Clock;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Results computed over the large tables (attribution, funnels), kept in memory per key —
 * the plan, its period, the parameters and the data version — so that a repeated request
 * answers at once. The data version is part of the key: an import bumps it, so a result
 * is never served for data that changed, and old entries simply age out (least recently
 * used first, at most {@code planner.analytics.cache-size} entries). Requests for a key
 * being computed wait for that computation instead of starting another. Each application
 * instance has its own cache (ADR 0021).
 */
@Component
public class ResultCache {

	private final int capacity;

	private final Clock clock;

	private final Map<Object, CompletableFuture<Computed<?>>> entries = new LinkedHashMap<>(16, 0.75f, true);

	@Autowired
	public ResultCache(@Value("${planner.analytics.cache-size:200}") int capacity) {
		this(capacity, Clock.systemUTC());
	}

	ResultCache(int capacity, Clock clock) {
		if (capacity < 1) {
			throw new IllegalArgumentException("the cache needs room for at least one result: " + capacity);
		}
		this.capacity = capacity;
		this.clock = clock;
	}

	/**
	 * The result for the key at the data version: from the cache when there, else
	 * computed now (and kept).
	 * @param key what identifies the result besides the data version (a record of the
	 * plan, period and parameters)
	 * @throws RuntimeException what {@code compute} threw; a failure is not cached
	 */
	@SuppressWarnings("unchecked")
	public <T> Computed<T> get(Object key, long dataVersion, Supplier<T> compute) {
		Key versioned = new Key(key, dataVersion);
		CompletableFuture<Computed<?>> future;
		boolean computeHere = false;
		synchronized (this.entries) {
			future = this.entries.get(versioned);
			if (future == null) {
				future = new CompletableFuture<>();
				this.entries.put(versioned, future);
				computeHere = true;
				evictBeyondCapacity();
			}
		}
		if (!computeHere) {
			try {
				return ((Computed<T>) future.join()).fromCache();
			}
			catch (CompletionException ex) {
				throw (ex.getCause() instanceof RuntimeException runtime) ? runtime : ex;
			}
		}
		try {
			Computed<T> computed = new Computed<>(compute.get(), this.clock.instant(), dataVersion, false);
			future.complete(computed);
			return computed;
		}
		catch (RuntimeException | Error ex) {
			synchronized (this.entries) {
				this.entries.remove(versioned);
			}
			future.completeExceptionally(ex);
			throw ex;
		}
	}

	/** How many results are kept. */
	public int size() {
		synchronized (this.entries) {
			return this.entries.size();
		}
	}

	/** Forgets every result (for tests and benchmarks that measure a computation). */
	public void clear() {
		synchronized (this.entries) {
			this.entries.clear();
		}
	}

	private void evictBeyondCapacity() {
		Iterator<Map.Entry<Object, CompletableFuture<Computed<?>>>> oldest = this.entries.entrySet().iterator();
		while (this.entries.size() > this.capacity && oldest.hasNext()) {
			oldest.next();
			oldest.remove();
		}
	}

	private record Key(Object key, long dataVersion) {
	}

}
