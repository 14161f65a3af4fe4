package com.marketingplanner.web.cadence;

import java.util.Locale;

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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static com.marketingplanner.web.support.ApiAs.planner;
import static com.marketingplanner.web.support.ApiAs.viewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The weekly effect report (营销效果周报): the same numbers as the analytics and KPI endpoints
 * for the same days, the week's share of the budget, the alerts of the week, a bad or
 * outside week refused naming {@code week}; and the rhythm's pages in Chinese. The data
 * lie in 2071, a year no other test uses.
 */
@PlannerWebTest
class WeeklyReportTest {

	private static boolean loaded;

	private static long planId;

	private static long kpiId;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@BeforeEach
	void loadOnce() throws Exception {
		this.users.ensureAll();
		if (loaded) {
			return;
		}
		planId = id(this.mvc
			.perform(post("/api/v1/plans").with(planner()).contentType(MediaType.APPLICATION_JSON).content("""
					{"title": "2071 周报方案", "currency": "CNY", "language": "ZH", "periodStart": "2071-01-01",
					 "periodEnd": "2071-12-31", "totalBudget": 520000}
					"""))
			.andExpect(status().isCreated()));
		// 2071-W11 is 03-09 … 03-15; the week before 03-02 … 03-08
		new MarketingDataFixture(this.dataSource).channelActuals("""
				date,channel,spend,impressions,clicks,visits,orders,new_customers,revenue
				2071-03-10,douyin,1000,50000,2000,900,60,40,3000
				2071-03-12,douyin,500,20000,700,300,20,10,1200
				2071-03-11,xiaohongshu,400,9000,300,150,10,8,500
				2071-03-03,wechat,300,8000,200,90,9,5,900
				""");
		kpiId = id(this.mvc
			.perform(post("/api/v1/plans/" + planId + "/kpis").with(planner())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"name": "核心品类转化率", "unit": "%", "direction": "HIGHER_IS_BETTER", "targetType": "AT_LEAST",
						 "target": 5.2}
						"""))
			.andExpect(status().isCreated()));
		measure("2071-03-01", "2071-03-07", "4.0");
		measure("2071-03-08", "2071-03-14", "4.8");
		alert("2071-03-11T10:00:00Z", "Overspend in week 11");
		alert("2071-03-05T10:00:00Z", "Overspend in week 10");
		this.mvc
			.perform(post("/api/v1/plans/" + planId + "/cadence").with(planner())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"name": "营销效果周报", "kind": "REPORT", "frequency": "WEEKLY", "metricCount": 30,
						 "owner": "数据团队"}
						"""))
			.andExpect(status().isCreated());
		loaded = true;
	}

	private void measure(String start, String end, String value) throws Exception {
		this.mvc
			.perform(post("/api/v1/plans/" + planId + "/kpis/" + kpiId + "/measurements").with(planner())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"periodStart": "%s", "periodEnd": "%s", "value": %s}
						""".formatted(start, end, value)))
			.andExpect(status().isCreated());
	}

	private void alert(String raisedAt, String message) {
		this.jdbc.sql("""
				insert into alert (plan_id, rule, subject_key, severity, status, message_key, subject, message,
				                   raised_at, last_seen_at)
				values (:planId, 'OVERSPEND', :message, 'WARNING', 'OPEN', 'alert.weekly-test', '抖音', :message,
				        cast(:raisedAt as timestamptz), cast(:raisedAt as timestamptz))""")
			.param("planId", planId)
			.param("message", message)
			.param("raisedAt", raisedAt)
			.update();
	}

	private long id(org.springframework.test.web.servlet.ResultActions result) throws Exception {
		return this.json.readTree(result.andReturn().getResponse().getContentAsString()).get("id").asLong();
	}

	private JsonNode getJson(String path) throws Exception {
		return this.json.readTree(this.mvc.perform(get(path).with(viewer()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private static RequestPostProcessor pageViewer() {
		return user("viewer").roles("VIEWER");
	}

	private static JsonNode row(JsonNode rows, String channel) {
		for (JsonNode row : rows) {
			if (channel.equals(row.path("channel").asString(""))) {
				return row;
			}
		}
		throw new AssertionError("no row for " + channel + " in " + rows);
	}

	@Test
	void theWeeksNumbersAreThoseOfTheRoiAndKpiEndpointsForTheSameDays() throws Exception {
		JsonNode report = getJson("/api/v1/plans/" + planId + "/reports/weekly?week=2071-W11");
		JsonNode roi = getJson("/api/v1/plans/" + planId + "/analytics/roi");
		JsonNode kpi = getJson("/api/v1/plans/" + planId + "/kpis/" + kpiId);

		assertThat(report.get("days").get("start").asString()).isEqualTo("2071-03-09");
		assertThat(report.get("previousWeek").asString()).isEqualTo("2071-W10");
		for (String channel : new String[] { "douyin", "xiaohongshu" }) {
			JsonNode week = row(report.get("channels"), channel).get("thisWeek");
			JsonNode plan = row(roi.get("byChannel"), channel);
			for (String field : new String[] { "spend", "revenue", "roi", "orders", "newCustomers", "roasOneToX" }) {
				assertThat(week.get(field)).as(channel + " " + field).isEqualTo(plan.get(field));
			}
		}
		JsonNode wechat = row(report.get("channels"), "wechat");
		assertThat(wechat.get("thisWeek").isNull()).isTrue();
		assertThat(wechat.get("lastWeek").get("spend")).isEqualTo(row(roi.get("byChannel"), "wechat").get("spend"));
		assertThat(row(report.get("channels"), "douyin").get("thisWeek").get("roi").asDouble()).isEqualTo(1.8);

		JsonNode kpiRow = report.get("kpis").get(0);
		assertThat(kpiRow.get("value").decimalValue()).isEqualByComparingTo("4.8");
		assertThat(kpiRow.get("lastWeekValue").decimalValue()).isEqualByComparingTo("4.0");
		assertThat(kpiRow.get("change").decimalValue()).isEqualByComparingTo("0.8");
		assertThat(kpiRow.get("status").asString()).isEqualTo(kpi.get("status").asString());
		assertThat(kpiRow.get("attainment").asDouble()).isEqualTo(kpi.get("attainment").asDouble());
	}

	@Test
	void aWeekWithoutAMeasurementShowsEachKpisValueAsOfItsEndWithTheDateItWasMeasured() throws Exception {
		JsonNode report = getJson("/api/v1/plans/" + planId + "/reports/weekly?week=2071-W12");

		JsonNode kpiRow = report.get("kpis").get(0);
		assertThat(kpiRow.get("value").decimalValue()).isEqualByComparingTo("4.8");
		assertThat(kpiRow.get("periodEnd").asString()).isEqualTo("2071-03-14");
		assertThat(kpiRow.get("lastWeekValue").decimalValue()).isEqualByComparingTo("4.8");
		assertThat(kpiRow.get("change").decimalValue()).isEqualByComparingTo("0");
		assertThat(report.get("kpisNotMeasured").asInt()).isZero();
	}

	@Test
	void theBudgetComparesTheWeeksSpendWithItsShareAndTheAlertsAreThoseOfTheWeek() throws Exception {
		JsonNode report = getJson("/api/v1/plans/" + planId + "/reports/weekly?week=2071-W11");

		// 520 000 ÷ 12 months = 43 333.33 a month; March has 31 days: 7 × 43 333.33 ÷ 31
		assertThat(report.get("budget").get("weeklyShare").decimalValue()).isEqualByComparingTo("9784.95");
		assertThat(report.get("budget").get("spent").decimalValue()).isEqualByComparingTo("1900");
		assertThat(report.get("budget").get("lastWeekSpent").decimalValue()).isEqualByComparingTo("300");
		assertThat(report.get("budget").get("spentPercent").decimalValue()).isEqualByComparingTo("19.4");
		assertThat(report.get("alerts").findValuesAsString("message")).containsExactly("Overspend in week 11");
	}

	@Test
	void aBadWeekOrAWeekOutsideThePlanIsRefusedNamingTheParameter() throws Exception {
		for (String week : new String[] { "2071-11", "2071-W60", "2070-W40", "2072-W02" }) {
			this.mvc.perform(get("/api/v1/plans/" + planId + "/reports/weekly").param("week", week).with(viewer()))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.errors[*].field").value(hasItem("week")));
		}
		this.mvc.perform(get("/api/v1/plans/" + planId + "/reports/weekly")).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/v1/plans/999999999/reports/weekly").with(viewer())).andExpect(status().isNotFound());
		// the data lie in the future: the report opens on the plan's first week
		assertThat(getJson("/api/v1/plans/" + planId + "/reports/weekly").get("week").asString()).isEqualTo("2071-W01");
	}

	@Test
	void theReportAndTheRhythmReadInChineseAndLinkToEachOther() throws Exception {
		this.mvc
			.perform(get("/plans/" + planId + "/reports/weekly").param("week", "2071-W11")
				.with(pageViewer())
				.locale(Locale.SIMPLIFIED_CHINESE))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("营销效果周报 2071-W11")))
			.andExpect(content().string(containsString("核心品类转化率")))
			.andExpect(content().string(containsString("本周预算份额")))
			.andExpect(content().string(containsString("Overspend in week 11")))
			.andExpect(content().string(not(containsString("Overspend in week 10"))))
			.andExpect(content().string(not(containsString("??"))));
		this.mvc
			.perform(get("/plans/" + planId + "/reports/weekly").param("week", "2071-W99")
				.with(pageViewer())
				.locale(Locale.SIMPLIFIED_CHINESE))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("2071 年没有第 99 周")));
		this.mvc.perform(get("/plans/" + planId + "/cadence").with(pageViewer()).locale(Locale.SIMPLIFIED_CHINESE))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("会议与报告节奏")))
			.andExpect(content().string(containsString("30 项指标")))
			.andExpect(content().string(containsString("/plans/" + planId + "/reports/weekly")))
			.andExpect(content().string(not(containsString("??"))));
		this.mvc.perform(get("/plans/" + planId + "/timeline").with(pageViewer()).locale(Locale.SIMPLIFIED_CHINESE))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("会议与报告节奏")))
			.andExpect(content().string(containsString("2071-01-07")));
		this.mvc.perform(get("/plans/" + planId + "/calendar").with(pageViewer()).locale(Locale.SIMPLIFIED_CHINESE))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("会议与报告节奏")))
			.andExpect(content().string(containsString("/plans/" + planId + "/reports/weekly")));
	}

	@Test
	void theRhythmFormShowsABrokenRuleNextToItsFieldAndKeepsNothing() throws Exception {
		long before = this.jdbc.sql("select count(*) from plan_cadence where plan_id = :p")
			.param("p", planId)
			.query(Long.class)
			.single();
		this.mvc
			.perform(post("/plans/" + planId + "/cadence").with(user("planner").roles("PLANNER"))
				.with(csrf())
				.locale(Locale.SIMPLIFIED_CHINESE)
				.param("name", "每日站会")
				.param("kind", "MEETING")
				.param("frequency", "DAILY")
				.param("firstWeek", "5")
				.param("lastWeek", "2"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("结束周（2）早于开始周（5）。")));
		assertThat(this.jdbc.sql("select count(*) from plan_cadence where plan_id = :p")
			.param("p", planId)
			.query(Long.class)
			.single()).isEqualTo(before);
	}

}
