package com.marketingplanner.web.benchmark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
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
import java.util.zip.GZIPOutputStream;

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
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.Pageable;
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
 * ./mvnw -B -pl planner-web -am verify -Dtest=PageRenderBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * Each page is rendered {@value #WARM_UP} times to warm up, then {@value #RUNS} times;
 * the median and the slowest of the measured runs, the HTML's size and its gzip size are
 * printed and written to {@code target/benchmark/page-render.md} (results go into
 * docs/performance.md).
 */
@SpringBootTest(properties = { "planner.demo.enabled=true", "planner.admin.username=admin",
		"planner.admin.password=benchmark-password-1", "logging.level.root=WARN" })
@AutoConfigureMockMvc
@ContextConfiguration(initializers = PostgresTestInitializer.class)
class PageRenderBenchmark {

	static final int WARM_UP = 5;

	static final int RUNS = 20;

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

	@Test
	void renderPages() throws Exception {
		long demo = this.plans.list(PlanFilter.none(), Pageable.unpaged())
			.stream()
			.filter((plan) -> "seed-000".equals(plan.getTemplateCode()))
			.map(Plan::getId)
			.findFirst()
			.orElseThrow();
		long large = largePlan(1000, 500);
		Map<String, String> pages = new LinkedHashMap<>();
		pages.put("portfolio", "/plans");
		for (long plan : new long[] { demo, large }) {
			String name = (plan == demo) ? "demo seed-000" : "1,000 lines / 500 KPIs";
			for (String part : List.of("", "/goals", "/budget", "/timeline", "/risks", "/campaigns", "/calendar",
					"/sections")) {
				pages.put(name + " " + (part.isEmpty() ? "/overview" : part), "/plans/" + plan + part);
			}
		}
		StringBuilder report = new StringBuilder(
				"| page | median ms | slowest ms | HTML KB | gzip KB |\n|---|---:|---:|---:|---:|\n");
		for (Map.Entry<String, String> page : pages.entrySet()) {
			for (int i = 0; i < WARM_UP; i++) {
				render(page.getValue());
			}
			long[] times = new long[RUNS];
			byte[] html = new byte[0];
			for (int i = 0; i < RUNS; i++) {
				long start = System.nanoTime();
				MvcResult result = render(page.getValue());
				times[i] = System.nanoTime() - start;
				html = result.getResponse().getContentAsByteArray();
			}
			Arrays.sort(times);
			report.append(String.format(Locale.ROOT, "| %s | %.0f | %.0f | %.0f | %.0f |%n", page.getKey(),
					times[RUNS / 2] / 1e6, times[RUNS - 1] / 1e6, html.length / 1024.0, gzipped(html) / 1024.0));
		}
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

	private static int gzipped(byte[] html) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
			gzip.write(html);
		}
		return bytes.size();
	}

	private static void write(String report) throws IOException {
		Path file = Paths.get("target", "benchmark", "page-render.md");
		Files.createDirectories(file.getParent());
		Files.writeString(file, report);
	}

}
