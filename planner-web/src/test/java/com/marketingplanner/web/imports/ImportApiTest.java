package com.marketingplanner.web.imports;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import javax.sql.DataSource;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import com.marketingplanner.analytics.funnel.EventLog;
import com.marketingplanner.analytics.journey.TouchpointLog;
import com.marketingplanner.domain.budget.BudgetLineCommand;
import com.marketingplanner.domain.budget.BudgetService;
import com.marketingplanner.domain.imports.ImportWorker;
import com.marketingplanner.domain.marketingdata.MarketingData;
import com.marketingplanner.domain.plan.Plan;
import com.marketingplanner.domain.plan.PlanCommand;
import com.marketingplanner.domain.plan.PlanService;
import com.marketingplanner.domain.plan.PlanStatus;
import com.marketingplanner.domain.plan.PlanStatusCommand;
import com.marketingplanner.domain.review.PlanLifecycle;
import com.marketingplanner.domain.shared.DateRange;
import com.marketingplanner.domain.support.MarketingDataFixture;
import com.marketingplanner.domain.user.Role;
import com.marketingplanner.web.support.PlannerWebTest;
import com.marketingplanner.web.support.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The import REST contract, end to end on PostgreSQL: 202 + Location + job, the job's
 * errors with line and column, all or nothing, idempotency, gzip, multipart, xlsx,
 * replacing a period, and the 400/401/403/404 answers.
 */
@PlannerWebTest
class ImportApiTest {

	static final DateRange MAY_2031 = new DateRange(LocalDate.of(2031, 5, 1), LocalDate.of(2031, 5, 31));

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	MarketingData data;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ObjectMapper json;

	@Autowired
	ImportWorker worker;

	@Autowired
	PlanService plans;

	@Autowired
	BudgetService budget;

	@Autowired
	PlanLifecycle lifecycle;

	@BeforeEach
	void setUp() {
		this.users.ensureAll();
		new MarketingDataFixture(this.dataSource).clear();
	}

	static final String TOUCHPOINTS = """
			user_id,timestamp,channel,conversion_value
			u1,2031-05-01T10:00:00Z,douyin,
			u1,2031-05-02T10:00:00Z,tmall,120.50
			u2,2031-05-03T08:00:00+08:00,wechat,
			""";

	@Test
	void acceptsACsvBodyWith202LocationAndTheJobAndStoresItsRows() throws Exception {
		MvcResult result = this.mvc
			.perform(post("/api/v1/imports").param("kind", "touchpoints")
				.contentType("text/csv")
				.content(TOUCHPOINTS)
				.with(httpBasic("planner", TestUsers.PASSWORD)))
			.andExpect(status().isAccepted())
			.andExpect(header().string("Location", org.hamcrest.Matchers.matchesPattern("/api/v1/imports/\\d+")))
			.andExpect(jsonPath("$.kind").value("touchpoints"))
			.andExpect(jsonPath("$.status").value(org.hamcrest.Matchers.oneOf("QUEUED", "RUNNING", "SUCCEEDED")))
			.andReturn();

		JsonNode job = finished(result.getResponse().getHeader("Location"));

		assertThat(job.get("status").asText()).isEqualTo("SUCCEEDED");
		assertThat(job.get("rowsRead").asLong()).isEqualTo(3);
		assertThat(job.get("rowsStored").asLong()).isEqualTo(3);
		assertThat(job.get("errors")).isEmpty();
		assertThat(job.get("startedAt").isNull()).isFalse();
		assertThat(job.get("finishedAt").isNull()).isFalse();
		TouchpointLog log = this.data.touchpoints(MAY_2031, null);
		assertThat(log.size()).isEqualTo(3);
	}

	@Test
	void importingTheSameRowsAgainStoresNothingNewAndKeepsTheDataVersion() throws Exception {
		finished(upload("touchpoints", TOUCHPOINTS));
		long version = this.data.version().version();

		JsonNode again = finished(upload("touchpoints", TOUCHPOINTS + "u3,2031-05-04T00:00:00Z,jd,\n"));

		assertThat(again.get("rowsStored").asLong()).isEqualTo(1);
		assertThat(this.data.touchpoints(MAY_2031, null).size()).isEqualTo(4);
		assertThat(this.data.version().version()).isEqualTo(version + 1);
		JsonNode third = finished(upload("touchpoints", TOUCHPOINTS));
		assertThat(third.get("rowsStored").asLong()).isZero();
		assertThat(this.data.version().version()).isEqualTo(version + 1);
		assertThat(storedUsers("touchpoint_user")).containsExactly("1|u1", "2|u2", "3|u3");
	}

	@Test
	void oneBadRowFailsTheWholeFileNamingItsLineAndColumnAndStoresNothing() throws Exception {
		long version = this.data.version().version();
		String csv = TOUCHPOINTS + "u4,2031-13-01T00:00:00Z,douyin,\nu5,2031-05-05T00:00:00Z,myspace,\n"
				+ "u6,2031-05-05T00:00:00Z,douyin,-5\nu7,2031-05-05T00:00:00Z,douyin\n";

		JsonNode job = finished(upload("touchpoints", csv));

		assertThat(job.get("status").asText()).isEqualTo("FAILED");
		assertThat(job.get("rowsStored").asLong()).isZero();
		assertThat(job.get("errorCount").asLong()).isEqualTo(4);
		List<String> errors = errors(job);
		assertThat(errors).containsExactly("5|timestamp|'2031-13-01T00:00:00Z' is not an ISO-8601 timestamp",
				"6|channel|unknown channel 'myspace' (not in the channel catalog)",
				"7|conversion_value|must not be negative, found -5", "8||wrong column count: expected 4, found 3");
		assertThat(this.data.touchpoints(MAY_2031, null).size()).isZero();
		assertThat(this.data.version().version()).isEqualTo(version);
	}

	@Test
	void aBadRowAfterRowsAlreadyStreamingIntoTheDatabaseStillStoresNothing() throws Exception {
		long version = this.data.version().version();
		StringBuilder csv = new StringBuilder("user_id,timestamp,channel,conversion_value\n");
		int valid = 60_000; // several MiB of encoded rows: the COPY has received some
							// before the bad row
		for (int i = 0; i < valid; i++) {
			csv.append("user-").append(i).append(",2031-05-0").append(1 + i % 9).append("T10:00:00Z,douyin,\n");
		}
		csv.append("user-x,2031-05-09T10:00:00Z,myspace,\n");

		JsonNode job = finished(upload("touchpoints", csv.toString()));

		assertThat(job.get("status").asText()).isEqualTo("FAILED");
		assertThat(errors(job))
			.containsExactly((valid + 2) + "|channel|unknown channel 'myspace' (not in the channel catalog)");
		assertThat(job.get("rowsRead").asLong()).isEqualTo(valid + 1);
		assertThat(this.data.touchpoints(MAY_2031, null).size()).isZero();
		assertThat(this.data.coverage()).isEmpty();
		assertThat(this.data.version().version()).isEqualTo(version);
		assertThat(storedUsers("touchpoint_user")).isEmpty();
	}

	@Test
	void storedRowsNameTheirUsersByNumberAndReadBackAsTheFilesNumberThem() throws Exception {
		String second = "user_id,timestamp,channel,conversion_value\n"
				+ "u3,2031-05-10T10:00:00Z,jd,\nu1,2031-05-11T10:00:00Z,douyin,88\n";
		finished(upload("touchpoints", TOUCHPOINTS));
		finished(upload("touchpoints", second));
		finished(upload("events", "user_id,timestamp,event,property\nv9,2031-05-01T10:00:00Z,view,ios\n"
				+ "u1,2031-05-01T11:00:00Z,view,\nv9,2031-05-02T10:00:00Z,cart,ios\n"));

		assertThat(storedUsers("touchpoint_user")).containsExactly("1|u1", "2|u2", "3|u3");
		assertThat(storedUsers("event_user")).containsExactly("1|v9", "2|u1");
		TouchpointLog expected = TouchpointLog.builder()
			.add("u1", millis("2031-05-01T10:00:00Z"), "douyin", Double.NaN)
			.add("u1", millis("2031-05-02T10:00:00Z"), "tmall", 120.5)
			.add("u2", millis("2031-05-03T00:00:00Z"), "wechat", Double.NaN)
			.add("u3", millis("2031-05-10T10:00:00Z"), "jd", Double.NaN)
			.add("u1", millis("2031-05-11T10:00:00Z"), "douyin", 88)
			.build();
		assertThat(touches(this.data.touchpoints(MAY_2031, null))).containsExactlyElementsOf(touches(expected));
		EventLog events = this.data.events(MAY_2031, null);
		assertThat(events.userCount()).isEqualTo(2);
		assertThat(java.util.stream.IntStream.range(0, events.size())
			.mapToObj((i) -> events.user(i) + "|" + events.eventName(i) + "|" + events.propertyValue(i)))
			.containsExactly("0|view|ios", "1|view|null", "0|cart|ios");
	}

	@Test
	void replacingAPeriodOfTouchpointsKeepsTheUsersNumbersAndReadsOnlyTheCorrectedRows() throws Exception {
		finished(upload("touchpoints", TOUCHPOINTS));

		JsonNode corrected = finished(this.mvc
			.perform(post("/api/v1/imports").param("kind", "touchpoints")
				.param("mode", "replace")
				.param("from", "2031-05-01")
				.param("to", "2031-05-31")
				.contentType("text/csv")
				.content("user_id,timestamp,channel,conversion_value\nu9,2031-05-04T10:00:00Z,jd,\n"
						+ "u2,2031-05-05T10:00:00Z,douyin,10\n")
				.with(httpBasic("planner", TestUsers.PASSWORD)))
			.andExpect(status().isAccepted())
			.andReturn()
			.getResponse()
			.getHeader("Location"));

		assertThat(corrected.get("rowsReplaced").asLong()).isEqualTo(3);
		assertThat(corrected.get("rowsStored").asLong()).isEqualTo(2);
		assertThat(storedUsers("touchpoint_user")).containsExactly("1|u1", "2|u2", "3|u9");
		TouchpointLog read = this.data.touchpoints(MAY_2031, null);
		assertThat(read.userCount()).isEqualTo(2);
		assertThat(touches(read)).containsExactly("0|" + millis("2031-05-04T10:00:00Z") + "|jd|NaN",
				"1|" + millis("2031-05-05T10:00:00Z") + "|douyin|10.0");
	}

	@Test
	void aFileReachingIntoStoredDaysStoresItsNewDaysAndOnlyTheMissingRowsOfTheStoredOnes() throws Exception {
		finished(upload("events",
				"user_id,timestamp,event\nu1,2031-05-01T10:00:00Z,view\nu2,2031-05-02T10:00:00Z,view\n"));

		JsonNode job = finished(upload("events", """
				user_id,timestamp,event
				u1,2031-05-01T10:00:00Z,view
				u1,2031-05-01T11:00:00Z,signup
				u3,2031-05-05T09:00:00Z,view
				u2,2031-05-02T10:00:00Z,view
				u3,2031-05-05T09:00:00Z,view
				"""));

		assertThat(job.get("status").asText()).isEqualTo("SUCCEEDED");
		assertThat(job.get("rowsStored").asLong()).isEqualTo(3);
		assertThat(this.data.events(MAY_2031, null).size()).isEqualTo(5);
		assertThat(this.data.events(MAY_2031, List.of("signup")).size()).isEqualTo(1);
		assertThat(this.data.coverage()).singleElement().satisfies((coverage) -> {
			assertThat(coverage.days()).isEqualTo(3);
			assertThat(coverage.rows()).isEqualTo(5);
		});
	}

	@Test
	void reportsInvalidUtf8AndAMissingColumn() throws Exception {
		byte[] bytes = (TOUCHPOINTS + "u\u00e9,2031-05-05T00:00:00Z,douyin,\n").getBytes(StandardCharsets.UTF_8);
		byte[] broken = java.util.Arrays.copyOf(bytes, bytes.length);
		int at = new String(bytes, StandardCharsets.ISO_8859_1).lastIndexOf("u\u00c3") + 1;
		broken[at + 1] = (byte) 0x28; // the continuation byte of é becomes '('
		JsonNode utf8 = finished(uploadBytes("touchpoints", broken, "text/csv"));
		assertThat(errors(utf8)).containsExactly("5|user_id|invalid UTF-8");

		JsonNode missing = finished(upload("events", "user_id,timestamp\nu1,2031-05-01T00:00:00Z\n"));
		assertThat(errors(missing)).containsExactly("1|event|missing column 'event'");
	}

	@Test
	void acceptsGzipMultipartAndExcel() throws Exception {
		ByteArrayOutputStream zipped = new ByteArrayOutputStream();
		try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
			gzip.write(TOUCHPOINTS.getBytes(StandardCharsets.UTF_8));
		}
		MvcResult gz = this.mvc
			.perform(post("/api/v1/imports").param("kind", "touchpoints")
				.contentType("text/csv")
				.header("Content-Encoding", "gzip")
				.content(zipped.toByteArray())
				.with(httpBasic("planner", TestUsers.PASSWORD)))
			.andExpect(status().isAccepted())
			.andReturn();
		assertThat(finished(gz.getResponse().getHeader("Location")).get("rowsStored").asLong()).isEqualTo(3);

		MvcResult part = this.mvc
			.perform(multipart("/api/v1/imports")
				.file(new MockMultipartFile("file", "events.csv", "text/csv",
						"user_id,timestamp,event\nu1,2031-05-01T00:00:00Z,view\nu1,2031-05-01T00:01:00Z,cart\n"
							.getBytes(StandardCharsets.UTF_8)))
				.param("kind", "events")
				.with(httpBasic("planner", TestUsers.PASSWORD)))
			.andExpect(status().isAccepted())
			.andExpect(jsonPath("$.fileName").value("events.csv"))
			.andReturn();
		assertThat(finished(part.getResponse().getHeader("Location")).get("rowsStored").asLong()).isEqualTo(2);
		assertThat(this.data.events(MAY_2031, null).eventNames()).containsExactlyInAnyOrder("view", "cart");

		JsonNode excel = finished(uploadBytes("channel-actuals", workbook(),
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
		assertThat(excel.get("status").asText()).as(excel.toString()).isEqualTo("SUCCEEDED");
		assertThat(excel.get("format").asText()).isEqualTo("XLSX");
		assertThat(this.data.channelActuals(MAY_2031, null)).hasSize(2)
			.first()
			.satisfies((actual) -> assertThat(actual.spend()).isEqualByComparingTo("1500.25"));
	}

	@Test
	void replacesTheRowsOfAPeriodWithACorrectedFile() throws Exception {
		finished(upload("channel-actuals", """
				date,channel,spend,revenue
				2031-05-01,douyin,100,300
				2031-05-02,douyin,100,300
				2031-05-01,tmall,50,
				"""));

		JsonNode corrected = finished(this.mvc
			.perform(post("/api/v1/imports").param("kind", "channel-actuals")
				.param("mode", "replace")
				.contentType("text/csv")
				.content("date,channel,spend,revenue\n2031-05-01,douyin,120,310\n")
				.with(httpBasic("planner", TestUsers.PASSWORD)))
			.andExpect(status().isAccepted())
			.andReturn()
			.getResponse()
			.getHeader("Location"));

		// the file's own day (2031-05-01) of the file's channel (douyin) was replaced
		assertThat(corrected.get("rowsReplaced").asLong()).isEqualTo(1);
		assertThat(this.data.channelActuals(MAY_2031, List.of("douyin")))
			.extracting((actual) -> actual.spend().intValue())
			.containsExactly(120, 100);
		assertThat(this.data.channelActuals(MAY_2031, List.of("tmall"))).hasSize(1);

		JsonNode month = finished(this.mvc
			.perform(post("/api/v1/imports").param("kind", "channel-actuals")
				.param("mode", "replace")
				.param("from", "2031-05-01")
				.param("to", "2031-05-31")
				.contentType("text/csv")
				.content("date,channel,spend,revenue\n2031-05-03,douyin,90,200\n")
				.with(httpBasic("planner", TestUsers.PASSWORD)))
			.andExpect(status().isAccepted())
			.andReturn()
			.getResponse()
			.getHeader("Location"));
		assertThat(month.get("rowsReplaced").asLong()).isEqualTo(2);
		assertThat(this.data.channelActuals(MAY_2031, List.of("douyin"))).singleElement()
			.satisfies((actual) -> assertThat(actual.day()).isEqualTo(LocalDate.of(2031, 5, 3)));
	}

	@Test
	void listsImportsNewestFirstInPages() throws Exception {
		finished(upload("touchpoints", TOUCHPOINTS));
		this.mvc.perform(get("/api/v1/imports").param("size", "1").with(httpBasic("viewer", TestUsers.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items.length()").value(1))
			.andExpect(jsonPath("$.size").value(1))
			.andExpect(jsonPath("$.totalItems").isNumber());
	}

	@Test
	void answers400ForABadKindModeOrPeriodNamingTheParameter() throws Exception {
		this.mvc
			.perform(post("/api/v1/imports").param("kind", "clicks")
				.contentType("text/csv")
				.content(TOUCHPOINTS)
				.with(httpBasic("planner", TestUsers.PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("kind"));
		this.mvc
			.perform(post("/api/v1/imports").param("kind", "touchpoints")
				.param("mode", "merge")
				.contentType("text/csv")
				.content(TOUCHPOINTS)
				.with(httpBasic("planner", TestUsers.PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("mode"));
		this.mvc
			.perform(post("/api/v1/imports").param("kind", "paths")
				.param("from", "2031-01-01")
				.contentType("text/csv")
				.content("path,total_conversions,total_conversion_value,total_null\ndouyin,1,1,1\n")
				.with(httpBasic("planner", TestUsers.PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("to"));
		this.mvc
			.perform(post("/api/v1/imports").param("kind", "touchpoints")
				.param("from", "May")
				.contentType("text/csv")
				.content(TOUCHPOINTS)
				.with(httpBasic("planner", TestUsers.PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("from"));
	}

	@Test
	void answers401WithoutCredentials403ForViewersAnd404ForAnUnknownJob() throws Exception {
		this.mvc
			.perform(post("/api/v1/imports").param("kind", "touchpoints").contentType("text/csv").content(TOUCHPOINTS))
			.andExpect(status().isUnauthorized());
		this.mvc
			.perform(post("/api/v1/imports").param("kind", "touchpoints")
				.contentType("text/csv")
				.content(TOUCHPOINTS)
				.with(httpBasic("viewer", TestUsers.PASSWORD)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/imports/999999").with(httpBasic("viewer", TestUsers.PASSWORD)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/imports")).andExpect(status().isUnauthorized());
	}

	@Test
	void storesAPathAggregateForItsPeriod() throws Exception {
		JsonNode job = finished(this.mvc
			.perform(post("/api/v1/imports").param("kind", "paths")
				.param("from", "2031-01-01")
				.param("to", "2031-03-31")
				.contentType("text/csv")
				.content("path,total_conversions,total_conversion_value,total_null\n"
						+ "douyin > tmall,3,300,10\nDouyin>tmall,1,100,0\nwechat,0,0,5\n")
				.with(httpBasic("planner", TestUsers.PASSWORD)))
			.andExpect(status().isAccepted())
			.andReturn()
			.getResponse()
			.getHeader("Location"));

		assertThat(job.get("status").asText()).isEqualTo("SUCCEEDED");
		assertThat(job.get("rowsStored").asLong()).isEqualTo(2);
		var paths = this.data.paths(new DateRange(LocalDate.of(2031, 1, 1), LocalDate.of(2031, 12, 31))).orElseThrow();
		assertThat(paths.paths().totalConversions()).isEqualTo(4);
	}

	@Test
	void aJobRunningWhenTheApplicationStoppedFailsAtTheNextStartAndStoresNothing() throws Exception {
		long id = this.jdbc
			.sql("insert into import_job (kind, mode, status, source, file_format, requested_by,"
					+ " started_at, heartbeat_at) values ('EVENTS', 'APPEND', 'RUNNING', 'UPLOAD', 'CSV', 'planner',"
					+ " now() - interval '1 hour', now() - interval '1 hour') returning id")
			.query(Long.class)
			.single();

		this.worker.settleJobsOfEarlierRuns();

		JsonNode job = finished("/api/v1/imports/" + id);
		assertThat(job.get("status").asText()).isEqualTo("FAILED");
		assertThat(job.get("errors").get(0).get("reason").asText()).contains("the application stopped");
		assertThat(job.get("errors").get(0).get("line").isNull()).isTrue();
	}

	@Test
	void aPlanScopedImportBooksOnlyOnPlansThePersonKeepsAndTheTrailNamesThem() throws Exception {
		this.users.other("colleague", Role.PLANNER);
		long own = openPlanWithALine("Imported spend (own)");
		long closed = openPlanWithALine("Imported spend (closed)");
		long version = this.jdbc.sql("select version from plan where id = :id")
			.param("id", closed)
			.query(Long.class)
			.single();
		for (PlanStatus next : List.of(PlanStatus.IN_REVIEW, PlanStatus.APPROVED, PlanStatus.ACTIVE,
				PlanStatus.CLOSED)) {
			String actor = (next == PlanStatus.APPROVED) ? this.users.approver().getUsername() : "planner";
			version = this.lifecycle.moveTo(closed, new PlanStatusCommand(next, version, null), actor).getVersion();
		}
		String csv = "plan_id,line,date,amount\n%d,Channels,2026-03-01,100\n".formatted(own);

		JsonNode byColleague = finished(upload("line-spend", csv, "colleague"));
		assertThat(errors(byColleague)).containsExactly("2|plan_id|plan " + own
				+ " does not take records from colleague" + " (only its owner, its editors and administrators)");
		JsonNode onClosed = finished(upload("line-spend",
				"plan_id,line,date,amount\n%d,Channels,2026-03-01,100\n".formatted(closed), "planner"));
		assertThat(errors(onClosed))
			.containsExactly("2|plan_id|plan " + closed + " is closed and takes no more records");

		JsonNode byOwner = finished(upload("line-spend", csv, "planner"));
		assertThat(byOwner.get("status").asText()).as(byOwner.toString()).isEqualTo("SUCCEEDED");
		assertThat(this.jdbc.sql("select actor from audit_entry where plan_id = :plan and field = 'spend_added'")
			.param("plan", own)
			.query(String.class)
			.list()).containsExactly("planner");
	}

	private long openPlanWithALine(String title) {
		Plan plan = this.plans.create(new PlanCommand(title, null, null, "CNY", LocalDate.of(2026, 1, 1),
				LocalDate.of(2026, 12, 31), new BigDecimal("1000000"), null), "planner");
		this.budget.addLine(plan.getId(),
				BudgetLineCommand.amount(null, "Channels", new BigDecimal("500000"), "channel"));
		return plan.getId();
	}

	private String upload(String kind, String csv) throws Exception {
		return upload(kind, csv, "planner");
	}

	private String upload(String kind, String csv, String username) throws Exception {
		return uploadBytes(kind, csv.getBytes(StandardCharsets.UTF_8), "text/csv", username);
	}

	private String uploadBytes(String kind, byte[] body, String contentType) throws Exception {
		return uploadBytes(kind, body, contentType, "planner");
	}

	private String uploadBytes(String kind, byte[] body, String contentType, String username) throws Exception {
		return this.mvc
			.perform(post("/api/v1/imports").param("kind", kind)
				.contentType(MediaType.parseMediaType(contentType))
				.content(body)
				.with(httpBasic(username, TestUsers.PASSWORD)))
			.andExpect(status().isAccepted())
			.andReturn()
			.getResponse()
			.getHeader("Location");
	}

	/** Polls the job until it has finished (the worker runs it on its own thread). */
	private JsonNode finished(String location) throws Exception {
		for (int attempt = 0; attempt < 600; attempt++) {
			String body = this.mvc.perform(get(location).with(httpBasic("viewer", TestUsers.PASSWORD)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			JsonNode job = this.json.readTree(body);
			String state = job.get("status").asText();
			if (state.equals("SUCCEEDED") || state.equals("FAILED")) {
				return job;
			}
			Thread.sleep(50);
		}
		throw new AssertionError("import " + location + " did not finish");
	}

	/** The kind's user dictionary as {@code number|user id}, by number. */
	private List<String> storedUsers(String dictionary) {
		return this.jdbc.sql("select user_no || '|' || user_key from " + dictionary + " order by user_no")
			.query(String.class)
			.list();
	}

	/** Each touch as {@code user|epoch millis|channel|value}, in log order. */
	private static List<String> touches(TouchpointLog log) {
		return java.util.stream.IntStream.range(0, log.size())
			.mapToObj((i) -> log.user(i) + "|" + log.time(i) + "|" + log.channels().name(log.channel(i)) + "|"
					+ log.value(i))
			.toList();
	}

	private static long millis(String instant) {
		return java.time.Instant.parse(instant).toEpochMilli();
	}

	private static List<String> errors(JsonNode job) {
		List<String> errors = new java.util.ArrayList<>();
		job.get("errors")
			.forEach((error) -> errors.add(error.get("line").asText() + "|" + error.get("column").asText() + "|"
					+ error.get("reason").asText()));
		return errors;
	}

	private static byte[] workbook() throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("actuals");
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy/m/d"));
			Row header = sheet.createRow(0);
			String[] names = { "date", "channel", "spend", "clicks" };
			for (int i = 0; i < names.length; i++) {
				header.createCell(i).setCellValue(names[i]);
			}
			Object[][] rows = { { LocalDate.of(2031, 5, 1), "douyin", 1500.25, 120.0 },
					{ LocalDate.of(2031, 5, 2), "tmall", 800.0, 90.0 } };
			for (int r = 0; r < rows.length; r++) {
				Row row = sheet.createRow(r + 1);
				row.createCell(0).setCellValue((LocalDate) rows[r][0]);
				row.getCell(0).setCellStyle(date);
				row.createCell(1).setCellValue((String) rows[r][1]);
				row.createCell(2).setCellValue((Double) rows[r][2]);
				row.createCell(3).setCellValue((Double) rows[r][3]);
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			return out.toByteArray();
		}
	}

}
