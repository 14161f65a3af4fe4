package com.marketingplanner.domain.marketingdata;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.marketingplanner.analytics.funnel.EventLog;
import com.marketingplanner.analytics.journey.TouchpointLog;
import com.marketingplanner.domain.shared.DateRange;
import com.marketingplanner.domain.support.DomainJpaTest;
import com.marketingplanner.domain.support.MarketingDataFixture;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Large reads in parts on several connections that share one snapshot give exactly what
 * one read gives. The rows are committed (other connections must see them) in days no
 * other test uses, and deleted afterwards.
 */
@DomainJpaTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class MarketingDataInPartsTest {

	static final DateRange PERIOD = new DateRange(LocalDate.of(2031, 1, 1), LocalDate.of(2031, 1, 12));

	static final String[] CHANNELS = { "douyin", "tmall", "wechat" };

	static final String[] EVENTS = { "view", "cart", "pay" };

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	CountingDataSource connections;

	/** Times (epoch millis, unique per row) of each user, as stored. */
	Map<String, List<Long>> timesOfUser = new HashMap<>();

	/** Channel or event and value or property of each stored row, by its time. */
	Map<Long, String> rowAt = new TreeMap<>();

	@BeforeEach
	void storeRowsOverTheDaysOfThePeriod() {
		this.connections = new CountingDataSource(this.dataSource);
		SplittableRandom random = new SplittableRandom(11);
		StringBuilder touchpoints = new StringBuilder("user_id,timestamp,channel,conversion_value\n");
		StringBuilder events = new StringBuilder("user_id,timestamp,event,property\n");
		long start = PERIOD.start().atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
		for (int i = 0; i < 3000; i++) {
			// a time unique to the row, over the period's twelve days; users seen again
			// in later days, some with names too long to be packed in the index slot
			long time = start + i * 345_600L + random.nextInt(1000);
			int number = random.nextInt(120);
			String user = (number % 3 == 0) ? "a-long-user-name-" + number : "u" + number;
			String at = Instant.ofEpochMilli(time).toString();
			this.timesOfUser.computeIfAbsent(user, (u) -> new ArrayList<>()).add(time);
			if (i % 2 == 0) {
				String channel = CHANNELS[random.nextInt(CHANNELS.length)];
				String value = (random.nextInt(4) == 0) ? String.valueOf(random.nextInt(500)) : "";
				touchpoints.append(user)
					.append(',')
					.append(at)
					.append(',')
					.append(channel)
					.append(',')
					.append(value)
					.append('\n');
				this.rowAt.put(time, channel + "," + (value.isEmpty() ? "NaN" : Double.parseDouble(value)));
			}
			else {
				String event = EVENTS[Math.min(i / 1000, 2)];
				String property = (random.nextInt(3) == 0) ? "city-" + random.nextInt(9) : "";
				events.append(user)
					.append(',')
					.append(at)
					.append(',')
					.append(event)
					.append(',')
					.append(property)
					.append('\n');
				this.rowAt.put(time, event + "," + (property.isEmpty() ? null : property));
			}
		}
		MarketingDataFixture fixture = new MarketingDataFixture(this.dataSource);
		fixture.touchpoints(touchpoints.toString());
		fixture.events(events.toString());
	}

	@AfterEach
	void deleteTheRows() {
		Instant from = PERIOD.start().atStartOfDay(ZoneOffset.UTC).toInstant();
		Instant to = PERIOD.end().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
		this.jdbc.sql("delete from touchpoint where occurred_at >= ? and occurred_at < ?")
			.params(from.atOffset(ZoneOffset.UTC), to.atOffset(ZoneOffset.UTC))
			.update();
		this.jdbc.sql("delete from user_event where occurred_at >= ? and occurred_at < ?")
			.params(from.atOffset(ZoneOffset.UTC), to.atOffset(ZoneOffset.UTC))
			.update();
		this.jdbc.sql("delete from marketing_data_day where day between ? and ?")
			.params(PERIOD.start(), PERIOD.end())
			.update();
	}

	@Test
	void readsTouchpointsInPartsOnSeveralConnectionsAsOneReadWould() {
		MarketingData inParts = marketingData(1);

		TouchpointLog log = repeatableRead(() -> inParts.touchpoints(PERIOD, null));

		assertThat(this.connections.opened()).as("the transaction's connection and one per further part")
			.isGreaterThan(1);
		assertThat(rowsOf(log)).isEqualTo(storedRows("douyin", "tmall", "wechat"));
		assertThat(usersOf(log)).isEqualTo(storedUsers(rowsOf(log).keySet()));
		assertThat(log.userCount()).isEqualTo(usersOf(log).size());
		TouchpointLog whole = repeatableRead(() -> marketingData(Long.MAX_VALUE).touchpoints(PERIOD, null));
		assertThat(rowsOf(whole)).isEqualTo(rowsOf(log));
		assertThat(usersOf(whole)).isEqualTo(usersOf(log));
	}

	@Test
	void readsEventsInPartsWithTheirPropertiesAsOneReadWould() {
		MarketingData inParts = marketingData(1);

		EventLog log = repeatableRead(() -> inParts.events(PERIOD, List.of("view", "pay")));

		assertThat(this.connections.opened()).isGreaterThan(1);
		assertThat(rowsOf(log)).isEqualTo(storedRows("view", "pay"));
		assertThat(usersOf(log)).isEqualTo(storedUsers(rowsOf(log).keySet()));
		EventLog all = repeatableRead(() -> inParts.events(PERIOD, null));
		assertThat(rowsOf(all)).isEqualTo(storedRows("view", "cart", "pay"));
		assertThat(all.userCount()).isEqualTo(usersOf(all).size());
	}

	@Test
	void readsInOneCopyWhereTheSnapshotCannotBeShared() {
		MarketingData inParts = marketingData(1);

		TouchpointLog log = new TransactionTemplate(new DataSourceTransactionManager(this.connections))
			.execute((status) -> inParts.touchpoints(PERIOD, null));

		assertThat(this.connections.opened()).as("read committed: one connection").isEqualTo(1);
		assertThat(rowsOf(log)).isEqualTo(storedRows("douyin", "tmall", "wechat"));
	}

	private MarketingData marketingData(long parallelReadRows) {
		return new MarketingData(this.connections, JdbcClient.create(this.connections),
				new DataTimeZone(ZoneOffset.UTC), parallelReadRows);
	}

	private <T> T repeatableRead(Supplier<T> read) {
		TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(this.connections));
		transaction.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
		transaction.setReadOnly(true);
		return transaction.execute((status) -> read.get());
	}

	/** Row by time: the stored rows of the given channels or events. */
	private Map<Long, String> storedRows(String... kinds) {
		Set<String> wanted = Set.of(kinds);
		Map<Long, String> rows = new TreeMap<>();
		this.rowAt.forEach((time, row) -> {
			if (wanted.contains(row.substring(0, row.indexOf(',')))) {
				rows.put(time, row);
			}
		});
		return rows;
	}

	/**
	 * The stored users as sets of the times of their rows among the given ones (a log's
	 * user numbers mean only which rows share a user).
	 */
	private Set<Set<Long>> storedUsers(Set<Long> inLog) {
		Set<Set<Long>> users = new HashSet<>();
		for (List<Long> times : this.timesOfUser.values()) {
			Set<Long> kept = new HashSet<>(times);
			kept.retainAll(inLog);
			if (!kept.isEmpty()) {
				users.add(kept);
			}
		}
		return users;
	}

	private Map<Long, String> rowsOf(TouchpointLog log) {
		Map<Long, String> rows = new TreeMap<>();
		for (int i = 0; i < log.size(); i++) {
			rows.put(log.time(i), log.channels().name(log.channel(i)) + "," + log.value(i));
		}
		return rows;
	}

	private Map<Long, String> rowsOf(EventLog log) {
		Map<Long, String> rows = new TreeMap<>();
		for (int i = 0; i < log.size(); i++) {
			rows.put(log.time(i), log.eventName(i) + "," + log.propertyValue(i));
		}
		return rows;
	}

	private static Set<Set<Long>> usersOf(TouchpointLog log) {
		Map<Integer, Set<Long>> times = new HashMap<>();
		for (int i = 0; i < log.size(); i++) {
			times.computeIfAbsent(log.user(i), (u) -> new HashSet<>()).add(log.time(i));
		}
		return new HashSet<>(times.values());
	}

	private static Set<Set<Long>> usersOf(EventLog log) {
		Map<Integer, Set<Long>> times = new HashMap<>();
		for (int i = 0; i < log.size(); i++) {
			times.computeIfAbsent(log.user(i), (u) -> new HashSet<>()).add(log.time(i));
		}
		return new HashSet<>(times.values());
	}

	/** Counts the connections taken from the pool. */
	static final class CountingDataSource extends DelegatingDataSource {

		private final AtomicInteger opened = new AtomicInteger();

		CountingDataSource(DataSource target) {
			super(target);
		}

		@Override
		public Connection getConnection() throws SQLException {
			this.opened.incrementAndGet();
			return super.getConnection();
		}

		int opened() {
			return this.opened.get();
		}

	}

}
