package com.marketingplanner.domain.marketingdata;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import com.marketingplanner.analytics.funnel.EventLog;
import com.marketingplanner.analytics.journey.PathTable;
import com.marketingplanner.analytics.journey.TouchpointLog;
import com.marketingplanner.domain.shared.DateRange;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the stored marketing data into the analytics module's inputs: the touchpoints and
 * events of a period (days in the {@link DataTimeZone}), the channel actuals by day and
 * channel, the spend of a plan's budget lines, the stored path aggregates, the coverage
 * and the data version. The two large kinds are read with
 * {@code COPY (SELECT ...) TO STDOUT (FORMAT binary)} and decoded byte by byte into
 * primitive columns (no object per row), a large period in parts on several connections
 * that share one snapshot; see docs/data-import.md for the layout that makes this read
 * cheap.
 */
@Service
@Transactional(readOnly = true)
public class MarketingData {

	private final CopyReads reads;

	private final JdbcClient jdbc;

	private final DataTimeZone zone;

	static final long DEFAULT_PARALLEL_READ_ROWS = 200_000;

	/** Reads of at least this many stored rows are split over connections and cores. */
	private final long parallelReadRows;

	public MarketingData(DataSource dataSource, JdbcClient jdbc, DataTimeZone zone) {
		this(dataSource, jdbc, zone, DEFAULT_PARALLEL_READ_ROWS);
	}

	@Autowired
	public MarketingData(DataSource dataSource, JdbcClient jdbc, DataTimeZone zone,
			@Value("${planner.data.parallel-read-rows:" + DEFAULT_PARALLEL_READ_ROWS + "}") long parallelReadRows) {
		this.reads = new CopyReads(dataSource);
		this.jdbc = jdbc;
		this.zone = zone;
		this.parallelReadRows = parallelReadRows;
	}

	/** The current data version; results computed at this version are still valid. */
	public DataVersion version() {
		return this.jdbc.sql("select version, changed_at from marketing_data_version where id = 1")
			.query((row, index) -> new DataVersion(row.getLong("version"), row.getTimestamp("changed_at").toInstant()))
			.single();
	}

	/**
	 * The touchpoints inside the period, for journeys and attribution: users get dense
	 * ids in order of first sight, channels are named by their catalog codes, a
	 * conversion value is {@code NaN} for a plain touch.
	 * @param channels channel codes to keep; empty or null keeps every channel (codes not
	 * in the catalog match nothing)
	 */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public TouchpointLog touchpoints(DateRange period, Collection<String> channels) {
		Map<Long, String> catalog = channelCodes();
		String filter = channelFilter("channel_id", catalog, channels);
		List<TouchpointColumns> parts = readInParts(DataKind.TOUCHPOINTS, period,
				(part) -> "select occurred_at, channel_id, user_no, conversion_value::float8 from touchpoint"
						+ timeFilter(part) + filter,
				TouchpointColumns::new, TouchpointColumns::add);
		return TouchpointColumns.toLog(parts, catalog);
	}

	/**
	 * The events inside the period, for funnels: users numbered densely in order of first
	 * sight, event names as imported, the optional property as breakdown value.
	 * @param eventNames event names to keep (e.g. the funnel's steps); empty or null
	 * keeps every event
	 */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public EventLog events(DateRange period, Collection<String> eventNames) {
		return events(period, eventNames, true);
	}

	/**
	 * As {@link #events(DateRange, Collection)}; without the properties (none of the
	 * events has one) when {@code properties} is false, which spares reading a column a
	 * funnel without breakdown does not use.
	 */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public EventLog events(DateRange period, Collection<String> eventNames, boolean properties) {
		Map<Integer, String> names = eventNames();
		String filter = "";
		if (eventNames != null && !eventNames.isEmpty()) {
			String ids = names.entrySet()
				.stream()
				.filter((entry) -> eventNames.contains(entry.getValue()))
				.map((entry) -> entry.getKey().toString())
				.collect(Collectors.joining(","));
			filter = " and event_id in (" + (ids.isEmpty() ? "-1" : ids) + ")";
		}
		String eventFilter = filter;
		List<EventColumns> parts = readInParts(DataKind.EVENTS, period,
				(part) -> "select occurred_at, event_id, user_no" + (properties ? ", property" : "")
						+ " from user_event" + timeFilter(part) + eventFilter,
				() -> new EventColumns(names, properties), EventColumns::add);
		return EventColumns.toLog(parts);
	}

	/**
	 * The channel actuals inside the period, by day then channel code.
	 * @param channels channel codes to keep; empty or null keeps every channel
	 */
	public List<ChannelActual> channelActuals(DateRange period, Collection<String> channels) {
		boolean all = channels == null || channels.isEmpty();
		return this.jdbc.sql("""
				select a.day, c.code, a.spend, a.impressions, a.clicks, a.visits, a.orders, a.new_customers, a.revenue
				from channel_actual a join channel c on c.id = a.channel_id
				where a.day between :start and :end and (:all or c.code in (:channels))
				order by a.day, c.code""")
			.param("start", period.start())
			.param("end", period.end())
			.param("all", all)
			.param("channels", all ? List.of("") : List.copyOf(channels))
			.query((row, index) -> new ChannelActual(row.getObject("day", LocalDate.class), row.getString("code"),
					row.getBigDecimal("spend"), (Long) row.getObject("impressions"), (Long) row.getObject("clicks"),
					(Long) row.getObject("visits"), (Long) row.getObject("orders"),
					(Long) row.getObject("new_customers"), row.getBigDecimal("revenue")))
			.list();
	}

	/**
	 * The plan's spend per budget line and day inside the period (typed and imported
	 * entries added up), by day then line.
	 */
	public List<LineSpend> lineSpend(long planId, DateRange period) {
		return this.jdbc.sql("""
				select s.budget_line_id, c.code, s.spent_on, sum(s.amount) as amount
				from actual_spend s
				join budget_line l on l.id = s.budget_line_id
				left join channel c on c.id = l.channel_id
				where l.plan_id = :planId and s.spent_on between :start and :end
				group by s.budget_line_id, c.code, s.spent_on
				order by s.spent_on, s.budget_line_id""")
			.param("planId", planId)
			.param("start", period.start())
			.param("end", period.end())
			.query((row, index) -> new LineSpend(row.getLong("budget_line_id"), row.getString("code"),
					row.getObject("spent_on", LocalDate.class), row.getBigDecimal("amount")))
			.list();
	}

	/**
	 * The path aggregates stored for periods inside {@code period}, merged; empty when
	 * there are none. Stored periods never overlap, so no journey is counted twice.
	 */
	public Optional<StoredPaths> paths(DateRange period) {
		List<DateRange> periods = new ArrayList<>();
		PathTable.Builder table = PathTable.builder();
		this.jdbc.sql("""
				select a.period_start, a.period_end, r.path, r.total_conversions, r.total_conversion_value, r.total_null
				from path_aggregate a join path_aggregate_row r on r.aggregate_id = a.id
				where a.period_start >= :start and a.period_end <= :end
				order by a.period_start, r.path""")
			.param("start", period.start())
			.param("end", period.end())
			.query((row) -> {
				DateRange stored = new DateRange(row.getObject("period_start", LocalDate.class),
						row.getObject("period_end", LocalDate.class));
				if (periods.isEmpty() || !periods.get(periods.size() - 1).equals(stored)) {
					periods.add(stored);
				}
				table.add(Arrays.asList(row.getString("path").split(" > ")), row.getDouble("total_conversions"),
						row.getDouble("total_conversion_value"), row.getDouble("total_null"));
			});
		return periods.isEmpty() ? Optional.empty() : Optional.of(new StoredPaths(table.build(), periods));
	}

	/**
	 * The periods of all stored path aggregates, in order.
	 */
	public List<DateRange> pathPeriods() {
		return this.jdbc.sql("select period_start, period_end from path_aggregate order by period_start")
			.query((row, index) -> new DateRange(row.getObject("period_start", LocalDate.class),
					row.getObject("period_end", LocalDate.class)))
			.list();
	}

	/**
	 * For each organisation-level kind with stored rows: first and last day, days with
	 * rows and rows.
	 */
	public List<DataCoverage> coverage() {
		return coverage("true", Map.of());
	}

	/** As {@link #coverage()}, counting only the days of the period. */
	public List<DataCoverage> coverage(DateRange period) {
		return coverage("day between :start and :end", Map.of("start", period.start(), "end", period.end()));
	}

	private List<DataCoverage> coverage(String condition, Map<String, Object> params) {
		return this.jdbc
			.sql("select kind, min(day) as first_day, max(day) as last_day, count(*) as days,"
					+ " sum(row_count) as row_count from marketing_data_day where row_count > 0 and " + condition
					+ " group by kind order by kind")
			.params(params)
			.query((row, index) -> new DataCoverage(DataKind.valueOf(row.getString("kind")),
					row.getObject("first_day", LocalDate.class), row.getObject("last_day", LocalDate.class),
					row.getLong("days"), row.getLong("row_count")))
			.list();
	}

	/** The channel catalog's codes by id. */
	Map<Long, String> channelCodes() {
		Map<Long, String> codes = new HashMap<>();
		this.jdbc.sql("select id, code from channel").query((row) -> {
			codes.put(row.getLong("id"), row.getString("code"));
		});
		return codes;
	}

	private Map<Integer, String> eventNames() {
		Map<Integer, String> names = new HashMap<>();
		this.jdbc.sql("select id, name from user_event_name").query((row) -> {
			names.put(row.getInt("id"), row.getString("name"));
		});
		return names;
	}

	/**
	 * A WHERE clause for the period; the literals are formatted instants, never input.
	 */
	private String timeFilter(DateRange period) {
		Instant start = this.zone.startOf(period.start());
		Instant end = this.zone.endOf(period);
		return " where occurred_at >= '" + start + "'::timestamptz and occurred_at < '" + end + "'::timestamptz";
	}

	private static String channelFilter(String column, Map<Long, String> catalog, Collection<String> channels) {
		if (channels == null || channels.isEmpty()) {
			return "";
		}
		String ids = catalog.entrySet()
			.stream()
			.filter((entry) -> channels.contains(entry.getValue()))
			.map((entry) -> entry.getKey().toString())
			.collect(Collectors.joining(","));
		return " and " + column + " in (" + (ids.isEmpty() ? "-1" : ids) + ")";
	}

	/**
	 * Reads a large kind's rows of the period by binary COPY into collectors: in parts of
	 * about equal stored rows when the read is large (see {@link CopyReads}), else in
	 * one.
	 */
	private <P> List<P> readInParts(DataKind kind, DateRange period, Function<DateRange, String> query,
			Supplier<P> collector, BiConsumer<P, BinaryCopyReader> add) {
		return this.reads.read(period, parts(kind, period), query, collector, add);
	}

	/**
	 * Days of the period cut into parts of about equal stored rows (by the coverage), one
	 * per core (two to four); one part for a read of fewer than {@link #parallelReadRows}
	 * rows.
	 */
	private List<DateRange> parts(DataKind kind, DateRange period) {
		int cores = Math.max(2, Math.min(4, Runtime.getRuntime().availableProcessors()));
		List<LocalDate> days = new ArrayList<>();
		List<Long> rows = new ArrayList<>();
		this.jdbc
			.sql("select day, row_count from marketing_data_day where kind = :kind and day between :start and :end"
					+ " and row_count > 0 order by day")
			.param("kind", kind.name())
			.param("start", period.start())
			.param("end", period.end())
			.query((row) -> {
				days.add(row.getObject("day", LocalDate.class));
				rows.add(row.getLong("row_count"));
			});
		long total = rows.stream().mapToLong(Long::longValue).sum();
		if (total < this.parallelReadRows) {
			return List.of(period);
		}
		List<DateRange> parts = new ArrayList<>();
		LocalDate start = period.start();
		long sum = 0;
		for (int i = 0; i < days.size() - 1 && parts.size() < cores - 1; i++) {
			sum += rows.get(i);
			if (sum * cores >= total * (parts.size() + 1)) {
				parts.add(new DateRange(start, days.get(i)));
				start = days.get(i).plusDays(1);
			}
		}
		parts.add(new DateRange(start, period.end()));
		return parts;
	}

}
