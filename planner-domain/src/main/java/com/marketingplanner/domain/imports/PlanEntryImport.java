package com.marketingplanner.domain.imports;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.marketingplanner.analytics.io.CsvScanner;
import com.marketingplanner.domain.plan.PlanPermissions;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The plan-scoped kinds (spend per budget line, KPI measurements): rows name a plan and a
 * part of it (a budget line or a KPI, by id or name, see {@link PlanRows}), are keyed
 * within the file (the same key twice is an error), and are stored as imported entries of
 * the part's own table with {@code ON CONFLICT DO NOTHING} on the partial unique index
 * over imported entries. A replacing import first deletes the imported entries of the
 * file's parts whose day lies in the period; entries typed on the pages are never
 * touched.
 *
 * @param <E> a checked row
 */
abstract class PlanEntryImport<E extends PlanEntryImport.Entry> implements KindImport {

	/** A checked row: its plan and part, the day that places it in a period, its key. */
	interface Entry {

		long planId();

		long partId();

		/** The day a replaced period is compared with. */
		LocalDate day();

		/** What makes two rows of a file the same. */
		List<Object> key();

	}

	/** Decides per plan named in a file whether the requester may book records on it. */
	private final PlanPermissions permissions;

	PlanEntryImport(PlanPermissions permissions) {
		this.permissions = permissions;
	}

	/** {@code budget_line} or {@code kpi}. */
	abstract String partTable();

	/** The part's column prefix in files: {@code line} or {@code kpi}. */
	abstract String part();

	/** Columns besides the plan and part pairs: required, then optional. */
	abstract List<String> required();

	abstract List<String> optional();

	/** The key's words in the error of a repeated row, e.g. "line and date". */
	abstract String keyWords();

	/**
	 * Reads the current row once plan and part are known (null when they were not found);
	 * errors go to {@code rows}. Returns null when the row cannot be stored.
	 */
	abstract E read(ImportRows rows, Long planId, Long partId);

	/**
	 * Deletes the imported entries of {@code parts} whose day lies in {@code from..to};
	 * returns how many.
	 */
	abstract long deleteImported(JdbcClient jdbc, Set<Long> parts, LocalDate from, LocalDate to);

	/**
	 * Inserts one entry unless an imported entry with its key is stored; returns 1 when
	 * stored.
	 */
	abstract int insert(JdbcClient jdbc, E entry, long jobId);

	@Override
	public ImportRows rows(ImportContext context, CsvScanner scanner, ImportErrors errors,
			java.util.function.IntSupplier percent) {
		Set<List<String>> satisfied = (context.request().planId() != null) ? Set.of(List.of("plan_id", "plan"))
				: Set.of();
		return new ImportRows(scanner, errors, percent, required(), optional(),
				List.of(List.of("plan_id", "plan"), List.of(part() + "_id", part())), satisfied);
	}

	@Override
	public Checked check(ImportContext context, ImportRows rows, ImportErrors errors, Connection connection) {
		List<E> checked = new ArrayList<>();
		KeyedRows keys = new KeyedRows();
		if (rows.headerValid()) {
			PlanRows plans = new PlanRows(context.jdbc(), partTable(), part(), context.request(), this.permissions);
			int date = rows.column("date");
			while (rows.next()) {
				long before = errors.total();
				Long planId = plans.plan(rows);
				Long partId = (planId != null) ? plans.part(rows, planId) : null;
				E entry = read(rows, planId, partId);
				if (entry == null || errors.total() > before || !KeyedRows.inPeriod(rows, context, entry.day(), date)
						|| !keys.add(rows, entry.key(), keyWords())) {
					continue;
				}
				keys.cover(entry.day());
				checked.add(entry);
			}
		}
		return new CheckedEntries(checked, keys, rows.rowsRead());
	}

	private final class CheckedEntries implements Checked {

		private final List<E> entries;

		private final KeyedRows keys;

		private final long rowsRead;

		CheckedEntries(List<E> entries, KeyedRows keys, long rowsRead) {
			this.entries = entries;
			this.keys = keys;
			this.rowsRead = rowsRead;
		}

		@Override
		public long rowsRead() {
			return this.rowsRead;
		}

		@Override
		public Stored store(ImportContext context, Connection connection) {
			JdbcClient jdbc = context.jdbc();
			LocalDate from = (context.from() != null) ? context.from() : this.keys.first();
			LocalDate to = (context.to() != null) ? context.to() : this.keys.last();
			Set<Long> planIds = new LinkedHashSet<>();
			Set<Long> parts = new LinkedHashSet<>();
			this.entries.forEach((entry) -> {
				planIds.add(entry.planId());
				parts.add(entry.partId());
			});
			long replaced = (context.replaces() && !parts.isEmpty()) ? deleteImported(jdbc, parts, from, to) : 0;
			long stored = 0;
			for (E entry : this.entries) {
				stored += insert(jdbc, entry, context.jobId());
			}
			return new Stored(stored, replaced, from, to, planIds);
		}

	}

}
