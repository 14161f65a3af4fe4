package com.marketingplanner.web.export;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.marketingplanner.web.support.PlannerWebTest;
import com.marketingplanner.web.support.TestUsers;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
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
 * A plan's tables exported as Excel and CSV and read back with the same libraries: the
 * same values with their types, Chinese intact, the import layouts of line-spend and
 * kpi-measurements.
 */
@PlannerWebTest
class PlanExportTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	long planId;

	long lineId;

	long kpiId;

	String title;

	@BeforeEach
	void setUp() throws Exception {
		this.users.ensureAll();
		this.planId = this.json.readTree(this.mvc
			.perform(post("/api/v1/plans/from-template").with(httpBasic("planner", TestUsers.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"templateCode\": \"seed-002\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString()).get("id").asLong();
		this.title = this.jdbc.sql("select title from plan where id = :plan")
			.param("plan", this.planId)
			.query(String.class)
			.single();
		this.lineId = this.jdbc.sql("select id from budget_line where plan_id = :plan and name = '抖音信息流广告'")
			.param("plan", this.planId)
			.query(Long.class)
			.single();
		this.kpiId = this.jdbc.sql("select min(id) from kpi where plan_id = :plan")
			.param("plan", this.planId)
			.query(Long.class)
			.single();
		this.mvc
			.perform(post("/api/v1/plans/{plan}/budget/lines/{line}/spend", this.planId, this.lineId)
				.with(httpBasic("planner", TestUsers.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"spentOn\": \"2024-03-05\", \"amount\": 1234.5, \"note\": \"=首投 \\\"抖音\\\", 二月\"}"))
			.andExpect(status().isCreated());
		this.mvc
			.perform(post("/api/v1/plans/{plan}/kpis/{kpi}/measurements", this.planId, this.kpiId)
				.with(httpBasic("planner", TestUsers.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"periodStart\": \"2024-03-01\", \"periodEnd\": \"2024-03-31\", \"value\": 0.125}"))
			.andExpect(status().isCreated());
	}

	@Test
	void exportsEveryTableAsATypedSheetThatReadsBackWithTheSameValues() throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(get("/api/v1/plans/{plan}/export", this.planId).param("format", "xlsx")
				.with(httpBasic("viewer", TestUsers.PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(response.getContentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml");
		assertThat(response.getHeader("Content-Disposition")).contains(".xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
			List<String> sheets = new ArrayList<>();
			workbook.forEach((sheet) -> sheets.add(sheet.getSheetName()));
			assertThat(sheets).containsExactly("kpis", "kpi-measurements", "budget-lines", "line-spend", "milestones",
					"risks", "campaigns");

			Sheet spend = workbook.getSheet("line-spend");
			assertThat(texts(spend.getRow(0))).containsExactly("plan_id", "plan", "line_id", "line", "date", "amount",
					"note");
			Row entry = spend.getRow(1);
			assertThat(entry.getCell(0).getNumericCellValue()).isEqualTo(this.planId);
			assertThat(entry.getCell(1).getStringCellValue()).isEqualTo(this.title);
			assertThat(entry.getCell(2).getNumericCellValue()).isEqualTo(this.lineId);
			assertThat(entry.getCell(3).getStringCellValue()).isEqualTo("抖音信息流广告");
			assertThat(DateUtil.isCellDateFormatted(entry.getCell(4))).isTrue();
			assertThat(entry.getCell(4).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2024, 3, 5));
			assertThat(entry.getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(entry.getCell(5).getNumericCellValue()).isEqualTo(1234.5);
			assertThat(entry.getCell(6).getStringCellValue()).as("text is never a formula").isEqualTo("=首投 \"抖音\", 二月");

			Sheet measurements = workbook.getSheet("kpi-measurements");
			assertThat(texts(measurements.getRow(0))).containsExactly("plan_id", "plan", "kpi_id", "kpi", "date",
					"value", "period_start", "note");
			assertThat(measurements.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(this.kpiId);
			assertThat(measurements.getRow(1).getCell(4).getLocalDateTimeCellValue().toLocalDate())
				.isEqualTo(LocalDate.of(2024, 3, 31));
			assertThat(measurements.getRow(1).getCell(5).getNumericCellValue()).isEqualTo(0.125);

			long kpis = this.jdbc.sql("select count(*) from kpi where plan_id = :plan")
				.param("plan", this.planId)
				.query(Long.class)
				.single();
			assertThat(workbook.getSheet("kpis").getLastRowNum()).isEqualTo(kpis);
			long lines = this.jdbc.sql("select count(*) from budget_line where plan_id = :plan")
				.param("plan", this.planId)
				.query(Long.class)
				.single();
			Sheet budget = workbook.getSheet("budget-lines");
			assertThat(budget.getLastRowNum()).isEqualTo(lines);
			int spentColumn = texts(budget.getRow(0)).indexOf("spent");
			BigDecimal spentOnLines = BigDecimal.ZERO;
			for (int r = 1; r <= budget.getLastRowNum(); r++) {
				Cell parent = budget.getRow(r).getCell(3);
				Cell spent = budget.getRow(r).getCell(spentColumn);
				if (parent == null && spent != null) {
					spentOnLines = spentOnLines.add(BigDecimal.valueOf(spent.getNumericCellValue()));
				}
			}
			assertThat(spentOnLines).as("spend rolled up to the top-level lines").isEqualByComparingTo("1234.5");
			assertThat(workbook.getSheet("campaigns").getRow(1).getCell(3).getStringCellValue()).isNotBlank();
		}
	}

	@Test
	void exportsOneTableAsCsvWithByteOrderMarkInTheImportLayoutAndChineseIntact() throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(get("/plans/{plan}/export", this.planId).param("format", "csv")
				.param("table", "line-spend")
				.with(user("viewer").roles("VIEWER")))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andReturn()
			.getResponse();
		byte[] body = response.getContentAsByteArray();
		assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
		assertThat(response.getHeader("Content-Disposition"))
			.contains("filename*=UTF-8''" + org.springframework.web.util.UriUtils.encode(this.title, "UTF-8"))
			.contains("line-spend.csv");
		try (Reader reader = new InputStreamReader(new ByteArrayInputStream(body, 3, body.length - 3),
				StandardCharsets.UTF_8)) {
			List<CSVRecord> records = CSVFormat.RFC4180.builder()
				.setHeader()
				.setSkipHeaderRecord(true)
				.get()
				.parse(reader)
				.getRecords();
			assertThat(records).hasSize(1);
			CSVRecord record = records.get(0);
			assertThat(record.getParser().getHeaderNames()).containsExactly("plan_id", "plan", "line_id", "line",
					"date", "amount", "note");
			assertThat(record.get("plan_id")).isEqualTo(String.valueOf(this.planId));
			assertThat(record.get("plan")).isEqualTo(this.title);
			assertThat(record.get("line")).isEqualTo("抖音信息流广告");
			assertThat(record.get("date")).isEqualTo("2024-03-05");
			assertThat(record.get("amount")).isEqualTo("1234.5");
			assertThat(record.get("note")).as("a formula-looking text is defused").isEqualTo("'=首投 \"抖音\", 二月");
		}
	}

	@Test
	void refusesAnUnknownFormatOrTableACsvOfAllTablesAndAnUnknownPlan() throws Exception {
		String api = "/api/v1/plans/{plan}/export";
		this.mvc.perform(get(api, this.planId).param("format", "pdf").with(httpBasic("viewer", TestUsers.PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("format"));
		this.mvc
			.perform(get(api, this.planId).param("format", "xlsx")
				.param("table", "secrets")
				.with(httpBasic("viewer", TestUsers.PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("table"));
		this.mvc.perform(get(api, this.planId).param("format", "csv").with(httpBasic("viewer", TestUsers.PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("table"));
		this.mvc.perform(get(api, 987654321L).with(httpBasic("viewer", TestUsers.PASSWORD)))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	private static List<String> texts(Row row) {
		List<String> texts = new ArrayList<>();
		row.forEach((cell) -> texts.add(cell.getStringCellValue()));
		return texts;
	}

}
