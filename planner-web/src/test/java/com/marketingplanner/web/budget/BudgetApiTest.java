package com.marketingplanner.web.budget;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.marketingplanner.domain.plan.Plan;
import com.marketingplanner.domain.plan.PlanCommand;
import com.marketingplanner.domain.plan.PlanService;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The budget REST API: lines, spend, rules and the check, over HTTP with real security.
 */
@PlannerWebTest
class BudgetApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	PlanService plans;

	@Autowired
	JsonMapper json;

	@BeforeEach
	void users() {
		this.users.ensureAll();
	}

	static RequestPostProcessor planner() {
		return httpBasic("planner", TestUsers.PASSWORD);
	}

	static RequestPostProcessor viewer() {
		return httpBasic("viewer", TestUsers.PASSWORD);
	}

	long plan(String total) {
		Plan plan = this.plans.create(new PlanCommand("2026 E-commerce Marketing Plan", null, null, "CNY",
				LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), new BigDecimal(total), null), "planner");
		return plan.getId();
	}

	static String lines(long planId) {
		return "/api/v1/plans/" + planId + "/budget/lines";
	}

	JsonNode created(String url, String body) throws Exception {
		String response = this.mvc
			.perform(post(url).with(planner()).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return this.json.readTree(response);
	}

	JsonNode line(long planId, String body) throws Exception {
		return created(lines(planId), body);
	}

	long countLines(long planId) throws Exception {
		String response = this.mvc.perform(get(lines(planId)).with(planner()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return this.json.readTree(response).get("totalItems").asLong();
	}

	/** Plan 000: 2.8億 total, top-level lines 1.2 + 0.8 + 0.6 + 0.5 = 3.1億. */
	long plan000() throws Exception {
		long planId = plan("280000000");
		long tech = line(planId,
				"{\"name\": \"技術研發投入\", \"plannedAmount\": 120000000, \"tags\": [\"tech\", \"digital\"]}")
			.get("id")
			.asLong();
		line(planId, "{\"name\": \"渠道建設投入\", \"plannedAmount\": 80000000, \"tags\": [\"channel\", \"digital\"]}");
		line(planId, "{\"name\": \"品牌建設投入\", \"plannedAmount\": 60000000, \"tags\": [\"brand\"]}");
		line(planId, "{\"name\": \"人力成本投入\", \"plannedAmount\": 50000000, \"tags\": [\"hr\"]}");
		line(planId, "{\"name\": \"數據中臺升級\", \"parentId\": " + tech + ", \"plannedAmount\": 60000000}");
		line(planId, "{\"name\": \"智能終端開發\", \"parentId\": " + tech + ", \"plannedAmount\": 80000000}");
		line(planId, "{\"name\": \"技術基礎設施\", \"parentId\": " + tech + ", \"plannedAmount\": 40000000}");
		line(planId, "{\"name\": \"數據安全\", \"parentId\": " + tech + ", \"plannedAmount\": 30000000}");
		return planId;
	}

	@Test
	void reportsTheThirtyMillionOverAllocationOfPlan000InTheCheck() throws Exception {
		long planId = plan000();
		created("/api/v1/plans/" + planId + "/budget/rules",
				"{\"kind\": \"MIN_SHARE\", \"scopeType\": \"TAG\", \"scopeValue\": \"tech\", \"share\": 40}");

		this.mvc.perform(get("/api/v1/plans/" + planId + "/budget/check").with(planner()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.planTotal").value(280000000.00))
			.andExpect(jsonPath("$.allocated").value(310000000.00))
			.andExpect(jsonPath("$.unallocated").value(-30000000.00))
			.andExpect(jsonPath("$.overAllocated").value(true))
			.andExpect(jsonPath("$.tags[?(@.key == 'tech')].sharePercent").value(hasItem(42.8571)))
			.andExpect(jsonPath("$.rules[0].status").value("PASSED"))
			.andExpect(
					jsonPath("$.warnings[?(@.code == 'over-allocated')].figures[0].value").value(hasItem(30000000.00)))
			.andExpect(jsonPath("$.warnings[?(@.code == 'over-allocated')].message")
				.value(hasItem(containsString("CNY 30,000,000 (10.7%)"))))
			.andExpect(jsonPath("$.warnings[?(@.code == 'children-exceed-parent')].figures[2].value")
				.value(hasItem(90000000.00)));
	}

	@Test
	void writesTheCheckFindingsInTheClientsLanguage() throws Exception {
		long planId = plan000();

		this.mvc
			.perform(
					get("/api/v1/plans/" + planId + "/budget/check").with(planner()).header("Accept-Language", "zh-CN"))
			.andExpect(jsonPath("$.warnings[?(@.code == 'over-allocated')].message")
				.value(hasItem(startsWith("超额分配 ¥3,000万（10.7%）"))));
	}

	@Test
	void returnsTheWarningsWithTheSaveOfALine() throws Exception {
		long planId = plan("1000");

		this.mvc
			.perform(post(lines(planId)).with(planner())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"Ads\", \"plannedAmount\": 1200, \"channelCode\": \"douyin\", \"quarter\": 1}"))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", startsWith(lines(planId) + "/")))
			.andExpect(jsonPath("$.channelCode").value("douyin"))
			.andExpect(jsonPath("$.version").value(0))
			.andExpect(jsonPath("$.warnings[0].code").value("over-allocated"))
			.andExpect(jsonPath("$.warnings[0].severity").value("WARNING"));
	}

	@Test
	void rejectsAnInvalidLineNamingEveryBadFieldAndWritesNothing() throws Exception {
		long planId = plan("1000");

		this.mvc.perform(post(lines(planId)).with(planner()).contentType(MediaType.APPLICATION_JSON).content("""
				{"name": " ", "quarter": 7, "plannedAmount": -1, "plannedPercentage": -5}
				"""))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field")
				.value(containsInAnyOrder("name", "quarter", "plannedAmount", "plannedPercentage")));
		assertThat(countLines(planId)).isZero();
	}

	@Test
	void rejectsAnUnknownChannelOnItsFieldAndWritesNothing() throws Exception {
		long planId = plan("1000");

		this.mvc
			.perform(post(lines(planId)).with(planner())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"Ads\", \"plannedAmount\": 10, \"channelCode\": \"myspace\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("channelCode"));
		this.mvc
			.perform(post(lines(planId)).with(planner())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"Ads\", \"plannedPercentage\": 10}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("percentageBase"))
			.andExpect(jsonPath("$.errors[0].message").value("A percentage needs the base it is a percentage of."));
		assertThat(countLines(planId)).isZero();
	}

	@Test
	void refusesAStaleLineEditWithConflict() throws Exception {
		long planId = plan("1000");
		long id = line(planId, "{\"name\": \"Ads\", \"plannedAmount\": 100}").get("id").asLong();
		this.mvc
			.perform(put(lines(planId) + "/" + id).with(planner())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"Ads 2026\", \"plannedAmount\": 100, \"version\": 0}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.warnings").isArray());

		this.mvc
			.perform(put(lines(planId) + "/" + id).with(planner())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"Stale\", \"plannedAmount\": 999, \"version\": 0}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value(org.hamcrest.Matchers.endsWith("/stale-version")));
		this.mvc.perform(get(lines(planId) + "/" + id).with(planner()))
			.andExpect(jsonPath("$.name").value("Ads 2026"))
			.andExpect(jsonPath("$.plannedAmount").value(100.00));
	}

	@Test
	void answersNotFoundForLinesSpendAndRulesOfAnotherPlan() throws Exception {
		long planId = plan("1000");
		long other = plan("1000");
		long foreignLine = line(other, "{\"name\": \"Foreign\", \"plannedAmount\": 10}").get("id").asLong();
		long foreignSpend = created(lines(other) + "/" + foreignLine + "/spend",
				"{\"spentOn\": \"2026-02-01\", \"amount\": 5}")
			.get("id")
			.asLong();
		long foreignRule = created("/api/v1/plans/" + other + "/budget/rules",
				"{\"kind\": \"ROI_FLOOR\", \"scopeType\": \"PLAN\", \"threshold\": 1.5}")
			.get("id")
			.asLong();

		this.mvc.perform(get(lines(planId) + "/" + foreignLine).with(planner())).andExpect(status().isNotFound());
		this.mvc
			.perform(put(lines(planId) + "/" + foreignLine).with(planner())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"Taken\", \"version\": 0}"))
			.andExpect(status().isNotFound());
		this.mvc.perform(delete(lines(planId) + "/" + foreignLine).param("version", "0").with(planner()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get(lines(planId) + "/" + foreignLine + "/spend").with(planner()))
			.andExpect(status().isNotFound());
		this.mvc.perform(delete(lines(other) + "/" + (foreignLine + 100000) + "/spend/" + foreignSpend).with(planner()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get(lines(planId) + "/" + foreignLine + "/spend/" + foreignSpend).with(planner()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/plans/" + planId + "/budget/rules/" + foreignRule).with(planner()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/plans/987654321/budget/check").with(planner())).andExpect(status().isNotFound());
		this.mvc.perform(get(lines(other) + "/" + foreignLine + "/spend").with(planner()))
			.andExpect(jsonPath("$.totalItems").value(1));
	}

	@Test
	void rejectsAParentLineOfAnotherPlanOnItsField() throws Exception {
		long planId = plan("1000");
		long foreignLine = line(plan("1000"), "{\"name\": \"Foreign\", \"plannedAmount\": 10}").get("id").asLong();

		this.mvc
			.perform(post(lines(planId)).with(planner())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"Ads\", \"parentId\": " + foreignLine + "}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("parentId"));
	}

	@Test
	void letsAViewerReadTheBudgetButNotChangeIt() throws Exception {
		long planId = plan("1000");
		long id = line(planId, "{\"name\": \"Ads\", \"plannedAmount\": 100}").get("id").asLong();

		this.mvc.perform(get("/api/v1/plans/" + planId + "/budget/check").with(viewer())).andExpect(status().isOk());
		this.mvc.perform(get(lines(planId) + "/tree").with(viewer())).andExpect(status().isOk());
		this.mvc
			.perform(post(lines(planId)).with(viewer())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"Viewer line\", \"plannedAmount\": 1}"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post(lines(planId) + "/" + id + "/spend").with(viewer())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"spentOn\": \"2026-02-01\", \"amount\": 5}"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/v1/plans/" + planId + "/budget/rules").with(viewer())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"kind\": \"ROI_FLOOR\", \"scopeType\": \"PLAN\", \"threshold\": 1.5}"))
			.andExpect(status().isForbidden());
		this.mvc.perform(delete(lines(planId) + "/" + id).param("version", "0").with(viewer()))
			.andExpect(status().isForbidden());
		assertThat(countLines(planId)).isEqualTo(1);
	}

	@Test
	void listsLinesFlatWithFiltersAndAsATree() throws Exception {
		long planId = plan("5000000");
		long channels = line(planId,
				"{\"name\": \"推廣渠道類\", \"plannedPercentage\": 45, \"percentageBase\": \"TOTAL\", \"tags\": [\"channel\"]}")
			.get("id")
			.asLong();
		line(planId, "{\"name\": \"抖音信息流\", \"parentId\": " + channels
				+ ", \"plannedAmount\": 800000, \"channelCode\": \"douyin\", \"tags\": [\"short-term\"]}");
		line(planId, "{\"name\": \"小紅書內容\", \"parentId\": " + channels
				+ ", \"plannedAmount\": 600000, \"channelCode\": \"xiaohongshu\", \"tags\": [\"short-term\"]}");

		this.mvc.perform(get(lines(planId)).param("tag", "short-term").with(planner()))
			.andExpect(jsonPath("$.totalItems").value(2))
			.andExpect(jsonPath("$.items[*].parentId").value(containsInAnyOrder((int) channels, (int) channels)));
		this.mvc.perform(get(lines(planId)).param("channel", "douyin").with(planner()))
			.andExpect(jsonPath("$.items[*].name").value(containsInAnyOrder("抖音信息流")));
		this.mvc.perform(get(lines(planId) + "/tree").with(planner()))
			.andExpect(jsonPath("$[0].effectiveAmount").value(2250000.00))
			.andExpect(jsonPath("$[0].children[0].shareOfParent").value(35.5556))
			.andExpect(jsonPath("$[0].children.length()").value(2));
	}

	@Test
	void booksListsAndDeletesSpendReportingOverspend() throws Exception {
		long planId = plan("1200");
		long id = line(planId, "{\"name\": \"Ads\", \"plannedAmount\": 100}").get("id").asLong();
		String spend = lines(planId) + "/" + id + "/spend";

		JsonNode booked = created(spend, "{\"spentOn\": \"2026-02-01\", \"amount\": 150, \"source\": \"invoice 7\"}");

		assertThat(booked.get("warnings").findValuesAsString("code")).contains("spend-over-plan");
		this.mvc.perform(get(spend).with(planner()))
			.andExpect(jsonPath("$.items[0].amount").value(150.00))
			.andExpect(jsonPath("$.items[0].source").value("invoice 7"));
		this.mvc
			.perform(post(spend).with(planner()).contentType(MediaType.APPLICATION_JSON).content("{\"amount\": -3}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("spentOn", "amount")));
		this.mvc.perform(get(spend + "/" + booked.get("id").asLong()).with(planner()))
			.andExpect(jsonPath("$.lineId").value(id))
			.andExpect(jsonPath("$.warnings").doesNotExist());
		this.mvc.perform(delete(spend + "/" + booked.get("id").asLong()).with(planner()))
			.andExpect(status().isNoContent());
		this.mvc.perform(get(spend).with(planner())).andExpect(jsonPath("$.totalItems").value(0));
	}

	@Test
	void managesRulesWithVersionsAndReportsTheirViolations() throws Exception {
		long planId = plan000();
		String rules = "/api/v1/plans/" + planId + "/budget/rules";

		JsonNode cap = created(rules,
				"{\"kind\": \"MAX_SHARE\", \"scopeType\": \"TAG\", \"scopeValue\": \"Digital\", \"share\": 65}");
		assertThat(cap.get("scopeValue").asString()).isEqualTo("digital");
		assertThat(cap.get("warnings").findValuesAsString("code")).contains("rule-max-share");
		long id = cap.get("id").asLong();

		this.mvc
			.perform(put(rules + "/" + id).with(planner())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"kind\": \"MAX_SHARE\", \"scopeType\": \"TAG\", \"scopeValue\": \"digital\", "
						+ "\"share\": 75, \"version\": 0}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.share").value(75.0))
			.andExpect(jsonPath("$.warnings[?(@.code == 'rule-max-share')]").isEmpty());
		this.mvc
			.perform(put(rules + "/" + id).with(planner())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"kind\": \"MAX_SHARE\", \"scopeType\": \"TAG\", \"scopeValue\": \"digital\", "
						+ "\"share\": 10, \"version\": 0}"))
			.andExpect(status().isConflict());
		this.mvc
			.perform(post(rules).with(planner())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"kind\": \"CHANNEL_CAP\", \"scopeType\": \"TAG\", \"scopeValue\": \"x\", \"share\": 120}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("share")));
		this.mvc.perform(post(rules).with(planner())
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"kind\": \"CHANNEL_CAP\", \"scopeType\": \"CHANNEL\", \"scopeValue\": \"myspace\", \"share\": 20}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("scopeValue"));
		this.mvc.perform(delete(rules + "/" + id).param("version", "1").with(planner()))
			.andExpect(status().isNoContent());
		this.mvc.perform(get(rules).with(planner())).andExpect(jsonPath("$.totalItems").value(0));
	}

}
