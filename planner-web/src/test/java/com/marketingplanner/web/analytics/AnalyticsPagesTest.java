package com.marketingplanner.web.analytics;

import javax.sql.DataSource;

import com.marketingplanner.domain.support.MarketingDataFixture;
import com.marketingplanner.web.support.PlannerWebTest;
import com.marketingplanner.web.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static com.marketingplanner.web.support.PageAs.viewer;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The analytics pages of a plan in both languages, over data of 2068 (a year no other
 * test uses): tables, "how computed" lines, when computed, and bad parameters shown on
 * the page.
 */
@PlannerWebTest
class AnalyticsPagesTest {

	private static long planId;

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
		String body = this.mvc
			.perform(post("/api/v1/plans").with(httpBasic("planner", TestUsers.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"title": "Pages 2068", "currency": "CNY", "language": "ZH", "totalBudget": 100000,
						 "periodStart": "2068-01-01", "periodEnd": "2068-12-31"}
						"""))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		planId = this.json.readTree(body).get("id").asLong();
		this.mvc
			.perform(post("/api/v1/plans/" + planId + "/budget/lines").with(httpBasic("planner", TestUsers.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"抖音信息流\", \"channelCode\": \"douyin\", \"plannedAmount\": 60000}"))
			.andExpect(status().isCreated());
		MarketingDataFixture data = new MarketingDataFixture(this.dataSource);
		data.touchpoints("""
				user_id,timestamp,channel,conversion_value
				a,2068-02-01T10:00:00Z,douyin,
				a,2068-02-02T10:00:00Z,wechat,120
				b,2068-02-03T10:00:00Z,douyin,80
				c,2068-02-03T10:00:00Z,wechat,
				""");
		data.events("""
				user_id,timestamp,event
				a,2068-02-01T10:00:00Z,view
				a,2068-02-01T11:00:00Z,pay
				b,2068-02-01T10:00:00Z,view
				""");
		data.channelActuals("""
				date,channel,spend,impressions,clicks,visits,orders,new_customers,revenue
				2068-02-01,douyin,3000,10000,500,200,20,10,9000
				""");
	}

	private String page(String part) {
		return "/plans/" + planId + "/analytics/" + part;
	}

	@Test
	void everyAnalyticsPageRendersItsTableHowAndWhenItWasComputedInBothLanguages() throws Exception {
		String[][] pages = { { "attribution", "Markov" }, { "funnel?steps=view,pay", "Cumulative rate" },
				{ "roi", "1:3.00" }, { "budget-board", "抖音信息流" }, { "optimiser", "Budget optimiser" },
				{ "forecast", "Not enough history" } };
		for (String[] page : pages) {
			this.mvc.perform(get(page(page[0])).with(viewer()).header("Accept-Language", "en"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(page[1])))
				.andExpect(content().string(containsString("How computed")))
				.andExpect(content().string(containsString("Computed at")))
				.andExpect(content().string(not(containsString("??"))));
			this.mvc.perform(get(page(page[0])).with(viewer()).param("lang", "zh_CN"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("计算方法")))
				.andExpect(content().string(containsString("计算于")))
				.andExpect(content().string(not(containsString("??"))));
		}
		this.mvc.perform(get(page("attribution")).with(viewer()).header("Accept-Language", "en"))
			.andExpect(content().string(containsString("Computed at")))
			.andExpect(content().string(containsString("From the stored touchpoints")));
	}

	@Test
	void showsABadParameterOnThePageInsteadOfAResult() throws Exception {
		this.mvc
			.perform(get(page("attribution")).with(viewer()).param("markovOrder", "9").header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The Markov order is 1 to 4, not 9")));
		this.mvc
			.perform(get(page("funnel")).with(viewer())
				.param("steps", "view")
				.param("window", "soon")
				.header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is not a duration like P14D or 14d")));
	}

	@Test
	void thePlanOverviewLinksTheAnalyticsPagesAndShowsItsAlerts() throws Exception {
		this.mvc.perform(get("/plans/" + planId).with(viewer()).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/plans/" + planId + "/analytics/budget-board")))
			.andExpect(content().string(containsString("plan-alerts")));
		this.mvc.perform(get("/plans/" + planId + "/alerts").with(viewer()).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No open alerts")));
	}

}
