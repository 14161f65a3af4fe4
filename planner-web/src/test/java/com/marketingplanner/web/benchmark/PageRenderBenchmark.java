package com.marketingplanner.web.benchmark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;

import javax.sql.DataSource;

import com.marketingplanner.domain.budget.BudgetLine;
import com.marketingplanner.domain.budget.BudgetLineCommand;
import com.marketingplanner.domain.budget.BudgetService;
import com.marketingplanner.domain.goal.Goal;
import com.marketingplanner.domain.goal.GoalCategory;
import com.marketingplanner.domain.goal.GoalCommand;
import com.marketingplanner.domain.goal.GoalHorizon;
import com.marketingplanner.domain.goal.GoalService;
import com.marketingplanner.domain.goal.KpiCommand;
import com.marketingplanner.analytics.goal.Direction;
import com.marketingplanner.domain.goal.KpiService;
import com.marketingplanner.analytics.goal.TargetType;
import com.marketingplanner.domain.plan.Plan;
import com.marketingplanner.domain.plan.PlanCommand;
import com.marketingplanner.domain.plan.PlanFilter;
import com.marketingplanner.domain.plan.PlanLanguage;
import com.marketingplanner.domain.plan.PlanService;
import com.marketingplanner.domain.support.PostgresTestInitializer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * How long the server takes to render the pages (and how much HTML they weigh): every
 * page of the largest demo plan, and of a generated plan with 1,000 budget lines and 500
 * KPIs. A benchmark, not a test: surefire's default includes leave it out of
 * {@code ./mvnw verify}; run it with
 *
 * <pre>
 * ./mvnw -B -pl planner-web -am verify -Dtest=PageRenderBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Djacoco.skip=true
 * </pre>
 *
 * ({@code -Dbenchmark.pages=/budget} renders only the pages whose name contains that
 * text, {@code -Dbenchmark.runs=200} measures more runs, e.g. under a profiler). MockMvc
 * prints nothing: printing a result formats the whole model, which is not the page's
 * work.
 *
 * Each page is rendered {@value #WARM_UP} times to warm up, then {@code RUNS} (20) times;
 * the median and the slowest of the measured runs (wall time), the median CPU time of the
 * rendering thread (MockMvc renders on the caller's thread; on a shared, loaded machine
 * CPU time is the steadier figure), the SQL statements one render sends, the HTML's size
 * and its gzip size are printed and written to {@code target/benchmark/page-render.md}
 * with the load average (results go into docs/performance.md).
 */
@SpringBootTest(properties = { "planner.demo.enabled=true", "planner.admin.username=admin",
		"planner.admin.password=benchmark-password-1", "logging.level.root=WARN" })
@AutoConfigureMockMvc(print = MockMvcPrint.NONE)
@ContextConfiguration(initializers = PostgresTestInitializer.class)
class PageRenderBenchmark {

	/** SQL statements prepared or created through the application's data source. */
	static final AtomicLong STATEMENTS = new AtomicLong();

	static final int WARM_UP = 5;

	static final int RUNS = Integer.getInteger("benchmark.runs", 20);

	@Autowired
	MockMvc mvc;

	@Autowired
	PlanService plans;

	@Autowired
	BudgetService budgets;

	@Autowired
	GoalService goals;

	@Autowired
	KpiService kpis;

	@Autowired
	JdbcClient jdbc;

	@Test
	void renderPages() throws Exception {
		long demo = this.plans.list(PlanFilter.none(), Pageable.unpaged())
			.stream()
			.filter((plan) -> "seed-000".equals(plan.getTemplateCode()))
			.map(Plan::getId)
			.findFirst()
			.orElseThrow();
		waitForSampleData();
		long large = largePlan(1000, 500);
		Map<String, String> pages = new LinkedHashMap<>();
		pages.put("portfolio", "/plans");
		for (long plan : new long[] { demo, large }) {
			String name = (plan == demo) ? "demo seed-000" : "1,000 lines / 500 KPIs";
			for (String part : List.of("", "/goals", "/budget", "/timeline", "/risks", "/campaigns", "/calendar",
					"/sections", "/analytics/budget-board", "/analytics/roi", "/alerts", "/context", "/frameworks",
					"/offers", "/organisation", "/operations", "/cadence", "/drivers")) {
				pages.put(name + " " + (part.isEmpty() ? "/overview" : part), "/plans/" + plan + part);
			}
		}
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
				"Load average before: %s%n%n| page | median ms | slowest ms | CPU ms (median) | SQL | HTML KB | gzip KB |%n"
						+ "|---|---:|---:|---:|---:|---:|---:|%n",
				loadAverage()));
		String only = System.getProperty("benchmark.pages", "");
		for (Map.Entry<String, String> page : pages.entrySet()) {
			if (!page.getKey().contains(only)) {
				continue;
			}
			for (int i = 0; i < WARM_UP; i++) {
				render(page.getValue());
			}
			long[] times = new long[RUNS];
			long[] cpu = new long[RUNS];
			long statements = 0;
			byte[] html = new byte[0];
			for (int i = 0; i < RUNS; i++) {
				long statementsBefore = STATEMENTS.get();
				long cpuStart = threads.getCurrentThreadCpuTime();
				long start = System.nanoTime();
				MvcResult result = render(page.getValue());
				times[i] = System.nanoTime() - start;
				cpu[i] = threads.getCurrentThreadCpuTime() - cpuStart;
				statements = STATEMENTS.get() - statementsBefore;
				html = result.getResponse().getContentAsByteArray();
			}
			Arrays.sort(times);
			Arrays.sort(cpu);
			keep(page.getKey(), html);
			report.append(String.format(Locale.ROOT, "| %s | %.0f | %.0f | %.0f | %d | %.0f | %.0f |%n", page.getKey(),
					times[RUNS / 2] / 1e6, times[RUNS - 1] / 1e6, cpu[RUNS / 2] / 1e6, statements, html.length / 1024.0,
					gzipped(html) / 1024.0));
		}
		report.append(String.format(Locale.ROOT, "%nLoad average after: %s%n", loadAverage()));
		System.out.println(report);
		write(report.toString());
	}

	private MvcResult render(String path) throws Exception {
		MvcResult result = this.mvc.perform(get(path).with(user("admin").roles("ADMIN")).locale(Locale.ENGLISH))
			.andReturn();
		if (result.getResponse().getStatus() != 200) {
			throw new IllegalStateException(path + " answered " + result.getResponse().getStatus());
		}
		return result;
	}

	/**
	 * A plan with {@code lineCount} budget lines (groups of ten) and {@code kpiCount}
	 * KPIs.
	 */
	private long largePlan(int lineCount, int kpiCount) {
		Plan plan = this.plans.create(new PlanCommand("Benchmark plan", null, PlanLanguage.EN, "CNY",
				LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), new BigDecimal("1000000000"), null), "admin");
		List<String> channels = List.of("douyin", "tmall", "wechat", "xiaohongshu", "jd");
		BudgetLine group = null;
		for (int i = 0; i < lineCount; i++) {
			if (i % 10 == 0) {
				group = this.budgets
					.addLine(plan.getId(),
							new BudgetLineCommand(null, null, "Group " + (i / 10), null, null, null, null, null, null,
									null, List.of("group"), null))
					.value();
				continue;
			}
			this.budgets.addLine(plan.getId(),
					new BudgetLineCommand(group.getId(), null, "Line " + i, null, channels.get(i % channels.size()),
							null, (i % 4) + 1, BigDecimal.valueOf(100_000L + i), null, null, List.of("tag" + (i % 7)),
							null));
		}
		List<Goal> goalList = new ArrayList<>();
		for (int g = 0; g < 20; g++) {
			goalList.add(this.goals.create(plan.getId(),
					new GoalCommand("Goal " + g, null, GoalCategory.values()[g % GoalCategory.values().length],
							GoalHorizon.SHORT, null, null, null, null)));
		}
		for (int k = 0; k < kpiCount; k++) {
			this.kpis.create(plan.getId(),
					new KpiCommand(goalList.get(k % goalList.size()).getId(), "KPI " + k, null, null, "%",
							Direction.HIGHER_IS_BETTER, TargetType.AT_LEAST, BigDecimal.TEN, BigDecimal.valueOf(20),
							BigDecimal.valueOf(30), null, null, null, null, false, null));
		}
		return plan.getId();
	}

	/**
	 * The demo plans' sample data is imported by background jobs after start; the pages
	 * are measured with it in place (at most two minutes' wait).
	 */
	private void waitForSampleData() throws InterruptedException {
		long deadline = System.nanoTime() + 120_000_000_000L;
		while (System.nanoTime() < deadline
				&& this.jdbc.sql("select count(*) from import_job where status in ('QUEUED', 'RUNNING')")
					.query(Long.class)
					.single() > 0) {
			Thread.sleep(500);
		}
	}

	private static String loadAverage() {
		try {
			return Files.readString(Paths.get("/proc/loadavg")).strip();
		}
		catch (IOException ex) {
			return String.format(Locale.ROOT, "%.2f",
					ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		}
	}

	private static int gzipped(byte[] html) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
			gzip.write(html);
		}
		return bytes.size();
	}

	/** Keeps the page's HTML beside the report, to see what the bytes are. */
	private static void keep(String page, byte[] html) throws IOException {
		Path file = Paths.get("target", "benchmark", "pages", page.replaceAll("[^A-Za-z0-9-]+", "_") + ".html");
		Files.createDirectories(file.getParent());
		Files.write(file, html);
	}

	private static void write(String report) throws IOException {
		Path file = Paths.get("target", "benchmark", "page-render.md");
		Files.createDirectories(file.getParent());
		Files.writeString(file, report);
	}

	/** Counts the statements the application sends through its data source. */
	@TestConfiguration
	static class CountStatements {

		@Bean
		static BeanPostProcessor countingDataSource() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String name) {
					return (bean instanceof DataSource dataSource) ? new CountingDataSource(dataSource) : bean;
				}
			};
		}

	}

	/**
	 * A data source whose connections count
	 * {@code prepareStatement/createStatement/prepareCall}.
	 */
	static class CountingDataSource extends DelegatingDataSource {

		CountingDataSource(DataSource target) {
			super(target);
		}

		@Override
		public Connection getConnection() throws java.sql.SQLException {
			return counting(super.getConnection());
		}

		@Override
		public Connection getConnection(String username, String password) throws java.sql.SQLException {
			return counting(super.getConnection(username, password));
		}

		private static Connection counting(Connection connection) {
			InvocationHandler handler = (proxy, method, args) -> {
				String name = method.getName();
				if (name.equals("prepareStatement") || name.equals("createStatement") || name.equals("prepareCall")) {
					STATEMENTS.incrementAndGet();
				}
				try {
					return method.invoke(connection, args);
				}
				catch (InvocationTargetException ex) {
					throw ex.getCause();
				}
			};
			return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
					new Class<?>[] { Connection.class }, handler);
		}

	}

}
