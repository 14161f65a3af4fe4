package com.marketingplanner.web.report;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import com.marketingplanner.domain.support.MarketingDataFixture;
import com.marketingplanner.web.page.DisplayFormat;
import com.marketingplanner.web.support.PlannerWebTest;
import com.marketingplanner.web.support.TestUsers;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The quarterly report of the demo plans (seeds 000, 002 and 004 loaded from their
 * templates) as a reader gets it over REST: a PDF that opens, with the outline, page
 * numbers, the plan's Chinese title and the app's numbers, every font embedded; and the
 * problems a tool gets for bad requests. The PDFs are kept in
 * {@code target/report-samples/} to be looked at.
 */
@PlannerWebTest
class QuarterlyReportTest {

	private static final Path SAMPLES = Path.of("target", "report-samples");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DisplayFormat display;

	@Autowired
	DataSource dataSource;

	@BeforeEach
	void setUp() {
		this.users.ensureAll();
		// marketing data are not a plan's: none left by another test shows in a report
		new MarketingDataFixture(this.dataSource).clear();
	}

	@ParameterizedTest
	@CsvSource({ "seed-000, 2026-Q2, 2026-04-15", "seed-002, 2024-Q1, 2024-02-20", "seed-004, 2024-Q2, 2024-05-10" })
	void reportsADemoPlanQuarterWithOutlinePageNumbersChineseTitleAndTheAppsNumbers(String template, String quarter,
			String spentOn) throws Exception {
		long planId = planFrom(template);
		long lineId = this.jdbc
			.sql("select id from budget_line where plan_id = :plan and parent_id is null order by position limit 1")
			.param("plan", planId)
			.query(Long.class)
			.single();
		this.mvc
			.perform(post("/api/v1/plans/{plan}/budget/lines/{line}/spend", planId, lineId)
				.with(httpBasic("planner", TestUsers.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"spentOn\": \"" + spentOn + "\", \"amount\": 123456.78}"))
			.andExpect(status().isCreated());
		this.jdbc.sql("update risk set impact = 4 where plan_id = :plan and probability is not null")
			.param("plan", planId)
			.update();
		JsonNode check = this.json.readTree(this.mvc
			.perform(get("/api/v1/plans/{plan}/budget/check", planId).with(httpBasic("viewer", TestUsers.PASSWORD)))
			.andReturn()
			.getResponse()
			.getContentAsString());
		String title = this.jdbc.sql("select title from plan where id = :plan")
			.param("plan", planId)
			.query(String.class)
			.single();
		long kpis = this.jdbc.sql("select count(*) from kpi where plan_id = :plan and not is_benchmark")
			.param("plan", planId)
			.query(Long.class)
			.single();

		MockHttpServletResponse response = this.mvc
			.perform(get("/api/v1/plans/{plan}/reports/quarterly", planId).param("quarter", quarter)
				.header("Accept-Language", "zh-CN")
				.with(httpBasic("viewer", TestUsers.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andReturn()
			.getResponse();
		assertThat(response.getHeader("Content-Disposition")).startsWith("attachment; filename=\"plan-" + planId)
			.contains("filename*=UTF-8''" + org.springframework.web.util.UriUtils.encode(title, "UTF-8"));
		byte[] pdf = response.getContentAsByteArray();
		save(template + "-" + quarter + "-zh.pdf", pdf);

		try (PDDocument document = Loader.loadPDF(pdf)) {
			int pages = document.getNumberOfPages();
			assertThat(pages).isGreaterThanOrEqualTo(6);
			assertThat(outline(document)).containsExactly("封面", "执行摘要", "目标与KPI", "预算与实际", "本季度到期的里程碑", "风险", "下季度");
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains(title).contains(quarter);
			assertThat(pageText(document, 2)).contains("2 / " + pages);
			assertThat(pageText(document, pages)).contains(pages + " / " + pages);
			String spent = inChinese(() -> this.display.money(new BigDecimal("123456.78"), "CNY"));
			String allocated = inChinese(
					() -> this.display.money(new BigDecimal(check.get("allocated").asString()), "CNY"));
			assertThat(text).as("spent in the quarter").contains(spent);
			assertThat(text).as("allocated budget as the app shows it").contains(allocated);
			assertThat(text).as("KPIs counted as on the goals page").contains(" / " + kpis);
			assertThat(fonts(document)).isNotEmpty().allSatisfy((font) -> {
				assertThat(font.isEmbedded()).as("%s embedded", font.getName()).isTrue();
				assertThat(font.getName()).as("subset").matches("[A-Z]{6}\\+NotoSansSC-.*");
			});
		}
	}

	@Test
	void reportsTheQuartersMarketingResultsAndOpenAlertsWithTheAnalyticsNumbers() throws Exception {
		MarketingDataFixture data = new MarketingDataFixture(this.dataSource);
		long planId = planFrom("seed-002");
		data.channelActuals("""
				date,channel,spend,impressions,clicks,visits,orders,new_customers,revenue
				2024-05-02,douyin,12345.67,987654,23456,8765,432,321,14197.52
				2024-05-03,tmall,5000,120000,6000,3000,250,100,21000
				""");
		data.touchpoints("""
				user_id,timestamp,channel,conversion_value
				u1,2024-05-01T10:00:00Z,douyin,
				u1,2024-05-02T10:00:00Z,tmall,300
				u2,2024-05-03T08:00:00Z,douyin,120
				u3,2024-05-04T08:00:00Z,tmall,
				""");
		this.mvc
			.perform(
					post("/api/v1/plans/{plan}/alerts/evaluate", planId).with(httpBasic("planner", TestUsers.PASSWORD)))
			.andExpect(status().isOk());
		JsonNode roi = this.json.readTree(this.mvc
			.perform(get("/api/v1/plans/{plan}/analytics/roi", planId).with(httpBasic("viewer", TestUsers.PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		JsonNode open = this.json.readTree(this.mvc
			.perform(get("/api/v1/plans/{plan}/alerts", planId).with(httpBasic("viewer", TestUsers.PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());

		byte[] pdf = this.mvc
			.perform(get("/api/v1/plans/{plan}/reports/quarterly", planId).param("quarter", "2024-Q2")
				.param("lang", "en")
				.with(httpBasic("viewer", TestUsers.PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		save("seed-002-2024-Q2-results-en.pdf", pdf);

		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(outline(document)).containsExactly("Cover", "Executive summary", "Goals and KPIs",
					"Budget vs actual", "Marketing results", "Milestones due in the quarter", "Risks", "Next quarter");
			String text = new PDFTextStripper().getText(document).replace('\n', ' ');
			long openAlerts = open.get("totalItems").asLong();
			assertThat(openAlerts).as("the ROI floor of 1.5 fires for Douyin").isPositive();
			assertThat(text).contains("Open alerts (" + openAlerts + ")");
			JsonNode douyin = null;
			for (JsonNode row : roi.get("byChannel")) {
				if (row.get("channel").asString().equals("douyin")) {
					douyin = row;
				}
			}
			assertThat(douyin).isNotNull();
			String douyinRoi = new java.math.BigDecimal(douyin.get("roi").asString())
				.setScale(2, java.math.RoundingMode.HALF_UP)
				.toPlainString();
			assertThat(text).as("Douyin's ROI as the analytics page writes it").contains(douyinRoi);
			assertThat(text).contains(douyin.get("roasOneToX").asString());
			assertThat(text).as("impressions of both channels").contains("1,107,654");
			assertThat(text).contains("Return on spend by channel", "Attribution", "Markov");
		}
	}

	@Test
	void writesTheReportInEnglishWhenAskedWithLang() throws Exception {
		long planId = planFrom("seed-000");
		byte[] pdf = this.mvc
			.perform(get("/api/v1/plans/{plan}/reports/quarterly", planId).param("quarter", "2026-Q4")
				.param("lang", "en")
				.header("Accept-Language", "zh-CN")
				.with(httpBasic("viewer", TestUsers.PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		save("seed-000-2026-Q4-en.pdf", pdf);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(outline(document)).containsExactly("Cover", "Executive summary", "Goals and KPIs",
					"Budget vs actual", "Milestones due in the quarter", "Risks", "Next quarter");
			assertThat(new PDFTextStripper().getText(document)).contains("The plan ends in this quarter.");
		}
	}

	@Test
	void printsMarkupAUserTypedAsText() throws Exception {
		long planId = planFrom("seed-002");
		String title = "<b>Q1</b><script>alert('x')</script> & 预算";
		this.jdbc.sql("update plan set title = :title where id = :plan")
			.param("title", title)
			.param("plan", planId)
			.update();
		byte[] pdf = this.mvc
			.perform(get("/api/v1/plans/{plan}/reports/quarterly", planId).param("quarter", "2024-Q3")
				.with(httpBasic("viewer", TestUsers.PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document)).contains(title);
		}
	}

	@Test
	void answersAProblemForABadQuarterOrAnUnknownPlanNeverAnEmptyPdf() throws Exception {
		long planId = planFrom("seed-004");
		for (String quarter : new String[] { "2024-Q5", "2024Q1", "", "Q1-2024" }) {
			this.mvc
				.perform(get("/api/v1/plans/{plan}/reports/quarterly", planId).param("quarter", quarter)
					.accept(MediaType.APPLICATION_PDF, MediaType.APPLICATION_PROBLEM_JSON)
					.with(httpBasic("viewer", TestUsers.PASSWORD)))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.errors[0].field").value("quarter"));
		}
		this.mvc
			.perform(get("/api/v1/plans/{plan}/reports/quarterly", planId).param("quarter", "2026-Q1")
				.header("Accept-Language", "en")
				.with(httpBasic("viewer", TestUsers.PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(
					jsonPath("$.detail").value("Quarter 2026-Q1 is outside the plan period 2024-01-01 – 2025-12-31."));
		this.mvc
			.perform(
					get("/api/v1/plans/{plan}/reports/quarterly", planId).with(httpBasic("viewer", TestUsers.PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc
			.perform(get("/api/v1/plans/{plan}/reports/quarterly", 987654321L).param("quarter", "2024-Q1")
				.accept(MediaType.APPLICATION_PDF)
				.with(httpBasic("viewer", TestUsers.PASSWORD)))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void offersOnlyTheQuartersOfThePlanPeriodOnThePlanPageAndDownloadsThePdfThere() throws Exception {
		long planId = planFrom("seed-004");
		String page = this.mvc.perform(get("/plans/{plan}", planId).with(user("viewer").roles("VIEWER")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("value=\"2024-Q1\"", "value=\"2025-Q4\"")
			.doesNotContain("value=\"2023-Q4\"", "value=\"2026-Q1\"")
			.contains("/plans/" + planId + "/export?format=csv&amp;table=line-spend");
		this.mvc
			.perform(get("/plans/{plan}/reports/quarterly", planId).param("quarter", "2025-Q4")
				.with(user("viewer").roles("VIEWER")))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF));
		this.mvc
			.perform(get("/plans/{plan}/reports/quarterly", planId).param("quarter", "2026-Q1")
				.with(user("viewer").roles("VIEWER")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("2026-Q1")));
	}

	private long planFrom(String template) throws Exception {
		String body = this.mvc
			.perform(post("/api/v1/plans/from-template").with(httpBasic("planner", TestUsers.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"templateCode\": \"" + template + "\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return this.json.readTree(body).get("id").asLong();
	}

	private static List<String> outline(PDDocument document) throws IOException {
		List<String> titles = new ArrayList<>();
		for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
			assertThat(item.findDestinationPage(document)).as("page of %s", item.getTitle()).isNotNull();
			titles.add(item.getTitle());
		}
		return titles;
	}

	private static String pageText(PDDocument document, int page) throws IOException {
		PDFTextStripper stripper = new PDFTextStripper();
		stripper.setStartPage(page);
		stripper.setEndPage(page);
		return stripper.getText(document);
	}

	/** Every font of every page, in forms (the SVG charts) too. */
	private static List<PDFont> fonts(PDDocument document) throws IOException {
		List<PDFont> fonts = new ArrayList<>();
		for (PDPage page : document.getPages()) {
			collectFonts(page.getResources(), fonts);
		}
		return fonts;
	}

	private static void collectFonts(PDResources resources, List<PDFont> fonts) throws IOException {
		if (resources == null) {
			return;
		}
		for (COSName name : resources.getFontNames()) {
			fonts.add(resources.getFont(name));
		}
		for (COSName name : resources.getXObjectNames()) {
			PDXObject object = resources.getXObject(name);
			if (object instanceof PDFormXObject form) {
				collectFonts(form.getResources(), fonts);
			}
		}
	}

	private static String inChinese(java.util.function.Supplier<String> text) {
		LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
		try {
			return text.get();
		}
		finally {
			LocaleContextHolder.resetLocaleContext();
		}
	}

	private static void save(String name, byte[] pdf) throws IOException {
		Files.createDirectories(SAMPLES);
		Files.write(SAMPLES.resolve(name), pdf);
	}

}
