import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What the audit triggers (ADR 0073) cost on writes: the same work with the triggers enabled
 * and disabled, on a migrated Marketing Planner database that may be thrown away (it adds a
 * plan and rows; audit entries cannot be deleted).
 *
 * <pre>
 * java -cp ~/.m2/repository/org/postgresql/postgresql/42.7.13/postgresql-42.7.13.jar \
 *      docs/bench/AuditOverhead.java jdbc:postgresql://localhost:PORT/postgres postgres PASSWORD [rounds]
 * </pre>
 *
 * The embedded server's password is the file {@code planner-db.password} in its data
 * directory.
 *
 * Prints, per workload, the median milliseconds of {@code rounds} runs (default 5) with and
 * without the triggers. Each run is one transaction, rolled back, so runs start alike.
 */
public class AuditOverhead {

	private static final String[] ROW_TABLES = { "risk", "budget_line" };

	public static void main(String[] args) throws Exception {
		String url = args[0];
		String user = (args.length > 1) ? args[1] : "postgres";
		String password = (args.length > 2) ? args[2] : "";
		int rounds = (args.length > 3) ? Integer.parseInt(args[3]) : 5;
		try (Connection db = DriverManager.getConnection(url, user, password)) {
			long planId = plan(db);
			System.out.printf("workload                                   | with triggers | without | overhead%n");
			report(db, rounds, "2,000 risk inserts, one statement each", (c) -> 0,
					(c) -> insertRisks(c, planId, 2000));
			report(db, rounds, "2,000 risk updates of 2 columns each", (c) -> insertRisks(c, planId, 2000),
					(c) -> updateRisks(c, planId));
			report(db, rounds, "100,000 spend rows in one INSERT … SELECT", (c) -> 0,
					(c) -> insertSpend(c, planId, 100_000));
		}
	}

	interface Work {

		long run(Connection db) throws SQLException;

	}

	private static void report(Connection db, int rounds, String name, Work prepare, Work work) throws SQLException {
		double with = median(db, rounds, prepare, work, true);
		double without = median(db, rounds, prepare, work, false);
		System.out.printf("%-42s | %10.0f ms | %5.0f ms | %+.0f%%%n", name, with, without, 100 * (with - without) / without);
	}

	private static double median(Connection db, int rounds, Work prepare, Work work, boolean triggers)
			throws SQLException {
		List<Double> times = new ArrayList<>();
		for (int i = 0; i < rounds + 1; i++) {
			db.setAutoCommit(false);
			try (Statement statement = db.createStatement()) {
				statement.execute("select set_config('planner.actor', 'benchmark', true)");
				if (!triggers) {
					for (String table : ROW_TABLES) {
						statement.execute("alter table " + table + " disable trigger audit_change");
					}
					statement.execute("alter table actual_spend disable trigger audit_added");
				}
			}
			prepare.run(db);
			long start = System.nanoTime();
			work.run(db);
			double millis = (System.nanoTime() - start) / 1e6;
			db.rollback();
			db.setAutoCommit(true);
			if (i > 0) {
				times.add(millis); // the first run warms up
			}
		}
		Collections.sort(times);
		return times.get(times.size() / 2);
	}

	private static long plan(Connection db) throws SQLException {
		try (Statement statement = db.createStatement()) {
			var owner = statement.executeQuery("select id from app_user order by id limit 1");
			owner.next();
			long ownerId = owner.getLong(1);
			var plan = statement.executeQuery("insert into plan (title, period_start, period_end, owner_id) values "
					+ "('Audit benchmark', '2026-01-01', '2026-12-31', " + ownerId + ") returning id");
			plan.next();
			return plan.getLong(1);
		}
	}

	private static long insertRisks(Connection db, long planId, int count) throws SQLException {
		try (PreparedStatement insert = db.prepareStatement(
				"insert into risk (plan_id, category, title, probability, impact) values (?, '合规', ?, 0.2, 3)")) {
			for (int i = 0; i < count; i++) {
				insert.setLong(1, planId);
				insert.setString(2, "风险 " + i);
				insert.executeUpdate();
			}
		}
		return count;
	}

	private static long updateRisks(Connection db, long planId) throws SQLException {
		long updated = 0;
		List<Long> ids = new ArrayList<>();
		try (PreparedStatement select = db.prepareStatement("select id from risk where plan_id = ?")) {
			select.setLong(1, planId);
			var rows = select.executeQuery();
			while (rows.next()) {
				ids.add(rows.getLong(1));
			}
		}
		try (PreparedStatement update = db
			.prepareStatement("update risk set probability = 0.5, title = title || ' (修订)' where id = ?")) {
			for (long id : ids) {
				update.setLong(1, id);
				updated += update.executeUpdate();
			}
		}
		return updated;
	}

	private static long insertSpend(Connection db, long planId, int rows) throws SQLException {
		try (Statement statement = db.createStatement()) {
			var line = statement.executeQuery(
					"insert into budget_line (plan_id, name) values (" + planId + ", '抖音') returning id");
			line.next();
			long lineId = line.getLong(1);
			return statement.executeUpdate("insert into actual_spend (budget_line_id, spent_on, amount) "
					+ "select " + lineId + ", date '2026-01-01' + (i % 365), 100 + i % 1000 from generate_series(1, "
					+ rows + ") i");
		}
	}

}
