package com.marketingplanner.domain.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;

import javax.sql.DataSource;

import org.postgresql.PGConnection;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores marketing data for tests and benchmarks, from CSV in the import formats of
 * docs/data-import.md, directly with SQL (the server parses the CSV): touchpoints
 * {@code user_id,timestamp,channel,conversion_value}, events
 * {@code user_id,timestamp,event[,property]}, channel actuals
 * {@code date,channel,spend,impressions,clicks,visits,orders,new_customers,revenue}, line
 * spend {@code plan_id,line_id,date,amount} and path aggregates
 * {@code path,total_conversions,total_conversion_value,total_null}. Channels must be
 * catalog codes. Every call records an import job, the coverage per day (in UTC) and
 * bumps the data version, as an import does; it joins the caller's transaction when there
 * is one. It does not validate like an import: give it valid data.
 */
public final class MarketingDataFixture {

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	public MarketingDataFixture(DataSource dataSource) {
		this.dataSource = dataSource;
		this.jdbc = JdbcClient.create(dataSource);
		this.transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
	}

	/** Stores touchpoints; returns the number of rows stored. */
	public long touchpoints(String csv) {
		return inTransaction(() -> touchpoints(new StringReader(csv)));
	}

	public long touchpoints(Path csvFile) {
		return inTransaction(() -> withFile(csvFile, this::touchpoints));
	}

	/** Stores events (the optional fourth column is the property); returns the rows. */
	public long events(String csv) {
		return inTransaction(() -> events(new StringReader(csv)));
	}

	public long events(Path csvFile) {
		return inTransaction(() -> withFile(csvFile, this::events));
	}

	public long channelActuals(String csv) {
		return inTransaction(() -> storeChannelActuals(csv));
	}

	public long lineSpend(String csv) {
		return inTransaction(() -> storeLineSpend(csv));
	}

	/** Stores a path aggregate for the period {@code from..to}. */
	public long paths(LocalDate from, LocalDate to, String csv) {
		return inTransaction(() -> storePaths(from, to, csv));
	}

	/** Deletes all stored touchpoints, events, channel actuals and path aggregates. */
	public void clear() {
		inTransaction(() -> {
			update("delete from touchpoint");
			update("delete from user_event");
			update("delete from touchpoint_user");
			update("delete from event_user");
			update("delete from channel_actual");
			update("delete from path_aggregate");
			update("delete from marketing_data_day");
			return bumpVersion();
		});
	}

	private long storeChannelActuals(String csv) {
		long job = job("CHANNEL_ACTUALS");
		stage("create temp table fixture_stage (day date, code text, spend numeric, impressions bigint, clicks bigint,"
				+ " visits bigint, orders bigint, new_customers bigint, revenue numeric) on commit drop", csv);
		long rows = update("insert into channel_actual (day, channel_id, spend, impressions, clicks, visits, orders,"
				+ " new_customers, revenue, import_job_id) select s.day, c.id, s.spend, s.impressions, s.clicks,"
				+ " s.visits, s.orders, s.new_customers, s.revenue, " + job
				+ " from fixture_stage s join channel c on c.code = s.code on conflict do nothing");
		update("insert into marketing_data_day (kind, day, row_count) select 'CHANNEL_ACTUALS', day, count(*)"
				+ " from fixture_stage group by day"
				+ " on conflict (kind, day) do update set row_count = marketing_data_day.row_count + excluded.row_count");
		return finish(job, rows);
	}

	private long storeLineSpend(String csv) {
		long job = job("LINE_SPEND");
		stage("create temp table fixture_stage (plan_id bigint, line_id bigint, day date, amount numeric) on commit drop",
				csv);
		long rows = update("insert into actual_spend (budget_line_id, spent_on, amount, source, import_job_id)"
				+ " select line_id, day, amount, 'import', " + job
				+ " from fixture_stage on conflict (budget_line_id, spent_on) where import_job_id is not null do nothing");
		return finish(job, rows);
	}

	private long storePaths(LocalDate from, LocalDate to, String csv) {
		long job = job("PATHS");
		stage("create temp table fixture_stage (path text, conversions float8, value float8, nulls float8) on commit drop",
				csv);
		long aggregate = this.jdbc
			.sql("insert into path_aggregate (period_start, period_end, import_job_id) values (?, ?, ?) returning id")
			.params(from, to, job)
			.query(Long.class)
			.single();
		long rows = update("insert into path_aggregate_row (aggregate_id, path, total_conversions,"
				+ " total_conversion_value, total_null) select " + aggregate
				+ ", array_to_string(regexp_split_to_array(trim(path), '\\s*>\\s*'), ' > '), sum(conversions),"
				+ " sum(value), sum(nulls) from fixture_stage group by 2");
		return finish(job, rows);
	}

	private long touchpoints(Reader csv) {
		long job = job("TOUCHPOINTS");
		stage("create temp table fixture_stage (user_id text, occurred_at timestamptz, code text, value numeric)"
				+ " on commit drop", csv);
		numberUsers("touchpoint_user");
		long rows = update("insert into touchpoint (occurred_at, import_job_id, channel_id, user_no, conversion_value)"
				+ " select s.occurred_at, " + job + ", c.id, u.user_no, s.value"
				+ " from fixture_stage s join channel c on c.code = s.code"
				+ " join touchpoint_user u on u.user_key = s.user_id order by s.ctid");
		countDays("TOUCHPOINTS");
		return finish(job, rows);
	}

	private long events(Reader csv) {
		long job = job("EVENTS");
		stage("create temp table fixture_stage (user_id text, occurred_at timestamptz, event text, property text)"
				+ " on commit drop", csv);
		update("insert into user_event_name (name) select distinct event from fixture_stage on conflict do nothing");
		numberUsers("event_user");
		long rows = update("insert into user_event (occurred_at, import_job_id, event_id, user_no, property)"
				+ " select s.occurred_at, " + job + ", n.id, u.user_no, nullif(s.property, '')"
				+ " from fixture_stage s join user_event_name n on n.name = s.event"
				+ " join event_user u on u.user_key = s.user_id order by s.ctid");
		countDays("EVENTS");
		return finish(job, rows);
	}

	/**
	 * Numbers the staged rows' users not in the dictionary yet, in order of first sight,
	 * as an import does.
	 */
	private void numberUsers(String dictionary) {
		update("insert into " + dictionary + " (user_no, user_key) select (select coalesce(max(user_no), 0) from "
				+ dictionary + ") + row_number() over (order by first_row), user_id from (select user_id,"
				+ " min(ctid) as first_row from fixture_stage s where not exists (select 1 from " + dictionary
				+ " u where u.user_key = s.user_id) group by user_id) as new_users");
	}

	private void countDays(String kind) {
		update("insert into marketing_data_day (kind, day, row_count) select '" + kind
				+ "', (occurred_at at time zone 'UTC')::date, count(*) from fixture_stage group by 2"
				+ " on conflict (kind, day) do update set row_count = marketing_data_day.row_count + excluded.row_count");
	}

	private long job(String kind) {
		update("set local timezone = 'UTC'");
		return this.jdbc.sql("insert into import_job (kind, mode, status, source, file_name, file_format, requested_by,"
				+ " started_at) values (?, 'APPEND', 'RUNNING', 'UPLOAD', 'fixture.csv', 'CSV', 'test-fixture', now())"
				+ " returning id")
			.param(kind)
			.query(Long.class)
			.single();
	}

	private long finish(long job, long rows) {
		long version = bumpVersion();
		this.jdbc
			.sql("update import_job set status = 'SUCCEEDED', progress = 100, rows_read = ?, rows_stored = ?,"
					+ " data_version = ?, finished_at = now() where id = ?")
			.params(rows, rows, version, job)
			.update();
		update("drop table if exists fixture_stage");
		return rows;
	}

	private long bumpVersion() {
		return this.jdbc
			.sql("update marketing_data_version set version = version + 1, changed_at = now() where id = 1"
					+ " returning version")
			.query(Long.class)
			.single();
	}

	private void stage(String createTable, String csv) {
		stage(createTable, new StringReader(csv));
	}

	/**
	 * Creates the staging table and copies the CSV into it: the header line says how many
	 * of the staging table's columns the file fills (in order).
	 */
	private void stage(String createTable, Reader csv) {
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		try (Statement statement = connection.createStatement()) {
			BufferedReader lines = new BufferedReader(csv);
			String header = lines.readLine();
			int columns = (header == null) ? 0 : header.split(",", -1).length;
			statement.execute("drop table if exists fixture_stage");
			statement.execute(createTable);
			List<String> names = this.jdbc
				.sql("select attname from pg_attribute where attrelid = 'fixture_stage'::regclass"
						+ " and attnum > 0 and not attisdropped order by attnum")
				.query(String.class)
				.list();
			connection.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn("copy fixture_stage (" + String.join(",", names.subList(0, Math.min(columns, names.size())))
						+ ") from stdin with (format csv)", lines);
		}
		catch (SQLException ex) {
			throw new IllegalArgumentException("Cannot store the fixture data: " + ex.getMessage(), ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, this.dataSource);
		}
	}

	/**
	 * Joins the caller's transaction (e.g. a rolled-back test's), else runs in its own.
	 */
	private long inTransaction(java.util.function.LongSupplier work) {
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			return work.getAsLong();
		}
		Long result = this.transaction.execute((status) -> work.getAsLong());
		return (result != null) ? result : 0;
	}

	private long update(String sql) {
		return this.jdbc.sql(sql).update();
	}

	private long withFile(Path file, java.util.function.ToLongFunction<Reader> store) {
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			return store.applyAsLong(reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
