package com.marketingplanner.domain.imports;

import java.math.BigDecimal;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.marketingplanner.analytics.io.CsvScanner;
import com.marketingplanner.domain.marketingdata.DataKind;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * KPI measurements {@code plan_id,plan,kpi_id,kpi,date,value[,period_start][,note]} (of
 * each pair one column suffices, see {@link PlanRows}): the value measured over
 * {@code period_start..date} (one day when {@code period_start} is empty or left out).
 * Values may be negative (a change), with at most 6 decimals. An imported measurement is
 * the same as a stored one when KPI and period are equal. A replacing import replaces the
 * imported measurements of the file's KPIs whose period ends in the replaced period.
 */
@Component
class KpiMeasurementImport implements KindImport {

	@Override
	public DataKind kind() {
		return DataKind.KPI_MEASUREMENTS;
	}

	@Override
	public ImportRows rows(ImportContext context, CsvScanner scanner, ImportErrors errors,
			java.util.function.IntSupplier percent) {
		Set<List<String>> satisfied = (context.request().planId() != null) ? Set.of(List.of("plan_id", "plan"))
				: Set.of();
		return new ImportRows(scanner, errors, percent, List.of("date", "value"), List.of("period_start", "note"),
				List.of(List.of("plan_id", "plan"), List.of("kpi_id", "kpi")), satisfied);
	}

	private record Row(long planId, long kpiId, LocalDate start, LocalDate end, BigDecimal value, String note) {
	}

	@Override
	public Checked check(ImportContext context, ImportRows rows, ImportErrors errors) {
		List<Row> checked = new ArrayList<>();
		KeyedRows keys = new KeyedRows();
		if (rows.headerValid()) {
			PlanRows plans = new PlanRows(context.jdbc(), "kpi", "kpi", context.request().planId());
			int date = rows.column("date");
			int periodStart = rows.column("period_start");
			int valueColumn = rows.column("value");
			while (rows.next()) {
				long before = errors.total();
				Long planId = plans.plan(rows);
				Long kpiId = (planId != null) ? plans.part(rows, planId) : null;
				LocalDate end = rows.date(date);
				LocalDate start = rows.isEmpty(periodStart) ? end : rows.date(periodStart);
				BigDecimal value = value(rows, valueColumn);
				String note = rows.optionalText(rows.column("note"), 2000);
				if (start != null && end != null && end.isBefore(start)) {
					rows.error(periodStart, "period_start " + start + " is after date " + end);
				}
				if (errors.total() > before || !KeyedRows.inPeriod(rows, context, end, date)
						|| !keys.add(rows, List.of(kpiId, start, end), "KPI and period")) {
					continue;
				}
				keys.cover(end);
				checked.add(new Row(planId, kpiId, start, end, value, note));
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
				LocalDate from = (storeContext.from() != null) ? storeContext.from() : keys.first();
				LocalDate to = (storeContext.to() != null) ? storeContext.to() : keys.last();
				Set<Long> planIds = new LinkedHashSet<>();
				Set<Long> kpis = new LinkedHashSet<>();
				checked.forEach((row) -> {
					planIds.add(row.planId());
					kpis.add(row.kpiId());
				});
				long replaced = 0;
				if (storeContext.replaces() && !kpis.isEmpty()) {
					replaced = jdbc
						.sql("delete from kpi_measurement where import_job_id is not null"
								+ " and kpi_id in (:kpis) and period_end between :from and :to")
						.param("kpis", kpis)
						.param("from", from)
						.param("to", to)
						.update();
				}
				long stored = 0;
				for (Row row : checked) {
					stored += jdbc
						.sql("insert into kpi_measurement (kpi_id, period_start, period_end, value, source, note,"
								+ " import_job_id) values (:kpi, :start, :end, :value, :source, :note, :job)"
								+ " on conflict (kpi_id, period_start, period_end) where import_job_id is not null do nothing")
						.param("kpi", row.kpiId())
						.param("start", row.start())
						.param("end", row.end())
						.param("value", row.value())
						.param("source", "import #" + storeContext.jobId())
						.param("note", row.note(), java.sql.Types.VARCHAR)
						.param("job", storeContext.jobId())
						.update();
				}
				return new Stored(stored, replaced, from, to, planIds);
			}

		};
	}

	private static BigDecimal value(ImportRows rows, int column) {
		if (rows.isEmpty(column)) {
			rows.error(column, "empty value; expected a number");
			return null;
		}
		String text = rows.text(column);
		if (!ImportRows.isPlainDecimal(text)) {
			rows.error(column, "'" + text + "' is not a number (write digits with an optional '.' and decimals)");
			return null;
		}
		BigDecimal value = new BigDecimal(text);
		if (value.stripTrailingZeros().scale() > 6 || value.precision() - value.scale() > 24) {
			rows.error(column, "'" + text + "' has more than 6 decimals or 24 digits");
			return null;
		}
		return value;
	}

}
