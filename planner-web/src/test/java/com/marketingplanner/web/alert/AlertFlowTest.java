package com.marketingplanner.web.alert;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;

import javax.sql.DataSource;

import com.marketingplanner.domain.marketingdata.DataKind;
import com.marketingplanner.domain.marketingdata.MarketingDataImported;
import com.marketingplanner.domain.support.MarketingDataFixture;
import com.marketingplanner.domain.user.Role;
import com.marketingplanner.web.support.PlannerWebTest;
import com.marketingplanner.web.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static com.marketingplanner.web.support.ApiAs.planner;
import static com.marketingplanner.web.support.ApiAs.viewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Done when 3 of issue 6: channel actuals fill the ROI page and the budget board; spend
 * pushed past the plan's overspend rule raises an alert on the plan and the portfolio.
 * Plus the alert life cycle: no duplicates, acknowledge, resolve, raised again, and the
 * evaluation after an import, and the actions on the portfolio page. The plans lie in
 * 2060 and 2063–2067, years no other test uses.
 */
@PlannerWebTest
class AlertFlowTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JsonMapper json;

	@Autowired
	DataSource dataSource;

	@Autowired
	ApplicationEventPublisher events;

	@BeforeEach
	void setUp() {
		this.users.ensureAll();
	}

	/**
	 * A 2063 plan of 120,000 on one Douyin line (a monthly plan of 10,000), an ROI floor
	 * of 1.5 and an overspend freeze at 10 %.
	 */
	private long[] storePlan(String year) throws Exception {
		long planId = created("/api/v1/plans", """
				{"title": "Alerts %s", "currency": "CNY", "language": "EN", "totalBudget": 120000,
				 "periodStart": "%s-01-01", "periodEnd": "%s-12-31"}
				""".formatted(year, year, year));
		long line = created("/api/v1/plans/" + planId + "/budget/lines",
				"{\"name\": \"Douyin ads\", \"channelCode\": \"douyin\", \"plannedAmount\": 120000}");
		created("/api/v1/plans/" + planId + "/budget/rules",
				"{\"kind\": \"ROI_FLOOR\", \"scopeType\": \"PLAN\", \"threshold\": 1.5}");
		created("/api/v1/plans/" + planId + "/budget/rules",
				"{\"kind\": \"OVERSPEND_FREEZE\", \"scopeType\": \"PLAN\", \"threshold\": 10}");
		return new long[] { planId, line };
	}

	private long created(String url, String body) throws Exception {
		String response = this.mvc
			.perform(post(url).with(planner()).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return this.json.readTree(response).get("id").asLong();
	}

	private JsonNode getJson(String url) throws Exception {
		return this.json.readTree(this.mvc.perform(get(url).with(planner()).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

	private JsonNode evaluate(long planId) throws Exception {
		return this.json.readTree(this.mvc.perform(post("/api/v1/plans/" + planId + "/alerts/evaluate").with(planner()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	@Test
	void channelActualsFillRoiAndTheBoardAndOverspendRaisesAnAlertOnPlanAndPortfolio() throws Exception {
		long[] plan = storePlan("2063");
		long planId = plan[0];
		new MarketingDataFixture(this.dataSource).channelActuals("""
				date,channel,spend,impressions,clicks,visits,orders,new_customers,revenue
				2063-02-10,douyin,5000,100000,3000,1500,80,50,4000
				""");

		JsonNode roi = getJson("/api/v1/plans/" + planId + "/analytics/roi?channel=douyin");
		assertThat(roi.get("byChannel").get(0).get("plannedSpend").asDouble()).isEqualTo(120000);
		assertThat(roi.get("byChannel").get(0).get("spend").asDouble()).isEqualTo(5000);
		assertThat(roi.get("byChannel").get(0).get("roasOneToX").asString()).isEqualTo("1:0.8");
		JsonNode board = getJson("/api/v1/plans/" + planId + "/analytics/budget-board");
		assertThat(board.get("channels").get(0).get("status").asString()).isEqualTo("RED");
		assertThat(board.get("channels").get(0).get("reasons").get(0).asString()).isEqualTo("rule-roi-floor");
		JsonNode check = getJson("/api/v1/plans/" + planId + "/budget/check");
		assertThat(check.findValuesAsString("code")).contains("rule-roi-floor");

		assertThat(evaluate(planId).get("raised").asInt()).isEqualTo(1);
		this.mvc.perform(get("/api/v1/plans/" + planId + "/alerts").with(viewer()).header("Accept-Language", "en"))
			.andExpect(jsonPath("$.items[0].rule").value("ROI_BELOW_FLOOR"))
			.andExpect(jsonPath("$.items[0].severity").value("CRITICAL"))
			.andExpect(jsonPath("$.items[0].message").value(containsString("below the ROI floor of 1.5")));

		// March: 12,000 against a monthly plan of 10,000 is 20 % over, past the 10 %
		// freeze
		created("/api/v1/plans/" + planId + "/budget/lines/" + plan[1] + "/spend",
				"{\"spentOn\": \"2063-03-05\", \"amount\": 12000}");
		JsonNode evaluation = evaluate(planId);
		assertThat(evaluation.get("raised").asInt()).isEqualTo(1);
		assertThat(evaluation.get("stillFiring").asInt()).isEqualTo(1);

		JsonNode planAlerts = getJson("/api/v1/plans/" + planId + "/alerts");
		assertThat(planAlerts.get("items").findValuesAsString("rule")).containsExactlyInAnyOrder("ROI_BELOW_FLOOR",
				"OVERSPEND");
		JsonNode portfolio = getJson("/api/v1/alerts?size=200");
		assertThat(portfolio.get("items").findValuesAsString("planTitle")).contains("Alerts 2063");
		this.mvc.perform(get("/plans").with(user("viewer").roles("VIEWER")).header("Accept-Language", "en"))
			.andExpect(content().string(containsString("Overspend")))
			.andExpect(content().string(containsString("Alerts 2063")));
		this.mvc.perform(get("/plans/" + planId).with(user("viewer").roles("VIEWER")).header("Accept-Language", "en"))
			.andExpect(content().string(containsString("Freeze the non-core channels")));
	}

	@Test
	void neverDuplicatesAnAlertAndRaisesItAgainOnlyAfterItWasResolved() throws Exception {
		long[] plan = storePlan("2064");
		long planId = plan[0];
		created("/api/v1/plans/" + planId + "/budget/lines/" + plan[1] + "/spend",
				"{\"spentOn\": \"2064-05-05\", \"amount\": 15000}");
		evaluate(planId);
		JsonNode again = evaluate(planId);
		assertThat(again.get("raised").asInt()).isZero();
		assertThat(again.get("stillFiring").asInt()).isEqualTo(1);
		JsonNode alert = getJson("/api/v1/plans/" + planId + "/alerts").get("items").get(0);
		long id = alert.get("id").asLong();
		String alerts = "/api/v1/plans/" + planId + "/alerts/" + id;

		this.mvc
			.perform(post(alerts + "/acknowledge").with(viewer())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\": 0}"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post(alerts + "/acknowledge").with(planner())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\": 7}"))
			.andExpect(status().isConflict());
		this.mvc
			.perform(
					post(alerts + "/acknowledge").with(planner()).contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("version"));
		long version = alert.get("version").asLong();
		this.mvc
			.perform(post(alerts + "/acknowledge").with(planner())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\": " + version + "}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ACKNOWLEDGED"))
			.andExpect(jsonPath("$.acknowledgedBy").value("planner"));
		this.mvc
			.perform(post(alerts + "/resolve").with(planner())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\": " + (version + 1) + ", \"note\": \"Paused the feed ads\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RESOLVED"))
			.andExpect(jsonPath("$.resolutionNote").value("Paused the feed ads"));
		this.mvc
			.perform(post(alerts + "/resolve").with(planner())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\": " + (version + 2) + "}"))
			.andExpect(status().isBadRequest());

		assertThat(evaluate(planId).get("raised").asInt()).isEqualTo(1);
		assertThat(getJson("/api/v1/plans/" + planId + "/alerts?status=RESOLVED").get("totalItems").asLong())
			.isEqualTo(1);
		assertThat(getJson("/api/v1/plans/" + planId + "/alerts").get("totalItems").asLong()).isEqualTo(1);
	}

	@Test
	void aPlannerAcknowledgesAndResolvesAnAlertOnThePortfolioAndReturnsThereButNowhereElse() throws Exception {
		long[] plan = storePlan("2060");
		long planId = plan[0];
		created("/api/v1/plans/" + planId + "/budget/lines/" + plan[1] + "/spend",
				"{\"spentOn\": \"2060-04-05\", \"amount\": 15000}");
		evaluate(planId);
		JsonNode alert = getJson("/api/v1/plans/" + planId + "/alerts").get("items").get(0);
		long id = alert.get("id").asLong();
		long version = alert.get("version").asLong();
		String actions = "/plans/" + planId + "/alerts/" + id;

		this.mvc.perform(get("/alerts").with(user("planner").roles("PLANNER")).header("Accept-Language", "en"))
			.andExpect(content().string(containsString("Alerts 2060")))
			.andExpect(content().string(containsString("action=\"" + actions + "/acknowledge\"")))
			.andExpect(content().string(containsString("name=\"back\" value=\"portfolio\"")));
		this.mvc.perform(get("/alerts").with(user("viewer").roles("VIEWER")).header("Accept-Language", "en"))
			.andExpect(content().string(containsString("Alerts 2060")))
			.andExpect(content().string(not(containsString(actions + "/acknowledge"))));

		this.mvc
			.perform(post(actions + "/acknowledge").with(user("planner").roles("PLANNER"))
				.with(csrf())
				.param("version", Long.toString(version))
				.param("back", "https://elsewhere.example"))
			.andExpect(redirectedUrl(actions.substring(0, actions.lastIndexOf('/'))));
		this.mvc
			.perform(post(actions + "/resolve").with(user("planner").roles("PLANNER"))
				.with(csrf())
				.param("version", Long.toString(version + 1))
				.param("note", "Froze the feed ads")
				.param("back", "portfolio"))
			.andExpect(redirectedUrl("/alerts"));

		this.mvc
			.perform(
					get("/alerts?status=RESOLVED").with(user("viewer").roles("VIEWER")).header("Accept-Language", "en"))
			.andExpect(content().string(containsString("Froze the feed ads")));
		assertThat(getJson("/api/v1/plans/" + planId + "/alerts/" + id).get("resolvedBy").asString())
			.isEqualTo("planner");
	}

	@Test
	void evaluatesThePlansAnImportConcernsAfterItCommitted() throws Exception {
		long[] plan = storePlan("2065");
		long planId = plan[0];
		created("/api/v1/plans/" + planId + "/budget/lines/" + plan[1] + "/spend",
				"{\"spentOn\": \"2065-01-20\", \"amount\": 20000}");
		assertThat(getJson("/api/v1/plans/" + planId + "/alerts").get("totalItems").asLong()).isZero();

		this.events.publishEvent(new MarketingDataImported(1, DataKind.LINE_SPEND, Set.of(planId),
				LocalDate.of(2065, 1, 20), LocalDate.of(2065, 1, 20), 1));

		assertThat(getJson("/api/v1/plans/" + planId + "/alerts").get("items").findValuesAsString("rule"))
			.containsExactly("OVERSPEND");
	}

	@Test
	void warnsOfAKpiPastItsWarningLineAndARiskIndicatorPastItsThreshold() throws Exception {
		long planId = storePlan("2066")[0];
		long kpi = created("/api/v1/plans/" + planId + "/kpis", """
				{"name": "Conversion rate", "unit": "%", "direction": "HIGHER_IS_BETTER", "targetType": "AT_LEAST",
				 "baseline": 2.5, "target": 3.5}
				""");
		created("/api/v1/plans/" + planId + "/kpis/" + kpi + "/measurements",
				"{\"periodStart\": \"2066-03-01\", \"periodEnd\": \"2066-03-31\", \"value\": 2.1}");
		created("/api/v1/plans/" + planId + "/risks", """
				{"category": "Operations", "title": "Checkout friction",
				 "triggers": [{"kpiId": %d, "condition": "BELOW", "value": 2.2}]}
				""".formatted(kpi));

		evaluate(planId);

		JsonNode items = getJson("/api/v1/plans/" + planId + "/alerts").get("items");
		assertThat(items.findValuesAsString("rule")).containsExactlyInAnyOrder("KPI_PAST_WARNING_LINE",
				"RISK_INDICATOR_PAST_THRESHOLD");
		assertThat(items.findValuesAsString("message"))
			.anySatisfy((message) -> assertThat(message).contains("Conversion rate").contains("2.1").contains("2.5"));
	}

	@Test
	void warnsOfAChangeOverThePeriodOnlyWhenTheKpiMovedBeyondItsLineInThatPeriod() throws Exception {
		long planId = storePlan("2074")[0];
		long price = created("/api/v1/plans/" + planId + "/kpis", """
				{"name": "Core price", "unit": "CNY", "direction": "HIGHER_IS_BETTER", "targetType": "AT_LEAST",
				 "baseline": 90, "target": 100}
				""");
		long bounce = created("/api/v1/plans/" + planId + "/kpis", """
				{"name": "Bounce rate", "unit": "%", "direction": "LOWER_IS_BETTER", "targetType": "AT_MOST",
				 "baseline": 70, "target": 50}
				""");
		// price: 100 at the end of the week before, 94 a week later (−6 %); a drift of
		// 108 → 100 in between is older than the 7-day period and does not count
		measure(planId, price, "2074-02-22", 108);
		measure(planId, price, "2074-03-01", 100);
		measure(planId, price, "2074-03-08", 94);
		// bounce: 60 → 62 in the same week (+3.3 %), under its 5 % line
		measure(planId, bounce, "2074-03-01", 60);
		measure(planId, bounce, "2074-03-08", 62);
		created("/api/v1/plans/" + planId + "/risks", """
				{"category": "Market", "title": "Price war",
				 "triggers": [{"kpiId": %d, "condition": "CHANGE_BEYOND", "value": 5, "periodDays": 7},
				              {"kpiId": %d, "condition": "CHANGE_BEYOND", "value": 5, "periodDays": 7}]}
				""".formatted(price, bounce));

		assertThat(evaluate(planId).get("raised").asInt()).isEqualTo(1);
		assertThat(evaluate(planId).get("raised").asInt()).isZero();

		JsonNode items = getJson("/api/v1/plans/" + planId + "/alerts").get("items");
		assertThat(items).hasSize(1);
		assertThat(items.get(0).get("rule").asString()).isEqualTo("RISK_INDICATOR_PAST_THRESHOLD");
		assertThat(items.get(0).get("message").asString()).contains("Price war")
			.contains("Core price")
			.contains("-6.0%")
			.contains("from 100 to 94")
			.contains("in 7 days")
			.contains("5.0%");
	}

	@Test
	void aReturnUnderItsFloorReadsAsTheNumberItIsNotAsALongQuotient() throws Exception {
		long planId = storePlan("2076")[0];
		new MarketingDataFixture(this.dataSource).channelActuals("""
				date,channel,spend,impressions,clicks,visits,orders,new_customers,revenue
				2076-03-01,douyin,30000,,,,,,34499.99
				""");
		evaluate(planId);
		JsonNode items = getJson("/api/v1/plans/" + planId + "/alerts").get("items");
		assertThat(items.findValuesAsString("message"))
			.anySatisfy((message) -> assertThat(message).contains("1.1499").contains("1.5").doesNotContain("1.14999"));
		this.mvc
			.perform(get("/plans/" + planId + "/alerts").with(user("planner").roles("PLANNER")).param("lang", "zh_CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("1.1499")))
			.andExpect(content().string(not(containsString("1.14999"))));
	}

	private void measure(long planId, long kpiId, String day, int value) throws Exception {
		created("/api/v1/plans/" + planId + "/kpis/" + kpiId + "/measurements",
				"{\"periodStart\": \"%s\", \"periodEnd\": \"%s\", \"value\": %d}".formatted(day, day, value));
	}

	@Test
	void theAlertsOfAMembersOnlyPlanAreListedOnlyForThoseWhoMayReadIt() throws Exception {
		long planId = storePlan("2068")[0];
		long kpi = created("/api/v1/plans/" + planId + "/kpis", """
				{"name": "Members-only conversion", "unit": "%", "direction": "HIGHER_IS_BETTER",
				 "targetType": "AT_LEAST", "baseline": 2.5, "target": 3.5}
				""");
		created("/api/v1/plans/" + planId + "/kpis/" + kpi + "/measurements",
				"{\"periodStart\": \"2068-03-01\", \"periodEnd\": \"2068-03-31\", \"value\": 2.1}");
		evaluate(planId);
		long version = getJson("/api/v1/plans/" + planId).get("version").asLong();
		this.mvc
			.perform(put("/api/v1/plans/" + planId + "/visibility").with(planner())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"visibility\": \"MEMBERS\", \"version\": " + version + "}"))
			.andExpect(status().isOk());
		this.users.other("alerts-outsider", Role.PLANNER);

		assertThat(getJson("/api/v1/alerts?size=200").get("items").findValues("planId"))
			.anyMatch((id) -> id.asLong() == planId);
		String outsiders = this.mvc
			.perform(get("/api/v1/alerts?size=200").with(httpBasic("alerts-outsider", TestUsers.PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(this.json.readTree(outsiders).get("items").findValues("planId"))
			.noneMatch((id) -> id.asLong() == planId);
		this.mvc.perform(get("/alerts").with(user("alerts-outsider").roles("PLANNER")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Members-only conversion"))));
	}

	@Test
	void answers401And404ForTheAlertEndpoints() throws Exception {
		this.mvc.perform(get("/api/v1/alerts")).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/v1/plans/99999999/alerts").with(viewer())).andExpect(status().isNotFound());
		this.mvc.perform(post("/api/v1/plans/99999999/alerts/evaluate").with(planner()))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/api/v1/plans/99999999/alerts/evaluate").with(viewer()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/alerts?status=SLEEPING").with(viewer()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("status"));
		long planId = storePlan("2067")[0];
		this.mvc.perform(get("/api/v1/plans/" + planId + "/alerts/123456789").with(viewer()))
			.andExpect(status().isNotFound());
	}

}
