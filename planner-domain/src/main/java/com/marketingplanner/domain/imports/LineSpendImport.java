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
 * Spend per budget line {@code plan_id,plan,line_id,line,date,amount[,note]} (of each
 * pair one column suffices, see {@link PlanRows}), stored as actual-spend entries of the
 * budget. An imported entry is the same as a stored one when line and day are equal;
 * entries typed on the budget page are never touched. A replacing import replaces the
 * imported entries of the file's lines in the period.
 */
@Component
class LineSpendImport implements KindImport {

	@Override
	public DataKind kind() {
		return DataKind.LINE_SPEND;
	}

	@Override
	public ImportRows rows(ImportContext context, CsvScanner scanner, ImportErrors errors,
			java.util.function.IntSupplier percent) {
		Set<List<String>> satisfied = (context.request().planId() != null) ? Set.of(List.of("plan_id", "plan"))
				: Set.of();
		return new ImportRows(scanner, errors, percent, List.of("date", "amount"), List.of("note"),
				List.of(List.of("plan_id", "plan"), List.of("line_id", "line")), satisfied);
	}

	private record Row(long planId, long lineId, LocalDate day, BigDecimal amount, String note) {
	}

	@Override
	public Checked check(ImportContext context, ImportRows rows, ImportErrors errors) {
		List<Row> checked = new ArrayList<>();
		KeyedRows keys = new KeyedRows();
		if (rows.headerValid()) {
			PlanRows plans = new PlanRows(context.jdbc(), "budget_line", "line", context.request().planId());
			int date = rows.column("date");
			while (rows.next()) {
				long before = errors.total();
				Long planId = plans.plan(rows);
				Long lineId = (planId != null) ? plans.part(rows, planId) : null;
				LocalDate day = rows.date(date);
				BigDecimal amount = rows.amount(rows.column("amount"), 2, true);
				String note = rows.optionalText(rows.column("note"), 2000);
				if (errors.total() > before || !KeyedRows.inPeriod(rows, context, day, date)
						|| !keys.add(rows, List.of(lineId, day), "line and date")) {
					continue;
				}
				keys.cover(day);
				checked.add(new Row(planId, lineId, day, amount, note));
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
				Set<Long> lines = new LinkedHashSet<>();
				checked.forEach((row) -> {
					planIds.add(row.planId());
					lines.add(row.lineId());
				});
				long replaced = 0;
				if (storeContext.replaces() && !lines.isEmpty()) {
					replaced = jdbc
						.sql("delete from actual_spend where import_job_id is not null"
								+ " and budget_line_id in (:lines) and spent_on between :from and :to")
						.param("lines", lines)
						.param("from", from)
						.param("to", to)
						.update();
				}
				long stored = 0;
				for (Row row : checked) {
					stored += jdbc
						.sql("insert into actual_spend (budget_line_id, spent_on, amount, source, note,"
								+ " import_job_id) values (:line, :day, :amount, :source, :note, :job)"
								+ " on conflict (budget_line_id, spent_on) where import_job_id is not null do nothing")
						.param("line", row.lineId())
						.param("day", row.day())
						.param("amount", row.amount())
						.param("source", "import #" + storeContext.jobId())
						.param("note", row.note(), java.sql.Types.VARCHAR)
						.param("job", storeContext.jobId())
						.update();
				}
				return new Stored(stored, replaced, from, to, planIds);
			}

		};
	}

}
