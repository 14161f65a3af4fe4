package com.marketingplanner.web.analytics;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;

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

import static com.marketingplanner.web.support.ApiAs.planner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Done when 1 of issue 6, tried as a new user would: an events CSV and a touchpoints CSV
 * uploaded through the REST contract ({@code POST /api/v1/imports}) give funnel and
 * attribution results for the plan that equal the command line's on the same files, and
 * uploading them again changes no number. The data lie in 2069, a year no other test
 * uses.
 */
@PlannerWebTest
class AnalyticsFromUploadsTest {

	private static final String[] CHANNELS = { "douyin", "xiaohongshu", "wechat", "tmall", "sem" };

	@TempDir
	Path files;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JsonMapper json;

	@BeforeEach
	void setUp() {
		this.users.ensureAll();
	}

	@Test
	void funnelAndAttributionOfUploadedFilesEqualTheCommandLineAndAReuploadChangesNoNumber() throws Exception {
		long planId = this.json
			.readTree(this.mvc
				.perform(post("/api/v1/plans").with(planner()).contentType(MediaType.APPLICATION_JSON).content("""
						{"title": "Uploads 2069", "currency": "CNY", "language": "EN",
						 "periodStart": "2069-01-01", "periodEnd": "2069-12-31"}
						"""))
				.andExpect(status().isCreated())
				.andReturn()
				.getResponse()
				.getContentAsString())
			.get("id")
			.asLong();
		Path touchpoints = Files.writeString(this.files.resolve("touchpoints.csv"), touchpoints());
		Path events = Files.writeString(this.files.resolve("events.csv"), events());

		assertThat(upload("touchpoints", touchpoints).get("rowsStored").asLong()).isPositive();
		assertThat(upload("events", events).get("rowsStored").asLong()).isPositive();

		String attribution = "/api/v1/plans/" + planId + "/analytics/attribution?markovOrder=3&lookback=P30D";
		String funnel = "/api/v1/plans/" + planId + "/analytics/funnel?steps=view,cart,pay&window=P14D&order=loose";
		JsonNode credits = getJson(attribution);
		JsonNode steps = getJson(funnel);
		CommandLine.assertSameAttribution(credits, CommandLine.run("attribution", "--touchpoints",
				touchpoints.toString(), "--markov-order", "3", "--lookback", "30d"));
		List<String> cliSteps = CommandLine
			.run("funnel", "--events", events.toString(), "--steps", "view,cart,pay", "--window", "14d", "--order",
					"loose")
			.lines()
			.skip(1)
			.toList();
		for (int step = 0; step < 3; step++) {
			String[] fields = cliSteps.get(step).split(",");
			assertThat(steps.get("steps").get(step).get("users").asLong()).isEqualTo(Long.parseLong(fields[2]));
		}

		JsonNode again = upload("touchpoints", touchpoints);
		assertThat(again.get("status").asString()).isEqualTo("SUCCEEDED");
		assertThat(again.get("rowsStored").asLong()).isZero();
		assertThat(upload("events", events).get("rowsStored").asLong()).isZero();
		assertThat(getJson(attribution).get("rows")).isEqualTo(credits.get("rows"));
		assertThat(getJson(funnel).get("steps")).isEqualTo(steps.get("steps"));
	}

	private JsonNode upload(String kind, Path file) throws Exception {
		String location = this.mvc
			.perform(post("/api/v1/imports").param("kind", kind)
				.contentType("text/csv")
				.content(Files.readAllBytes(file))
				.with(planner()))
			.andExpect(status().isAccepted())
			.andReturn()
			.getResponse()
			.getHeader("Location");
		for (int attempt = 0; attempt < 1200; attempt++) {
			JsonNode job = getJson(location);
			String state = job.get("status").asString();
			if (state.equals("SUCCEEDED") || state.equals("FAILED")) {
				assertThat(state).as(job.toString()).isEqualTo("SUCCEEDED");
				return job;
			}
			Thread.sleep(50);
		}
		throw new AssertionError("import " + location + " did not finish");
	}

	private JsonNode getJson(String url) throws Exception {
		return this.json.readTree(this.mvc.perform(get(url).with(planner()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

	/** 500 users with 1–6 touches in spring 2069, some converting with a value. */
	private static String touchpoints() {
		Random random = new Random(11);
		StringBuilder csv = new StringBuilder("user_id,timestamp,channel,conversion_value\n");
		Instant start = Instant.parse("2069-03-01T00:00:00Z");
		for (int user = 0; user < 500; user++) {
			int touches = 1 + random.nextInt(6);
			Instant time = start.plus(random.nextInt(60 * 24), ChronoUnit.HOURS);
			for (int touch = 0; touch < touches; touch++) {
				time = time.plus(1 + random.nextInt(5 * 24), ChronoUnit.HOURS);
				boolean converts = touch == touches - 1 && random.nextInt(3) == 0;
				csv.append("user-")
					.append(user)
					.append(',')
					.append(time)
					.append(',')
					.append(CHANNELS[random.nextInt(CHANNELS.length)])
					.append(',')
					.append(converts ? (20 + random.nextInt(300)) + ".50" : "")
					.append('\n');
			}
		}
		return csv.toString();
	}

	/**
	 * 400 users viewing, adding to the cart and paying in April 2069, some late or out of
	 * order.
	 */
	private static String events() {
		Random random = new Random(12);
		String[] steps = { "view", "cart", "pay" };
		StringBuilder csv = new StringBuilder("user_id,timestamp,event\n");
		Instant start = Instant.parse("2069-04-01T00:00:00Z");
		for (int user = 0; user < 400; user++) {
			Instant time = start.plus(random.nextInt(20 * 24), ChronoUnit.HOURS);
			int count = 1 + random.nextInt(4);
			for (int event = 0; event < count; event++) {
				time = time.plus(random.nextInt(9 * 24), ChronoUnit.HOURS);
				csv.append("buyer-")
					.append(user)
					.append(',')
					.append(time)
					.append(',')
					.append(steps[(random.nextInt(8) == 0) ? random.nextInt(3) : Math.min(event, 2)])
					.append('\n');
			}
		}
		return csv.toString();
	}

}
