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
 * Spend per budget line {@code plan_id,plan,line_id,line,date,amount[,note]} (of each
 * pair one column suffices, see {@link PlanRows}), stored as actual-spend entries of the
 * budget. An imported entry is the same as a stored one when line and day are equal;
 * entries typed on the budget page are never touched, and a row equal to one of them
 * (line, day and amount) is already recorded, so re-importing an exported table stores
 * nothing twice. A replacing import replaces the imported entries of the file's lines in
 * the period.
 */
@Component
class LineSpendImport extends PlanEntryImport<LineSpendImport.Spend> {

	record Spend(long planId, long partId, LocalDate day, BigDecimal amount, String note) implements Entry {

		@Override
		public List<Object> key() {
			return List.of(this.partId, this.day);
		}

	}

	LineSpendImport(PlanPermissions permissions) {
		super(permissions);
	}

	@Override
	public DataKind kind() {
		return DataKind.LINE_SPEND;
	}

	@Override
	String partTable() {
		return "budget_line";
	}

	@Override
	String part() {
		return "line";
	}

	@Override
	List<String> required() {
		return List.of("date", "amount");
	}

	@Override
	List<String> optional() {
		return List.of("note");
	}

	@Override
	String keyWords() {
		return "line and date";
	}

	@Override
	Spend read(ImportRows rows, Long planId, Long lineId) {
		LocalDate day = rows.date(rows.column("date"));
		BigDecimal amount = rows.amount(rows.column("amount"), 2, true);
		String note = rows.optionalText(rows.column("note"), 2000);
		if (planId == null || lineId == null || day == null || amount == null) {
			return null;
		}
		return new Spend(planId, lineId, day, amount, note);
	}

	@Override
	long deleteImported(JdbcClient jdbc, Set<Long> lines, LocalDate from, LocalDate to) {
		return jdbc
			.sql("delete from actual_spend where import_job_id is not null"
					+ " and budget_line_id in (:lines) and spent_on between :from and :to")
			.param("lines", lines)
			.param("from", from)
			.param("to", to)
			.update();
	}

	@Override
	int insert(JdbcClient jdbc, Spend spend, long jobId) {
		return jdbc.sql("insert into actual_spend (budget_line_id, spent_on, amount, source, note, import_job_id)"
				+ " select :line, :day, :amount, :source, :note, :job where not exists (select 1 from actual_spend"
				+ " where import_job_id is null and budget_line_id = :line and spent_on = :day and amount = :amount)"
				+ " on conflict (budget_line_id, spent_on) where import_job_id is not null do nothing")
			.param("line", spend.partId())
			.param("day", spend.day())
			.param("amount", spend.amount())
			.param("source", "import #" + jobId)
			.param("note", spend.note(), java.sql.Types.VARCHAR)
			.param("job", jobId)
			.update();
	}

}
