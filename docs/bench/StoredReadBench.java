import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Supplier;

import com.marketingplanner.analytics.attribution.AttributionResult;
import com.marketingplanner.analytics.attribution.PositionBasedModel;
import com.marketingplanner.analytics.attribution.ShapleyModel;
import com.marketingplanner.analytics.attribution.TimeDecayModel;
import com.marketingplanner.analytics.cli.AttributionSettings;
import com.marketingplanner.analytics.funnel.EventFunnel;
import com.marketingplanner.analytics.funnel.EventLog;
import com.marketingplanner.analytics.funnel.FunnelOrder;
import com.marketingplanner.analytics.funnel.FunnelSpec;
import com.marketingplanner.analytics.journey.JourneyBuilder;
import com.marketingplanner.analytics.journey.Journeys;
import com.marketingplanner.analytics.journey.TouchpointLog;
import com.marketingplanner.domain.marketingdata.DataTimeZone;
import com.marketingplanner.domain.marketingdata.MarketingData;
import com.marketingplanner.domain.shared.DateRange;
import org.postgresql.ds.PGSimpleDataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Benchmark of issue 6 speed point 2 (docs/performance.md, "Stored reads"): the app's read of stored
 * marketing data ({@code MarketingData}) and the analytics computed on it, as the attribution and funnel
 * services compute them when nothing is cached: all touchpoints of a period into a TouchpointLog, journeys
 * (30-day lookback), all nine attribution models (Markov order 1, time decay on the real times); all events
 * of a period with the funnel's steps into an EventLog and the 5-step loose funnel (14 days). Run by
 * docs/bench/stored-read-benchmark.sh; prints one line per run (wall milliseconds of each step, the
 * process's CPU milliseconds, the load average).
 */
public class StoredReadBench {

	public static void main(String[] args) {
		String url = args[0];
		String what = args[1];
		DateRange period = new DateRange(LocalDate.parse(args[2]), LocalDate.parse(args[3]));
		int runs = Integer.parseInt(args[4]);
		PGSimpleDataSource dataSource = new PGSimpleDataSource();
		dataSource.setUrl(url);
		MarketingData data = new MarketingData(dataSource, JdbcClient.create(dataSource),
				new DataTimeZone(ZoneOffset.UTC));
		// as the services read: one read-only repeatable-read transaction (what lets a large read go in parts)
		TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
		transaction.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
		transaction.setReadOnly(true);
		long postmaster = postmasterPid(dataSource);
		for (int run = 1; run <= runs; run++) {
			long cpu0 = cpuMillis();
			long server0 = serverCpuMillis(postmaster);
			long t0 = System.nanoTime();
			if (what.equals("attribution")) {
				TouchpointLog log = transaction.execute((status) -> data.touchpoints(period, null));
				long t1 = System.nanoTime();
				String readCpu = cpuOfRead(cpu0, server0, postmaster);
				AttributionSettings settings = new AttributionSettings(AttributionSettings.MODELS, 1,
						Duration.ofDays(30), new PositionBasedModel(), TimeDecayModel.DEFAULT_HALF_LIFE,
						TimeDecayModel.DEFAULT_TOUCH_INTERVAL, "direct", ShapleyModel.Worth.CONVERSIONS);
				Journeys journeys = new JourneyBuilder(settings.lookback()).build(log);
				long t2 = System.nanoTime();
				AttributionResult timeDecay = settings.timeDecay().attribute(journeys);
				List<AttributionResult> results = settings.attribute(journeys.toPathTable(), timeDecay, "touchpoints");
				long t3 = System.nanoTime();
				print(run, "read " + log.size() + " touchpoints of " + log.userCount() + " users" + readCpu, t0, t1,
						"journeys " + journeys.count(), t2, results.size() + " models", t3, cpu0);
			}
			else {
				List<String> steps = List.of("view", "cart", "checkout", "pay", "review");
				EventLog log = transaction.execute((status) -> data.events(period, steps));
				long t1 = System.nanoTime();
				String readCpu = cpuOfRead(cpu0, server0, postmaster);
				var result = EventFunnel.analyse(log,
						new FunnelSpec(steps, Duration.ofDays(14), List.of(), FunnelOrder.LOOSE, null));
				long t2 = System.nanoTime();
				print(run, "read " + log.size() + " events of " + log.userCount() + " users" + readCpu, t0, t1,
						"funnel (last step " + result.overall().steps().get(4).users() + " users)", t2, null, t2, cpu0);
			}
		}
	}

	private static void print(int run, String first, long t0, long t1, String second, long t2, String third,
			long t3, long cpu0) {
		StringBuilder line = new StringBuilder("run " + run + ": " + first + " " + ms(t0, t1) + " ms; " + second + " "
				+ ms(t1, t2) + " ms; ");
		if (third != null) {
			line.append(third).append(' ').append(ms(t2, t3)).append(" ms; ");
		}
		line.append("total ").append(ms(t0, t3)).append(" ms wall, process CPU ").append(cpuMillis() - cpu0);
		line.append(" ms; load ").append(load());
		System.out.println(line);
	}

	/** The app's and the database server's CPU time since the start of the run. */
	private static String cpuOfRead(long cpu0, long server0, long postmaster) {
		return " (CPU: app " + (cpuMillis() - cpu0) + " ms, server " + (serverCpuMillis(postmaster) - server0) + " ms)";
	}

	/** The PostgreSQL postmaster's process id (the parent of this connection's backend). */
	private static long postmasterPid(javax.sql.DataSource dataSource) {
		try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
				var result = statement.executeQuery("select pg_backend_pid()")) {
			result.next();
			return Long.parseLong(stat(result.getLong(1))[3]);
		}
		catch (Exception ex) {
			return -1;
		}
	}

	/**
	 * CPU milliseconds of the database server so far (same machine only): its processes'
	 * user + system time, and that of the backends that already exited (the postmaster's
	 * children time); -1 when /proc cannot tell.
	 */
	private static long serverCpuMillis(long postmaster) {
		if (postmaster < 0) {
			return -1;
		}
		try (var processes = java.nio.file.Files.list(java.nio.file.Path.of("/proc"))) {
			String[] own = stat(postmaster);
			long ticks = Long.parseLong(own[13]) + Long.parseLong(own[14]) + Long.parseLong(own[15])
					+ Long.parseLong(own[16]);
			for (var process : processes.filter((p) -> p.getFileName().toString().matches("\\d+")).toList()) {
				String[] fields = stat(Long.parseLong(process.getFileName().toString()));
				if (fields != null && fields[3].equals(Long.toString(postmaster))) {
					ticks += Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
				}
			}
			return ticks * 10; // USER_HZ 100
		}
		catch (java.io.IOException ex) {
			return -1;
		}
	}

	/** The fields of /proc/PID/stat after the command name, numbered as in proc(5) less one. */
	private static String[] stat(long pid) {
		try {
			String line = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/" + pid + "/stat"));
			String[] rest = line.substring(line.lastIndexOf(')') + 2).split(" ");
			String[] fields = new String[rest.length + 2];
			System.arraycopy(rest, 0, fields, 2, rest.length);
			return fields;
		}
		catch (java.io.IOException | RuntimeException ex) {
			return null;
		}
	}

	private static long ms(long from, long to) {
		return (to - from) / 1_000_000;
	}

	private static long cpuMillis() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime() / 1_000_000;
	}

	private static String load() {
		Supplier<String> read = () -> {
			try {
				return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0];
			}
			catch (java.io.IOException ex) {
				return "?";
			}
		};
		return read.get();
	}

}
