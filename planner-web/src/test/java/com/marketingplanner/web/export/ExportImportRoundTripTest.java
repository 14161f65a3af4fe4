package com.marketingplanner.web.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.marketingplanner.web.support.PlannerWebTest;
import com.marketingplanner.web.support.TestUsers;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The exports of spend and KPI measurements go back in through the data import
 * ({@code POST /api/v1/imports}, issue 6) as they are, and with the edits a planner made
 * in a spreadsheet program: export → import → export gives the same file, and an edited
 * workbook changes exactly the edited values.
 */
@PlannerWebTest
class ExportImportRoundTripTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	long planId;

	long douyinLine;

	long otherLine;

	long cacKpi;

	long conversionKpi;

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
		this.douyinLine = id("select id from budget_line where plan_id = :plan and name = '抖音信息流广告'");
		this.otherLine = id("select min(id) from budget_line where plan_id = :plan and name <> '抖音信息流广告'");
		this.cacKpi = id("select id from kpi where plan_id = :plan and name = '新客获取成本'");
		this.conversionKpi = id("select id from kpi where plan_id = :plan and name = '核心品类转化率'");
		JsonNode spend = importFile("line-spend", "append", ("""
				plan_id,line_id,date,amount,note
				%1$d,%2$d,2024-03-05,1234.5,"首投 ""抖音"", 三月"
				%1$d,%2$d,2024-03-06,980,
				%1$d,%3$d,2024-03-05,2000.25,返利活动
				""").formatted(this.planId, this.douyinLine, this.otherLine).getBytes(StandardCharsets.UTF_8),
				"text/csv");
		assertThat(spend.get("rowsStored").asLong()).isEqualTo(3);
		JsonNode measurements = importFile("kpi-measurements", "append", ("""
				plan_id,kpi_id,date,value,period_start
				%1$d,%2$d,2024-01-31,82.5,2024-01-01
				%1$d,%2$d,2024-02-29,79,2024-02-01
				%1$d,%3$d,2024-02-29,0.034,2024-02-01
				""").formatted(this.planId, this.cacKpi, this.conversionKpi).getBytes(StandardCharsets.UTF_8),
				"text/csv");
		assertThat(measurements.get("rowsStored").asLong()).isEqualTo(3);
	}

	@Test
	void lineSpendExportedAsCsvImportsBackUnchanged() throws Exception {
		byte[] exported = export("csv", "line-spend");

		JsonNode again = importFile("line-spend", "append", exported, "text/csv");
		JsonNode replaced = importFile("line-spend", "replace", exported, "text/csv");

		assertThat(again.get("rowsRead").asLong()).isEqualTo(3);
		assertThat(again.get("rowsStored").asLong()).as("every row is already stored").isZero();
		assertThat(replaced.get("rowsReplaced").asLong()).isEqualTo(3);
		assertThat(replaced.get("rowsStored").asLong()).isEqualTo(3);
		assertThat(export("csv", "line-spend")).as("the same file after both imports").isEqualTo(exported);
	}

	@Test
	void entriesTypedOnThePagesAreNotStoredAgainWhenTheirExportIsImportedBack() throws Exception {
		typed("/api/v1/plans/{plan}/budget/lines/" + this.douyinLine + "/spend",
				"{\"spentOn\": \"2024-03-07\", \"amount\": 450.10, \"note\": \"手工录入\"}");
		typed("/api/v1/plans/{plan}/kpis/" + this.cacKpi + "/measurements",
				"{\"periodStart\": \"2024-03-01\", \"periodEnd\": \"2024-03-31\", \"value\": 80.25}");
		byte[] spend = export("csv", "line-spend");
		byte[] measurements = export("csv", "kpi-measurements");

		JsonNode spendAgain = importFile("line-spend", "append", spend, "text/csv");
		JsonNode spendReplaced = importFile("line-spend", "replace", spend, "text/csv");
		JsonNode measurementsAgain = importFile("kpi-measurements", "append", measurements, "text/csv");

		assertThat(spendAgain.get("rowsRead").asLong()).isEqualTo(4);
		assertThat(spendAgain.get("rowsStored").asLong()).as("the typed entry is already recorded").isZero();
		assertThat(spendReplaced.get("rowsStored").asLong()).as("the three imported entries only").isEqualTo(3);
		assertThat(measurementsAgain.get("rowsRead").asLong()).isEqualTo(4);
		assertThat(measurementsAgain.get("rowsStored").asLong()).isZero();
		assertThat(export("csv", "line-spend")).as("no entry twice").isEqualTo(spend);
		assertThat(export("csv", "kpi-measurements")).isEqualTo(measurements);
	}

	@Test
	void kpiMeasurementsExportedAsCsvImportBackUnchanged() throws Exception {
		byte[] exported = export("csv", "kpi-measurements");

		JsonNode again = importFile("kpi-measurements", "append", exported, "text/csv");
		JsonNode replaced = importFile("kpi-measurements", "replace", exported, "text/csv");

		assertThat(again.get("rowsRead").asLong()).isEqualTo(3);
		assertThat(again.get("rowsStored").asLong()).isZero();
		assertThat(replaced.get("rowsStored").asLong()).isEqualTo(3);
		assertThat(export("csv", "kpi-measurements")).isEqualTo(exported);
	}

	@Test
	void lineSpendEditedInAWorkbookImportsBackWithTheEditsOnly() throws Exception {
		byte[] workbook = edit(export("xlsx", "line-spend"), (sheet) -> {
			// rows by day, then as stored: the Douyin line's entry of March 6 is the
			// third
			Row row = sheet.getRow(3);
			assertThat(row.getCell(3).getStringCellValue()).isEqualTo("抖音信息流广告");
			assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(980);
			row.getCell(5).setCellValue(1050.75);
			row.createCell(6).setCellValue("按发票更正");
		});

		JsonNode job = importFile("line-spend", "replace", workbook, "application/octet-stream");

		assertThat(job.get("rowsStored").asLong()).isEqualTo(3);
		assertThat(csvRows(export("csv", "line-spend"))).containsExactly(
				List.of("2024-03-05", "抖音信息流广告", "1234.5", "首投 \"抖音\", 三月"),
				List.of("2024-03-05", line(this.otherLine), "2000.25", "返利活动"),
				List.of("2024-03-06", "抖音信息流广告", "1050.75", "按发票更正"));
		assertThat(this.jdbc
			.sql("select sum(amount) from actual_spend s join budget_line l on l.id = s.budget_line_id"
					+ " where l.plan_id = :plan")
			.param("plan", this.planId)
			.query(java.math.BigDecimal.class)
			.single()).as("nothing counted twice").isEqualByComparingTo("4285.50");
	}

	@Test
	void kpiMeasurementsEditedInAWorkbookImportBackWithTheEditsOnly() throws Exception {
		byte[] workbook = edit(export("xlsx", "kpi-measurements"), (sheet) -> {
			// February's acquisition cost corrected from 79 to 77.4
			Row row = sheet.getRow(2);
			assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(79);
			row.getCell(5).setCellValue(77.4);
		});

		JsonNode job = importFile("kpi-measurements", "replace", workbook, "application/octet-stream");

		assertThat(job.get("rowsStored").asLong()).isEqualTo(3);
		List<List<String>> rows = new ArrayList<>();
		for (CSVRecord record : records(export("csv", "kpi-measurements"))) {
			rows.add(List.of(record.get("kpi"), record.get("period_start"), record.get("date"), record.get("value")));
		}
		assertThat(rows).containsExactly(List.of("新客获取成本", "2024-01-01", "2024-01-31", "82.5"),
				List.of("新客获取成本", "2024-02-01", "2024-02-29", "77.4"),
				List.of("核心品类转化率", "2024-02-01", "2024-02-29", "0.034"));
	}

	/** Records an entry the way the pages do: typed, not imported. */
	private void typed(String path, String body) throws Exception {
		this.mvc
			.perform(post(path, this.planId).with(httpBasic("planner", TestUsers.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isCreated());
	}

	private byte[] export(String format, String table) throws Exception {
		return this.mvc
			.perform(get("/api/v1/plans/{plan}/export", this.planId).param("format", format)
				.param("table", table)
				.with(httpBasic("viewer", TestUsers.PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	/** Imports a file as a tool would and waits for its job, which must succeed. */
	private JsonNode importFile(String kind, String mode, byte[] body, String contentType) throws Exception {
		String location = this.mvc
			.perform(post("/api/v1/imports").param("kind", kind)
				.param("mode", mode)
				.contentType(MediaType.parseMediaType(contentType))
				.content(body)
				.with(httpBasic("planner", TestUsers.PASSWORD)))
			.andExpect(status().isAccepted())
			.andReturn()
			.getResponse()
			.getHeader("Location");
		for (int attempt = 0; attempt < 1200; attempt++) {
			JsonNode job = this.json
				.readTree(this.mvc.perform(get(location).with(httpBasic("viewer", TestUsers.PASSWORD)))
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsString());
			String state = job.get("status").asText();
			if (state.equals("SUCCEEDED") || state.equals("FAILED")) {
				assertThat(job.get("errors")).as("errors of import %s", location).isEmpty();
				assertThat(state).isEqualTo("SUCCEEDED");
				return job;
			}
			Thread.sleep(50);
		}
		throw new AssertionError("import " + location + " did not finish");
	}

	private static byte[] edit(byte[] xlsx, java.util.function.Consumer<Sheet> change) throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			assertThat(workbook.getNumberOfSheets()).isOne();
			change.accept(workbook.getSheetAt(0));
			workbook.write(out);
			return out.toByteArray();
		}
	}

	private List<List<String>> csvRows(byte[] csv) throws Exception {
		List<List<String>> rows = new ArrayList<>();
		for (CSVRecord record : records(csv)) {
			rows.add(List.of(record.get("date"), record.get("line"), record.get("amount"), record.get("note")));
		}
		return rows;
	}

	private static List<CSVRecord> records(byte[] csv) throws Exception {
		assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
		try (Reader reader = new InputStreamReader(new ByteArrayInputStream(csv, 3, csv.length - 3),
				StandardCharsets.UTF_8)) {
			return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
		}
	}

	private String line(long lineId) {
		return this.jdbc.sql("select name from budget_line where id = :line")
			.param("line", lineId)
			.query(String.class)
			.single();
	}

	private long id(String sql) {
		return this.jdbc.sql(sql).param("plan", this.planId).query(Long.class).single();
	}

}
