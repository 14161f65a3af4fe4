package com.marketingplanner.domain.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.marketingplanner.domain.marketingdata.DataKind;
import com.marketingplanner.domain.plan.PlanPermissions;

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
class KpiMeasurementImport extends PlanEntryImport<KpiMeasurementImport.Measurement> {

	record Measurement(long planId, long partId, LocalDate start, LocalDate day, BigDecimal value,
			String note) implements Entry {

		@Override
		public List<Object> key() {
			return List.of(this.partId, this.start, this.day);
		}

	}

	KpiMeasurementImport(PlanPermissions permissions) {
		super(permissions);
	}

	@Override
	public DataKind kind() {
		return DataKind.KPI_MEASUREMENTS;
	}

	@Override
	String partTable() {
		return "kpi";
	}

	@Override
	String part() {
		return "kpi";
	}

	@Override
	List<String> required() {
		return List.of("date", "value");
	}

	@Override
	List<String> optional() {
		return List.of("period_start", "note");
	}

	@Override
	String keyWords() {
		return "KPI and period";
	}

	@Override
	Measurement read(ImportRows rows, Long planId, Long kpiId) {
		int periodStart = rows.column("period_start");
		LocalDate end = rows.date(rows.column("date"));
		LocalDate start = rows.isEmpty(periodStart) ? end : rows.date(periodStart);
		BigDecimal value = value(rows, rows.column("value"));
		String note = rows.optionalText(rows.column("note"), 2000);
		if (start != null && end != null && end.isBefore(start)) {
			rows.error(periodStart, "period_start " + start + " is after date " + end);
			return null;
		}
		if (planId == null || kpiId == null || start == null || end == null || value == null) {
			return null;
		}
		return new Measurement(planId, kpiId, start, end, value, note);
	}

	@Override
	long deleteImported(JdbcClient jdbc, Set<Long> kpis, LocalDate from, LocalDate to) {
		return jdbc
			.sql("delete from kpi_measurement where import_job_id is not null"
					+ " and kpi_id in (:kpis) and period_end between :from and :to")
			.param("kpis", kpis)
			.param("from", from)
			.param("to", to)
			.update();
	}

	@Override
	int insert(JdbcClient jdbc, Measurement measurement, long jobId) {
		return jdbc
			.sql("insert into kpi_measurement (kpi_id, period_start, period_end, value, source, note, import_job_id)"
					+ " select :kpi, :start, :end, :value, :source, :note, :job where not exists (select 1"
					+ " from kpi_measurement where import_job_id is null and kpi_id = :kpi and period_start = :start"
					+ " and period_end = :end and value = :value)"
					+ " on conflict (kpi_id, period_start, period_end) where import_job_id is not null do nothing")
			.param("kpi", measurement.partId())
			.param("start", measurement.start())
			.param("end", measurement.day())
			.param("value", measurement.value())
			.param("source", "import #" + jobId)
			.param("note", measurement.note(), java.sql.Types.VARCHAR)
			.param("job", jobId)
			.update();
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
