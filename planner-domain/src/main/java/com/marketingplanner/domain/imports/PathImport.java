package com.marketingplanner.domain.imports;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.marketingplanner.analytics.io.CsvScanner;
import com.marketingplanner.domain.marketingdata.DataKind;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A path aggregate for a period (issue 11), in the ChannelAttribution format
 * {@code path,total_conversions,total_conversion_value,total_null} (the value column may
 * be left out): paths written {@code a > b > c} with channel codes of the catalog, counts
 * not negative. Rows with the same path are added up, as the command line does. Stored
 * periods never overlap: an aggregate for a period overlapping another stored one is
 * refused; for the same period APPEND adds the paths not stored yet and REPLACE replaces
 * the aggregate.
 */
@Component
class PathImport implements KindImport {

	@Override
	public DataKind kind() {
		return DataKind.PATHS;
	}

	@Override
	public ImportRows rows(ImportContext context, CsvScanner scanner, ImportErrors errors,
			java.util.function.IntSupplier percent) {
		return new ImportRows(scanner, errors, percent, List.of("path", "total_conversions", "total_null"),
				List.of("total_conversion_value"), List.of(), Set.of());
	}

	@Override
	public Checked check(ImportContext context, ImportRows rows, ImportErrors errors) {
		Map<String, double[]> paths = new LinkedHashMap<>();
		LocalDate from = context.from();
		LocalDate to = context.to();
		if (from == null || to == null || to.isBefore(from)) {
			errors.addForFile("a path aggregate needs its period: from and to, with to not before from");
		}
		else {
			overlapping(context.jdbc(), from, to).forEach((period) -> errors
				.addForFile("the period overlaps the stored path aggregate for " + period + "; stored periods never"
						+ " overlap (import the same period with mode=replace to correct it)"));
		}
		if (rows.headerValid() && errors.isEmpty()) {
			int pathColumn = rows.column("path");
			int conversionsColumn = rows.column("total_conversions");
			int valueColumn = rows.column("total_conversion_value");
			int nullsColumn = rows.column("total_null");
			while (rows.next()) {
				long before = errors.total();
				String path = path(context, rows, pathColumn);
				double conversions = number(rows, conversionsColumn, true, false);
				double value = (valueColumn < 0 || rows.isEmpty(valueColumn)) ? 0
						: number(rows, valueColumn, false, false);
				double nulls = number(rows, nullsColumn, true, false);
				if (errors.total() > before) {
					continue;
				}
				double[] totals = paths.computeIfAbsent(path, (key) -> new double[3]);
				totals[0] += conversions;
				totals[1] += value;
				totals[2] += nulls;
			}
		}
		long read = rows.rowsRead();
		return new Checked() {

			@Override
			public long rowsRead() {
				return read;
			}

			@Override
			public Stored store(ImportContext storeContext, Connection connection) {
				JdbcClient jdbc = storeContext.jdbc();
				jdbc.sql("select pg_advisory_xact_lock(hashtext('marketing-data:PATHS'))").query().rowSet();
				if (!overlapping(jdbc, from, to).isEmpty()) {
					throw new IllegalStateException("another import stored an overlapping path aggregate meanwhile");
				}
				long replaced = 0;
				Long aggregate = jdbc
					.sql("select id from path_aggregate where period_start = :from and period_end = :to")
					.param("from", from)
					.param("to", to)
					.query(Long.class)
					.optional()
					.orElse(null);
				if (aggregate != null && storeContext.replaces()) {
					replaced = jdbc.sql("delete from path_aggregate_row where aggregate_id = :id")
						.param("id", aggregate)
						.update();
					jdbc.sql("delete from path_aggregate where id = :id").param("id", aggregate).update();
					aggregate = null;
				}
				if (aggregate == null) {
					aggregate = jdbc.sql(
							"insert into path_aggregate (period_start, period_end, import_job_id) values (:from, :to, :job)"
									+ " returning id")
						.param("from", from)
						.param("to", to)
						.param("job", storeContext.jobId())
						.query(Long.class)
						.single();
				}
				long stored = 0;
				for (Map.Entry<String, double[]> path : paths.entrySet()) {
					stored += jdbc.sql("insert into path_aggregate_row (aggregate_id, path, total_conversions,"
							+ " total_conversion_value, total_null) values (:id, :path, :conversions, :value, :nulls)"
							+ " on conflict (aggregate_id, path) do nothing")
						.param("id", aggregate)
						.param("path", path.getKey())
						.param("conversions", path.getValue()[0])
						.param("value", path.getValue()[1])
						.param("nulls", path.getValue()[2])
						.update();
				}
				return new Stored(stored, replaced, from, to, Set.of());
			}

		};
	}

	/** The stored periods that overlap {@code from..to} without being equal to it. */
	private static List<String> overlapping(JdbcClient jdbc, LocalDate from, LocalDate to) {
		return jdbc
			.sql("select period_start || ' to ' || period_end from path_aggregate where period_start <= :to"
					+ " and period_end >= :from and not (period_start = :from and period_end = :to)")
			.param("from", from)
			.param("to", to)
			.query(String.class)
			.list();
	}

	/** The path with catalog codes joined by {@code " > "}, or null (reported). */
	private static String path(ImportContext context, ImportRows rows, int column) {
		if (rows.isEmpty(column)) {
			rows.error(column, "empty path");
			return null;
		}
		String text = rows.text(column);
		List<String> codes = new ArrayList<>();
		for (String part : text.split(">", -1)) {
			String code = part.strip().toLowerCase(Locale.ROOT);
			if (code.isEmpty()) {
				rows.error(column, "empty channel name in path '" + text + "'");
				return null;
			}
			if (context.channels().id(code) < 0) {
				rows.error(column, "unknown channel '" + part.strip() + "' (not in the channel catalog)");
				return null;
			}
			codes.add(code);
		}
		return String.join(" > ", codes);
	}

	/** A finite number as the command line reads it; NaN (reported) otherwise. */
	private static double number(ImportRows rows, int column, boolean required, boolean allowNegative) {
		if (rows.isEmpty(column)) {
			if (required) {
				rows.error(column, "empty " + rows.columnName(column));
			}
			return Double.NaN;
		}
		String text = rows.text(column);
		try {
			double value = Double.parseDouble(text);
			if (!Double.isFinite(value)) {
				rows.error(column, "'" + text + "' is not a finite number");
				return Double.NaN;
			}
			if (value < 0 && !allowNegative && required) {
				rows.error(column, "must not be negative, found " + text);
				return Double.NaN;
			}
			return value;
		}
		catch (NumberFormatException ex) {
			rows.error(column, "'" + text + "' is not a number");
			return Double.NaN;
		}
	}

}
