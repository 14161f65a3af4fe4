package com.marketingplanner.web.analytics;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;

import javax.sql.DataSource;

import com.marketingplanner.analytics.journey.JourneyBuilder;
import com.marketingplanner.analytics.journey.PathCsvWriter;
import com.marketingplanner.analytics.journey.TouchpointCsvReader;
import com.marketingplanner.domain.support.MarketingDataFixture;
import com.marketingplanner.web.support.PlannerWebTest;
import com.marketingplanner.web.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static com.marketingplanner.web.support.ApiAs.planner;
import static com.marketingplanner.web.support.ApiAs.viewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The analytics endpoints over stored marketing data: the same numbers as the command
 * line on the same files, cached per data version, every bad parameter a 400 naming it.
 * The data lie in 2061, a year no other test uses.
 */
@PlannerWebTest
class AnalyticsApiTest {

	private static final String[] CHANNELS = { "douyin", "xiaohongshu", "wechat", "sem" };

	private static final String[] EVENTS = { "view", "cart", "pay" };

	private static boolean loaded;

	private static long planId;

	@TempDir
	static Path files;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JsonMapper json;

	@Autowired
	DataSource dataSource;

	@BeforeEach
	void loadOnce() throws Exception {
		this.users.ensureAll();
		if (loaded) {
			return;
		}
		planId = plan("2061 analytics", "2061-01-01", "2061-12-31");
		MarketingDataFixture data = new MarketingDataFixture(this.dataSource);
		data.touchpoints(Files.writeString(files.resolve("touchpoints.csv"), touchpoints()));
		data.events(Files.writeString(files.resolve("events.csv"), events()));
		data.channelActuals("""
				date,channel,spend,impressions,clicks,visits,orders,new_customers,revenue
				2061-03-01,douyin,1000,50000,2000,900,60,40,3000
				2061-03-02,douyin,1000,52000,2100,950,65,42,3300
				2061-03-01,xiaohongshu,500,20000,600,300,20,15,700
				2061-04-01,sem,800,,1000,,30,,2400
				""");
		loaded = true;
	}

	private long plan(String title, String start, String end) throws Exception {
		String body = this.mvc
			.perform(post("/api/v1/plans").with(planner()).contentType(MediaType.APPLICATION_JSON).content("""
					{"title": "%s", "currency": "CNY", "language": "EN", "periodStart": "%s", "periodEnd": "%s"}
					""".formatted(title, start, end)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return this.json.readTree(body).get("id").asLong();
	}

	/** 300 users with 1–5 touches in March 2061; about a third convert. */
	private static String touchpoints() {
		Random random = new Random(6);
		StringBuilder csv = new StringBuilder("user_id,timestamp,channel,conversion_value\n");
		Instant start = Instant.parse("2061-03-01T00:00:00Z");
		for (int user = 0; user < 300; user++) {
			int touches = 1 + random.nextInt(5);
			Instant time = start.plus(random.nextInt(20 * 24), ChronoUnit.HOURS);
			for (int touch = 0; touch < touches; touch++) {
				time = time.plus(1 + random.nextInt(72), ChronoUnit.HOURS);
				boolean converts = touch == touches - 1 && random.nextInt(3) == 0;
				csv.append("u")
					.append(user)
					.append(',')
					.append(time)
					.append(',')
					.append(CHANNELS[random.nextInt(CHANNELS.length)])
					.append(',')
					.append(converts ? String.valueOf(50 + random.nextInt(200)) : "")
					.append('\n');
			}
		}
		return csv.toString();
	}

	/** 200 users walking view → cart → pay in April 2061, some out of order or late. */
	private static String events() {
		Random random = new Random(7);
		StringBuilder csv = new StringBuilder("user_id,timestamp,event,property\n");
		Instant start = Instant.parse("2061-04-01T00:00:00Z");
		for (int user = 0; user < 200; user++) {
			Instant time = start.plus(random.nextInt(10 * 24), ChronoUnit.HOURS);
			int steps = 1 + random.nextInt(3);
			String device = random.nextBoolean() ? "mobile" : "desktop";
			for (int step = 0; step < steps; step++) {
				time = time.plus(random.nextInt(8 * 24), ChronoUnit.HOURS);
				csv.append("e")
					.append(user)
					.append(',')
					.append(time)
					.append(',')
					.append(EVENTS[(random.nextInt(10) == 0) ? random.nextInt(3) : step])
					.append(',')
					.append(device)
					.append('\n');
			}
		}
		return csv.toString();
	}

	private JsonNode getJson(String url) throws Exception {
		return this.json.readTree(this.mvc.perform(get(url).with(viewer()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

	@Test
	void attributionOfEveryModelEqualsTheCommandLineOnTheSameFile() throws Exception {
		String analytics = "/api/v1/plans/" + planId + "/analytics/attribution?markovOrder=2&lookback=P30D";
		JsonNode result = getJson(analytics);

		CommandLine.assertSameAttribution(result, CommandLine.run("attribution", "--touchpoints",
				files.resolve("touchpoints.csv").toString(), "--markov-order", "2", "--lookback", "30d"));
		assertThat(result.get("source").asString()).isEqualTo("TOUCHPOINTS");
	}

	/**
	 * Issue 11's promise: a path aggregate made elsewhere (here by the analytics module's
	 * own journey code, as the Spark job does on a cluster) and imported for a period
	 * gives a plan of that period the same attribution as the raw touchpoints give
	 * theirs. Time decay needs the touches' times, which an aggregate does not carry.
	 */
	@Test
	void aPathAggregateImportedForAPeriodGivesTheAttributionOfItsRawTouchpoints() throws Exception {
		StringBuilder aggregate = new StringBuilder();
		PathCsvWriter.write(new JourneyBuilder(Duration.ofDays(30))
			.build(TouchpointCsvReader.read(files.resolve("touchpoints.csv")))
			.toPathTable(), aggregate);
		long aggregated = plan("2063 aggregate of 2061", "2063-03-01", "2063-03-31");
		new MarketingDataFixture(this.dataSource).paths(LocalDate.of(2063, 3, 1), LocalDate.of(2063, 3, 31),
				aggregate.toString());
		String models = "first,last,last-non-direct,linear,position,w-shaped,markov,shapley";
		JsonNode fromTouchpoints = getJson(
				"/api/v1/plans/" + planId + "/analytics/attribution?markovOrder=2&lookback=P30D&models=" + models);
		JsonNode fromAggregate = getJson(
				"/api/v1/plans/" + aggregated + "/analytics/attribution?markovOrder=2&models=" + models);

		assertThat(fromAggregate.get("source").asString()).isEqualTo("PATH_AGGREGATES");
		assertThat(fromTouchpoints.get("source").asString()).isEqualTo("TOUCHPOINTS");
		assertThat(fromAggregate.get("rows").size()).isEqualTo(fromTouchpoints.get("rows").size()).isPositive();
		for (int i = 0; i < fromTouchpoints.get("rows").size(); i++) {
			JsonNode expected = fromTouchpoints.get("rows").get(i);
			JsonNode actual = fromAggregate.get("rows").get(i);
			assertThat(actual.get("model").asString()).isEqualTo(expected.get("model").asString());
			assertThat(actual.get("channel").asString()).isEqualTo(expected.get("channel").asString());
			assertThat(actual.get("conversions").asDouble()).as(expected.toString())
				.isCloseTo(expected.get("conversions").asDouble(), within(1e-9));
			assertThat(actual.get("value").asDouble()).as(expected.toString())
				.isCloseTo(expected.get("value").asDouble(), within(1e-9));
		}
	}

	@Test
	void givesEachChannelItsRoiUnderEachModelWhenItsSpendIsKnown() throws Exception {
		JsonNode result = getJson("/api/v1/plans/" + planId + "/analytics/attribution?models=last,linear");
		for (JsonNode row : result.get("rows")) {
			if (row.get("channel").asString().equals("douyin")) {
				// douyin spent 2000 in the plan's period: ROI = (value − 2000) ÷ 2000
				assertThat(row.get("spend").asDouble()).isEqualTo(2000);
				assertThat(row.get("roi").asDouble()).isCloseTo((row.get("value").asDouble() - 2000) / 2000,
						within(1e-9));
				assertThat(row.get("roas").asDouble()).isCloseTo(row.get("value").asDouble() / 2000, within(1e-9));
			}
			if (row.get("channel").asString().equals("wechat")) {
				assertThat(row.get("roi").isNull()).isTrue();
			}
		}
		assertThat(result.get("rows").findValuesAsString("model")).containsOnly("last", "linear");
	}

	@Test
	void answersARepeatedRequestFromTheCacheUntilTheDataChange() throws Exception {
		String url = "/api/v1/plans/" + planId + "/analytics/attribution?models=markov&lookback=14d";
		JsonNode first = getJson(url);
		JsonNode second = getJson(url);
		assertThat(second.get("cached").asBoolean()).isTrue();
		assertThat(second.get("computedAt").asString()).isEqualTo(first.get("computedAt").asString());
		assertThat(second.get("rows")).isEqualTo(first.get("rows"));

		new MarketingDataFixture(this.dataSource).channelActuals("""
				date,channel,spend,impressions,clicks,visits,orders,new_customers,revenue
				2061-12-31,tv,1,,,,,,
				""");
		JsonNode third = getJson(url);
		assertThat(third.get("cached").asBoolean()).isFalse();
		assertThat(third.get("dataVersion").asLong()).isGreaterThan(first.get("dataVersion").asLong());
		assertThat(third.get("rows")).isEqualTo(first.get("rows"));
	}

	@Test
	void usesStoredPathAggregatesWhenThePeriodHasNoTouchpoints() throws Exception {
		long aggregated = plan("2062 aggregates", "2062-01-01", "2062-06-30");
		new MarketingDataFixture(this.dataSource).paths(java.time.LocalDate.of(2062, 1, 1),
				java.time.LocalDate.of(2062, 1, 31), """
						path,total_conversions,total_conversion_value,total_null
						douyin > wechat,2,10,1
						wechat,1,4,3
						""");
		JsonNode result = getJson("/api/v1/plans/" + aggregated + "/analytics/attribution?models=linear");
		assertThat(result.get("source").asString()).isEqualTo("PATH_AGGREGATES");
		assertThat(result.get("aggregatePeriods").get(0).get("start").asString()).isEqualTo("2062-01-01");
		assertThat(result.get("journeys").asLong()).isEqualTo(7);
		assertThat(result.get("howComputed").asString()).contains("path aggregates");
	}

	@Test
	void funnelEqualsTheCommandLineOnTheSameFileWithBreakdown() throws Exception {
		JsonNode result = getJson("/api/v1/plans/" + planId
				+ "/analytics/funnel?steps=view,cart,pay&window=P7D&order=strict&breakdown=property");
		String csv = CommandLine.run("funnel", "--events", files.resolve("events.csv").toString(), "--steps",
				"view,cart,pay", "--window", "7d", "--order", "strict", "--breakdown-column", "property");
		List<String> lines = csv.lines().skip(1).filter((line) -> line.startsWith("*,")).toList();
		for (int step = 0; step < 3; step++) {
			String[] fields = lines.get(step).substring(2).split(",");
			JsonNode apiStep = result.get("steps").get(step);
			assertThat(apiStep.get("event").asString()).isEqualTo(fields[1]);
			assertThat(apiStep.get("users").asLong()).isEqualTo(Long.parseLong(fields[2]));
		}
		assertThat(result.get("steps").get(0).get("cumulativeRate").asDouble()).isEqualTo(1.0);
		long mobile = 0;
		for (JsonNode breakdown : result.get("breakdown")) {
			mobile += breakdown.get("steps").get(0).get("users").asLong();
		}
		assertThat(mobile).isEqualTo(result.get("steps").get(0).get("users").asLong());
	}

	@Test
	void countsFunnelAddsUpTheChannelsReportsAndNamesWhatIsMissing() throws Exception {
		JsonNode all = getJson("/api/v1/plans/" + planId + "/analytics/funnel/counts");
		assertThat(all.get("steps").get(0).get("event").asString()).isEqualTo("impressions");
		assertThat(all.get("steps").get(0).get("users").asLong()).isEqualTo(122000);
		assertThat(all.get("steps").get(3).get("users").asLong()).isEqualTo(175);

		JsonNode sem = getJson("/api/v1/plans/" + planId + "/analytics/funnel/counts?channel=sem");
		assertThat(sem.get("missingStages").get(0).asString()).isEqualTo("impressions");
		assertThat(sem.get("missingStages").get(1).asString()).isEqualTo("visits");
		assertThat(sem.get("steps").size()).isEqualTo(2);
		assertThat(sem.get("steps").get(1).get("stepRate").asDouble()).isCloseTo(0.03, within(1e-12));
	}

	@Test
	void roiByChannelAndMonthFromTheChannelActuals() throws Exception {
		JsonNode roi = getJson("/api/v1/plans/" + planId + "/analytics/roi?channel=douyin");
		JsonNode douyin = roi.get("byChannel").get(0);
		// spend 2000, revenue 6300, new customers 82: ROI 2.15, ROAS 3.15 (1:3.15), CAC
		// 24.39
		assertThat(douyin.get("spend").asDouble()).isEqualTo(2000);
		assertThat(douyin.get("spendSource").asString()).isEqualTo("CHANNEL_REPORT");
		assertThat(douyin.get("roi").asDouble()).isCloseTo(2.15, within(1e-9));
		assertThat(douyin.get("roasOneToX").asString()).isEqualTo("1:3.15");
		assertThat(douyin.get("cac").asDouble()).isCloseTo(2000.0 / 82, within(1e-9));
		assertThat(roi.get("byMonth").findValuesAsString("month")).contains("2061-03");
	}

	@Test
	void forecastsDailyRevenueWithThreeScenariosAndSaysWhenAKpiHasTooLittleHistory() throws Exception {
		// revenue reported on 2061-03-01, 03-02 and 04-01: 32 days, the others count as 0
		JsonNode forecast = getJson("/api/v1/plans/" + planId + "/analytics/forecast?horizon=10");
		assertThat(forecast.get("metric").asString()).isEqualTo("revenue");
		assertThat(forecast.get("history").size()).isEqualTo(32);
		assertThat(forecast.get("history").get(1).get("value").asDouble()).isEqualTo(3300 + 0);
		assertThat(forecast.get("forecast").size()).isEqualTo(10);
		JsonNode first = forecast.get("forecast").get(0);
		assertThat(first.get("date").asString()).isEqualTo("2061-04-02");
		assertThat(first.get("conservative").asDouble()).isLessThan(first.get("neutral").asDouble());
		assertThat(first.get("optimistic").asDouble()).isGreaterThan(first.get("neutral").asDouble());

		long kpi = this.json.readTree(this.mvc.perform(post("/api/v1/plans/" + planId + "/kpis").with(planner())
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"name\": \"NPS\", \"direction\": \"HIGHER_IS_BETTER\", \"targetType\": \"AT_LEAST\", \"target\": 40}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString()).get("id").asLong();
		JsonNode kpiForecast = getJson("/api/v1/plans/" + planId + "/analytics/forecast?metric=kpi&kpiId=" + kpi);
		assertThat(kpiForecast.get("name").asString()).isEqualTo("NPS");
		assertThat(kpiForecast.get("undefinedReason").asString()).isEqualTo("too-little-history");
		this.mvc
			.perform(get("/api/v1/plans/" + planId + "/analytics/forecast?metric=kpi&kpiId=99999999").with(viewer()))
			.andExpect(status().isNotFound());
	}

	@Test
	void namesTheBadParameterIn400Problems() throws Exception {
		String base = "/api/v1/plans/" + planId + "/analytics/";
		String[][] cases = { { base + "attribution?markovOrder=5", "markovOrder" },
				{ base + "attribution?markovOrder=two", "markovOrder" },
				{ base + "attribution?lookback=fortnight", "lookback" },
				{ base + "attribution?models=first,magic", "models" },
				{ base + "attribution?channel=myspace", "channel" }, { base + "funnel", "steps" },
				{ base + "funnel?steps=a,b&window=14x", "window" },
				{ base + "funnel?steps=a,b&order=sideways", "order" },
				{ base + "funnel/counts?channel=myspace", "channel" }, { base + "roi?channel=myspace", "channel" },
				{ base + "forecast?metric=kpi", "kpiId" }, { base + "forecast?metric=profit", "metric" },
				{ base + "forecast?horizon=0", "horizon" }, { "/api/v1/plans/first/analytics/budget-board", "planId" },
				{ "/api/v1/plans/first/analytics/optimiser", "planId" } };
		for (String[] bad : cases) {
			this.mvc.perform(get(bad[0]).with(viewer()).header("Accept-Language", "en"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value(bad[1]));
		}
	}

	@Test
	void answers401WithoutCredentialsAnd404ForAPlanThatDoesNotExist() throws Exception {
		for (String part : List.of("attribution", "funnel?steps=a", "funnel/counts", "roi", "budget-board", "optimiser",
				"forecast")) {
			this.mvc.perform(get("/api/v1/plans/" + planId + "/analytics/" + part))
				.andExpect(status().isUnauthorized());
			this.mvc.perform(get("/api/v1/plans/99999999/analytics/" + part).with(viewer()))
				.andExpect(status().isNotFound());
		}
	}

	@Test
	void documentsEveryAnalyticsEndpointWithItsProblems() throws Exception {
		JsonNode paths = this.json.readTree(this.mvc.perform(get("/v3/api-docs")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("v")
				.roles("VIEWER")))
			.andReturn()
			.getResponse()
			.getContentAsString()).get("paths");
		for (String part : List.of("attribution", "funnel", "funnel/counts", "roi", "budget-board", "optimiser",
				"forecast")) {
			JsonNode operation = paths.get("/api/v1/plans/{planId}/analytics/" + part).get("get");
			assertThat(operation.get("summary").asString()).as(part).isNotBlank();
			assertThat(operation.get("responses").has("400")).as(part).isTrue();
			assertThat(operation.get("responses").has("404")).as(part).isTrue();
		}
	}

}
