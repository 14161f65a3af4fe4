package com.marketingplanner.web.report;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import com.marketingplanner.web.support.PlannerWebTest;
import com.marketingplanner.web.support.TestUsers;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The benchmark of the quarterly report (docs/performance.md, "Quarterly PDF report"):
 * not a test (its name keeps it out of {@code ./mvnw verify}) and it asserts nothing; it
 * prints the time and size of the report of each demo plan. Each plan gets a month of
 * spend on every budget line and a measurement on every KPI per quarter of its period, so
 * every table and chart is filled. Run:
 *
 * <pre>
 * ./mvnw -B -pl planner-web -am verify -Dtest=QuarterlyReportBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 */
@PlannerWebTest
class QuarterlyReportBenchmark {

	private static final int WARMUP = 3;

	private static final int RUNS = 9;

	private static final com.sun.management.ThreadMXBean THREADS = (com.sun.management.ThreadMXBean) ManagementFactory
		.getThreadMXBean();

	private static final com.sun.management.OperatingSystemMXBean OS = (com.sun.management.OperatingSystemMXBean) ManagementFactory
		.getOperatingSystemMXBean();

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	QuarterlyReportDocument documents;

	@Autowired
	QuarterlyReports reports;

	@Autowired
	PdfRendering rendering;

	@Test
	void timesTheReportOfEachDemoPlan() throws Exception {
		this.users.ensureAll();
		StringBuilder results = new StringBuilder();
		results.append(String.format(Locale.ROOT, "load average at start: %.1f, processors: %d, java %s%n",
				ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
				Runtime.getRuntime().availableProcessors(), System.getProperty("java.version")));
		for (String[] demo : new String[][] { { "seed-000", "2026-Q2" }, { "seed-002", "2024-Q2" },
				{ "seed-004", "2024-Q4" } }) {
			long planId = planWithData(demo[0]);
			for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
				for (int i = 0; i < WARMUP; i++) {
					this.documents.create(planId, demo[1], locale);
				}
				Samples wall = new Samples();
				Samples threadCpu = new Samples();
				Samples processCpu = new Samples();
				Samples allocated = new Samples();
				Samples model = new Samples();
				Samples xhtml = new Samples();
				Samples pdfTime = new Samples();
				byte[] pdf = null;
				for (int i = 0; i < RUNS; i++) {
					long start = System.nanoTime();
					long threadCpuStart = THREADS.getCurrentThreadCpuTime();
					long processCpuStart = OS.getProcessCpuTime();
					long allocatedStart = THREADS.getCurrentThreadAllocatedBytes();
					pdf = this.documents.create(planId, demo[1], locale).pdf();
					wall.add((System.nanoTime() - start) / 1e6);
					threadCpu.add((THREADS.getCurrentThreadCpuTime() - threadCpuStart) / 1e6);
					processCpu.add((OS.getProcessCpuTime() - processCpuStart) / 1e6);
					allocated.add((THREADS.getCurrentThreadAllocatedBytes() - allocatedStart) / 1e6);
					phases(planId, demo[1], locale, model, xhtml, pdfTime);
				}
				long httpStart = System.nanoTime();
				this.mvc
					.perform(get("/api/v1/plans/{plan}/reports/quarterly", planId).param("quarter", demo[1])
						.param("lang", locale.toLanguageTag())
						.with(httpBasic("viewer", TestUsers.PASSWORD)))
					.andExpect(status().isOk());
				double http = (System.nanoTime() - httpStart) / 1e6;
				int pages;
				try (PDDocument document = Loader.loadPDF(pdf)) {
					pages = document.getNumberOfPages();
				}
				results.append(String.format(Locale.ROOT,
						"%s %s %s: wall clock median %.0f ms (min %.0f, max %.0f) over %d runs; CPU median: rendering thread %.0f ms, whole JVM %.0f ms; "
								+ "allocated %.0f MB; phases (wall median): model %.0f ms, XHTML+SVG %.0f ms, PDF %.0f ms; one REST call %.0f ms; %,d bytes, %d pages%n",
						demo[0], demo[1], locale.toLanguageTag(), wall.median(), wall.min(), wall.max(), RUNS,
						threadCpu.median(), processCpu.median(), allocated.median(), model.median(), xhtml.median(),
						pdfTime.median(), http, pdf.length, pages));
				Path sample = Path.of("target", "report-benchmark", demo[0] + "-" + locale.toLanguageTag() + ".xhtml");
				Files.createDirectories(sample.getParent());
				Files.writeString(sample, xhtml(planId, demo[1], locale));
			}
		}
		System.out.print(results);
		Files.createDirectories(Path.of("target"));
		Files.writeString(Path.of("target", "report-benchmark.txt"), results);
	}

	/** The three steps of a report timed one by one. */
	private void phases(long planId, String quarter, Locale locale, Samples model, Samples xhtml, Samples pdf) {
		LocaleContextHolder.setLocale(locale);
		try {
			long start = System.nanoTime();
			QuarterlyReport report = this.reports.build(planId, quarter);
			long built = System.nanoTime();
			String document = this.documents.xhtml(report, locale);
			long written = System.nanoTime();
			this.rendering.render(document);
			long rendered = System.nanoTime();
			model.add((built - start) / 1e6);
			xhtml.add((written - built) / 1e6);
			pdf.add((rendered - written) / 1e6);
		}
		finally {
			LocaleContextHolder.resetLocaleContext();
		}
	}

	private String xhtml(long planId, String quarter, Locale locale) {
		LocaleContextHolder.setLocale(locale);
		try {
			return this.documents.xhtml(this.reports.build(planId, quarter), locale);
		}
		finally {
			LocaleContextHolder.resetLocaleContext();
		}
	}

	private long planWithData(String template) throws Exception {
		long planId = this.json.readTree(this.mvc
			.perform(post("/api/v1/plans/from-template").with(httpBasic("planner", TestUsers.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"templateCode\": \"" + template + "\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString()).get("id").asLong();
		this.jdbc.sql("""
				insert into actual_spend (budget_line_id, spent_on, amount, source, recorded_at)
				select l.id, m::date + 14, 10000 + (l.id % 7) * 1000, 'benchmark', now()
				from budget_line l, plan p, generate_series(p.period_start, p.period_end, interval '1 month') m
				where l.plan_id = :plan and p.id = :plan
				""").param("plan", planId).update();
		this.jdbc.sql("""
				insert into kpi_measurement (kpi_id, period_start, period_end, value, source, recorded_at)
				select k.id, q::date, (q + interval '3 months' - interval '1 day')::date,
				       coalesce(k.target, 100) * (0.6 + (k.id % 5) * 0.15), 'benchmark', now()
				from kpi k, plan p, generate_series(p.period_start, p.period_end, interval '3 months') q
				where k.plan_id = :plan and p.id = :plan
				""").param("plan", planId).update();
		this.jdbc.sql("update risk set impact = 1 + (id % 5)::int where plan_id = :plan and probability is not null")
			.param("plan", planId)
			.update();
		return planId;
	}

	/** Timings of one kind, in milliseconds. */
	private static final class Samples {

		private final List<Double> values = new ArrayList<>();

		void add(double value) {
			this.values.add(value);
		}

		double median() {
			return sorted().get(this.values.size() / 2);
		}

		double min() {
			return sorted().get(0);
		}

		double max() {
			return sorted().get(this.values.size() - 1);
		}

		private List<Double> sorted() {
			List<Double> copy = new ArrayList<>(this.values);
			Collections.sort(copy);
			return copy;
		}

	}

}
