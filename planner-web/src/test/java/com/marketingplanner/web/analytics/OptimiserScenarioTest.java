package com.marketingplanner.web.analytics;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import javax.sql.DataSource;

import com.marketingplanner.domain.support.MarketingDataFixture;
import com.marketingplanner.web.support.PlannerWebTest;
import com.marketingplanner.web.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static com.marketingplanner.web.support.ApiAs.planner;
import static com.marketingplanner.web.support.ApiAs.viewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The optimiser's recommendation saved as a draft budget scenario (issue 6): over REST
 * and from the optimiser page, only by people who may edit the plan, with the optimiser's
 * amounts. The channel history lies in 2077, the plan in 2078 — years no other test uses.
 */
@PlannerWebTest
class OptimiserScenarioTest {

	private static long planId;

	private static Map<Long, String> channelOfLine = new HashMap<>();

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JsonMapper json;

	@Autowired
	DataSource dataSource;

	@BeforeEach
	void setUp() throws Exception {
		this.users.ensureAll();
		if (planId != 0) {
			return;
		}
		planId = plan("Optimiser scenarios 2078");
		long douyin = line(planId, "{\"name\": \"抖音信息流\", \"channelCode\": \"douyin\", \"plannedAmount\": 60000}");
		line(planId, "{\"name\": \"抖音达人\", \"parentId\": " + douyin + ", \"plannedAmount\": 20000}");
		long sem = line(planId, "{\"name\": \"SEM 品牌词\", \"channelCode\": \"sem\", \"plannedAmount\": 25000}");
		long sem2 = line(planId, "{\"name\": \"SEM 通用词\", \"channelCode\": \"sem\", \"plannedAmount\": 15000}");
		channelOfLine.put(douyin, "douyin");
		channelOfLine.put(sem, "sem");
		channelOfLine.put(sem2, "sem");
		StringBuilder actuals = new StringBuilder(
				"date,channel,spend,impressions,clicks,visits,orders,new_customers,revenue\n");
		for (int month = 1; month <= 12; month++) {
			double douyinSpend = 2000 + 400 * month;
			double semSpend = 1000 + 900 * ((month * 7) % 12);
			actuals.append("2077-%02d-10,douyin,%.2f,,,,,,%.2f%n".formatted(month, douyinSpend,
					60 * Math.pow(douyinSpend, 0.7)));
			actuals
				.append("2077-%02d-10,sem,%.2f,,,,,,%.2f%n".formatted(month, semSpend, 40 * Math.pow(semSpend, 0.5)));
		}
		new MarketingDataFixture(this.dataSource).channelActuals(actuals.toString());
	}

	@Test
	void savesTheRecommendedSplitAsADraftScenarioWithTheOptimisersAmounts() throws Exception {
		JsonNode optimiser = getJson("/api/v1/plans/" + planId + "/analytics/optimiser");
		assertThat(optimiser.get("undefinedReason").isNull()).isTrue();
		Map<String, BigDecimal> recommended = new HashMap<>();
		optimiser.get("channels")
			.forEach((channel) -> recommended.put(channel.get("channel").asString(),
					channel.get("recommendedSpend").decimalValue()));

		String body = this.mvc
			.perform(post("/api/v1/plans/" + planId + "/analytics/optimiser/scenarios").with(planner())
				.header("Accept-Language", "en"))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", startsWith("/api/v1/plans/" + planId + "/budget/scenarios/")))
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.name", startsWith("Optimiser split ")))
			.andExpect(jsonPath("$.name", containsString("response curves")))
			.andExpect(jsonPath("$.total").doesNotExist())
			.andReturn()
			.getResponse()
			.getContentAsString();
		JsonNode scenario = this.json.readTree(body);
		Map<String, BigDecimal> saved = new HashMap<>();
		scenario.get("lineAmounts").properties().forEach((entry) -> {
			String channel = channelOfLine.get(Long.parseLong(entry.getKey()));
			if (channel != null) {
				saved.merge(channel, entry.getValue().decimalValue(), BigDecimal::add);
			}
		});
		assertThat(saved.keySet()).containsExactlyInAnyOrder("douyin", "sem");
		saved.forEach(
				(channel, amount) -> assertThat(amount).as(channel).isEqualByComparingTo(recommended.get(channel)));

		JsonNode compare = getJson("/api/v1/plans/" + planId + "/budget/scenarios/compare");
		assertThat(compare.get("columns")).anySatisfy(
				(column) -> assertThat(column.get("name").asString()).isEqualTo(scenario.get("name").asString()));
	}

	@Test
	void aPersonalNameWinsAndBadInputIsA400ThatSavesNothing() throws Exception {
		int before = getJson("/api/v1/plans/" + planId + "/budget/scenarios").size();
		this.mvc
			.perform(post("/api/v1/plans/" + planId + "/analytics/optimiser/scenarios").with(planner())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"" + "x".repeat(201) + "\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("name"));
		long empty = plan("Optimiser without history 2078");
		line(empty, "{\"name\": \"微信\", \"channelCode\": \"wechat\", \"plannedAmount\": 1000}");
		this.mvc
			.perform(post("/api/v1/plans/" + empty + "/analytics/optimiser/scenarios").with(planner())
				.header("Accept-Language", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("error.optimiser.no-recommendation"));
		assertThat(getJson("/api/v1/plans/" + empty + "/budget/scenarios").size()).isZero();
		assertThat(getJson("/api/v1/plans/" + planId + "/budget/scenarios").size()).isEqualTo(before);

		this.mvc
			.perform(post("/api/v1/plans/" + planId + "/analytics/optimiser/scenarios").with(planner())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"Q3 review split\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.name").value("Q3 review split"))
			.andExpect(jsonPath("$.description", containsString("Expected return of the current split")));
	}

	@Test
	void answers401WithoutCredentials403ForAViewerAnd404ForAPlanThatDoesNotExist() throws Exception {
		this.mvc.perform(post("/api/v1/plans/" + planId + "/analytics/optimiser/scenarios"))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(post("/api/v1/plans/" + planId + "/analytics/optimiser/scenarios").with(viewer()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/api/v1/plans/99999999/analytics/optimiser/scenarios").with(planner()))
			.andExpect(status().isNotFound());
	}

	@Test
	void thePageOffersTheButtonToEditorsOnlyAndLandsOnTheScenarioComparison() throws Exception {
		this.mvc.perform(get("/plans/" + planId + "/analytics/optimiser").with(viewerPage()))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("optimiser-save"))));
		this.mvc.perform(get("/plans/" + planId + "/analytics/optimiser").with(plannerPage()).param("lang", "zh_CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("optimiser-save")))
			.andExpect(content().string(containsString("保存为预算方案草稿")));
		this.mvc
			.perform(post("/plans/" + planId + "/analytics/optimiser/scenarios").with(plannerPage())
				.with(csrf())
				.header("Accept-Language", "en"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/plans/" + planId + "/budget/scenarios#scenario-*"));
		this.mvc.perform(post("/plans/" + planId + "/analytics/optimiser/scenarios").with(viewerPage()).with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void theOptimiserPageShowsTheRoiFloorAsTheNumberItIs() throws Exception {
		long floored = plan("Optimiser with a floor 2078");
		this.mvc
			.perform(post("/api/v1/plans/" + floored + "/budget/rules").with(planner())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"kind\": \"ROI_FLOOR\", \"scopeType\": \"PLAN\", \"threshold\": 1.15}"))
			.andExpect(status().isCreated());
		this.mvc
			.perform(get("/plans/" + floored + "/analytics/optimiser").with(viewerPage())
				.header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ROI floor: 1.15.")));
	}

	private long plan(String title) throws Exception {
		return this.json
			.readTree(this.mvc
				.perform(post("/api/v1/plans").with(planner()).contentType(MediaType.APPLICATION_JSON).content("""
						{"title": "%s", "currency": "CNY", "language": "ZH", "totalBudget": 200000,
						 "periodStart": "2078-01-01", "periodEnd": "2078-12-31"}
						""".formatted(title)))
				.andExpect(status().isCreated())
				.andReturn()
				.getResponse()
				.getContentAsString())
			.get("id")
			.asLong();
	}

	private long line(long plan, String json) throws Exception {
		return this.json
			.readTree(
					this.mvc
						.perform(post("/api/v1/plans/" + plan + "/budget/lines").with(planner())
							.contentType(MediaType.APPLICATION_JSON)
							.content(json))
						.andExpect(status().isCreated())
						.andReturn()
						.getResponse()
						.getContentAsString())
			.get("id")
			.asLong();
	}

	private JsonNode getJson(String path) throws Exception {
		return this.json.readTree(this.mvc.perform(get(path).with(viewer()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private static RequestPostProcessor plannerPage() {
		return user("planner").roles("PLANNER");
	}

	private static RequestPostProcessor viewerPage() {
		return user("viewer").roles("VIEWER");
	}

}
