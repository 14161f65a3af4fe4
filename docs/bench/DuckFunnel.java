import java.sql.*;

/** Throwaway harness: DuckDB reads the events CSV and computes a chained 5-step funnel (14-day window from the first view). */
public class DuckFunnel {
  public static void main(String[] args) throws Exception {
    String file = args[0];
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
      String sql = """
        WITH ev AS MATERIALIZED (SELECT user_id, CAST("timestamp" AS TIMESTAMPTZ) AS ts, event
                    FROM read_csv('%s', header = true, columns = {'user_id': 'VARCHAR', 'timestamp': 'VARCHAR', 'event': 'VARCHAR'})
                    WHERE event IN ('view','cart','checkout','pay','review')),
        s1 AS (SELECT user_id, min(ts) AS t1 FROM ev WHERE event = 'view' GROUP BY user_id),
        s2 AS (SELECT s1.user_id, s1.t1, min(e.ts) AS t FROM s1 JOIN ev e ON e.user_id = s1.user_id AND e.event = 'cart'
               AND e.ts >= s1.t1 AND e.ts <= s1.t1 + INTERVAL 14 DAY GROUP BY ALL),
        s3 AS (SELECT s2.user_id, s2.t1, min(e.ts) AS t FROM s2 JOIN ev e ON e.user_id = s2.user_id AND e.event = 'checkout'
               AND e.ts >= s2.t AND e.ts <= s2.t1 + INTERVAL 14 DAY GROUP BY ALL),
        s4 AS (SELECT s3.user_id, s3.t1, min(e.ts) AS t FROM s3 JOIN ev e ON e.user_id = s3.user_id AND e.event = 'pay'
               AND e.ts >= s3.t AND e.ts <= s3.t1 + INTERVAL 14 DAY GROUP BY ALL),
        s5 AS (SELECT s4.user_id FROM s4 JOIN ev e ON e.user_id = s4.user_id AND e.event = 'review'
               AND e.ts >= s4.t AND e.ts <= s4.t1 + INTERVAL 14 DAY GROUP BY ALL)
        SELECT (SELECT count(*) FROM s1), (SELECT count(*) FROM s2), (SELECT count(*) FROM s3), (SELECT count(*) FROM s4), (SELECT count(*) FROM s5)
        """.formatted(file);
      try (ResultSet r = s.executeQuery(sql)) {
        r.next();
        System.out.println("step,event,users");
        String[] names = {"view", "cart", "checkout", "pay", "review"};
        for (int i = 0; i < 5; i++) System.out.println((i + 1) + "," + names[i] + "," + r.getLong(i + 1));
      }
    }
  }
}
