package com.marketingplanner.web.analytics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The charts of the analytics pages draw the numbers of the REST API (which are the
 * numbers of the pages' tables), each with its table view, over data of 2072 (a year no
 * other test uses).
 */
@PlannerWebTest
class AnalyticsChartsTest {

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
						{"title": "Charts 2072", "currency": "CNY", "language": "ZH", "totalBudget": 100000,
						 "periodStart": "2072-01-01", "periodEnd": "2072-12-31"}
						"""))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		planId = this.json.readTree(body).get("id").asLong();
		for (String line : List.of("{\"name\": \"抖音信息流\", \"channelCode\": \"douyin\", \"plannedAmount\": 60000}",
				"{\"name\": \"微信朋友圈\", \"channelCode\": \"wechat\", \"plannedAmount\": 20000}")) {
			this.mvc
				.perform(
						post("/api/v1/plans/" + planId + "/budget/lines").with(httpBasic("planner", TestUsers.PASSWORD))
							.contentType(MediaType.APPLICATION_JSON)
							.content(line))
				.andExpect(status().isCreated());
		}
		MarketingDataFixture data = new MarketingDataFixture(this.dataSource);
		data.touchpoints("""
				user_id,timestamp,channel,conversion_value
				a,2072-02-01T10:00:00Z,douyin,
				a,2072-02-02T10:00:00Z,wechat,120
				b,2072-02-03T10:00:00Z,douyin,80
				c,2072-02-03T10:00:00Z,wechat,
				d,2072-02-04T10:00:00Z,douyin,50
				""");
		data.events("""
				user_id,timestamp,event
				a,2072-02-01T10:00:00Z,view
				a,2072-02-01T11:00:00Z,cart
				a,2072-02-01T12:00:00Z,pay
				b,2072-02-01T10:00:00Z,view
				b,2072-02-01T10:30:00Z,cart
				c,2072-02-01T10:00:00Z,view
				d,2072-02-01T10:00:00Z,view
				""");
		data.channelActuals("""
				date,channel,spend,impressions,clicks,visits,orders,new_customers,revenue
				2072-02-01,douyin,3000,10000,500,200,20,10,9000
				2072-02-01,wechat,4000,8000,300,100,5,2,1000
				""");
	}

	@Test
	void theFunnelChartDrawsTheUsersAndDropOffOfEachStepWithTheBottleneckInRed() throws Exception {
		JsonNode chart = chart("funnel?steps=view,cart,pay", "funnel-chart");
		JsonNode api = api("funnel?steps=view,cart,pay");
		List<BigDecimal> users = new ArrayList<>();
		List<BigDecimal> dropOff = new ArrayList<>();
		api.get("steps").forEach((step) -> {
			users.add(step.get("users").decimalValue());
			dropOff.add(step.get("dropOff").decimalValue());
		});
		assertThat(values(chart, 0)).usingElementComparator(BigDecimal::compareTo).containsExactlyElementsOf(users);
		assertThat(values(chart, 1)).usingElementComparator(BigDecimal::compareTo).containsExactlyElementsOf(dropOff);
		assertThat(users).usingElementComparator(BigDecimal::compareTo)
			.containsExactly(BigDecimal.valueOf(4), BigDecimal.valueOf(2), BigDecimal.ONE);
		int bottleneck = api.get("bottleneck").asInt();
		assertThat(chart.get("series").get(0).get("data").get(bottleneck - 1).get("tone").asString()).isEqualTo("BAD");
		assertThat(chart.get("stacked").asBoolean()).isTrue();
	}

	@Test
	void theAttributionChartDrawsEachModelsCreditPerChannel() throws Exception {
		JsonNode chart = chart("attribution?models=first,last,linear", "attribution-chart");
		JsonNode api = api("attribution?models=first,last,linear");
		List<String> channels = new ArrayList<>();
		chart.get("categories").forEach((category) -> channels.add(category.asString()));
		assertThat(channels).containsExactly("douyin", "wechat");
		assertThat(chart.get("series")).hasSize(3);
		int series = 0;
		for (String model : List.of("first", "last", "linear")) {
			for (int c = 0; c < channels.size(); c++) {
				BigDecimal credited = BigDecimal.ZERO;
				for (JsonNode row : api.get("rows")) {
					if (row.get("model").asString().equals(model)
							&& row.get("channel").asString().equals(channels.get(c))) {
						credited = row.get("conversions").decimalValue();
					}
				}
				assertThat(values(chart, series).get(c)).as(model + " " + channels.get(c))
					.isEqualByComparingTo(credited);
			}
			series++;
		}
	}

	@Test
	void theRoiAndBudgetBoardChartsDrawTheApisFiguresInTheirLights() throws Exception {
		JsonNode roiChart = chart("roi", "roi-chart");
		JsonNode roi = api("roi");
		for (int i = 0; i < roi.get("byChannel").size(); i++) {
			JsonNode row = roi.get("byChannel").get(i);
			assertThat(roiChart.get("categories").get(i).asString()).isEqualTo(row.get("channel").asString());
			assertThat(values(roiChart, 0).get(i)).isEqualByComparingTo(row.get("roi").decimalValue());
		}
		// wechat: revenue 1,000 on spend 4,000 → ROI −0.75, drawn red
		int wechat = roi.get("byChannel").get(0).get("channel").asString().equals("wechat") ? 0 : 1;
		assertThat(values(roiChart, 0).get(wechat)).isEqualByComparingTo("-0.75");
		assertThat(roiChart.get("series").get(0).get("data").get(wechat).get("tone").asString()).isEqualTo("BAD");

		JsonNode boardChart = chart("budget-board", "board-chart");
		JsonNode board = api("budget-board");
		for (int i = 0; i < board.get("channels").size(); i++) {
			JsonNode channel = board.get("channels").get(i);
			JsonNode datum = boardChart.get("series").get(0).get("data").get(i);
			assertThat(datum.get("value").decimalValue())
				.isEqualByComparingTo(channel.get("used").decimalValue().multiply(BigDecimal.valueOf(100)));
			String expectedTone = switch (channel.get("status").asString()) {
				case "GREEN" -> "GOOD";
				case "AMBER" -> "WARNING";
				case "RED" -> "BAD";
				default -> "MUTED";
			};
			assertThat(datum.get("tone").asString()).isEqualTo(expectedTone);
		}
	}

	@Test
	void everyAnalyticsChartHasItsTableViewAndIsWordedInChinese() throws Exception {
		String[][] pages = { { "funnel?steps=view,cart,pay", "funnel-chart", "各步骤用户数与流失" },
				{ "funnel", "count-funnel-chart", "各阶段数量与流失" }, { "attribution", "attribution-chart", "各渠道获得的转化" },
				{ "roi", "roi-chart", "各渠道 ROI" }, { "budget-board", "board-chart", "各渠道预算使用率" } };
		for (String[] page : pages) {
			String html = html(page[0], "zh_CN");
			assertThat(html).as(page[0]).contains("id=\"" + page[1] + "-table\"").contains(page[2]);
			assertThat(html).as(page[0]).contains("aria-current=\"page\">分析</a>");
		}
	}

	@Test
	void theAnalyticsPagesWriteMoneyAsEveryOtherPageDoes() throws Exception {
		// douyin: revenue 9,000 on spend 3,000; wechat: 1,000 on 4,000
		assertThat(html("roi", "en")).contains("CNY 9,000")
			.contains("CNY 3,000")
			.doesNotContain(">CNY 9,000.00<")
			.doesNotContain(">9,000.00<");
		assertThat(html("roi", "zh_CN")).contains("¥9,000").contains("¥3,000");
		assertThat(html("budget-board", "zh_CN")).contains("¥6万").contains("¥2万");
	}

	private JsonNode chart(String page, String id) throws Exception {
		return this.json.readTree(dataBlock(html(page, "en"), id + "-data"));
	}

	private String html(String page, String language) throws Exception {
		return this.mvc
			.perform(get("/plans/" + planId + "/analytics/" + page).with(user("viewer").roles("VIEWER"))
				.param("lang", language))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private JsonNode api(String part) throws Exception {
		return this.json.readTree(this.mvc
			.perform(
					get("/api/v1/plans/" + planId + "/analytics/" + part).with(httpBasic("viewer", TestUsers.PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private static List<BigDecimal> values(JsonNode chart, int series) {
		List<BigDecimal> values = new ArrayList<>();
		chart.get("series")
			.get(series)
			.get("data")
			.forEach((datum) -> values.add(datum.get("value").isNull() ? null : datum.get("value").decimalValue()));
		return values;
	}

	private static String dataBlock(String html, String id) {
		Matcher matcher = Pattern
			.compile("<script type=\"application/json\" id=\"" + id + "\">(.*?)</script>", Pattern.DOTALL)
			.matcher(html);
		assertThat(matcher.find()).as("data block " + id).isTrue();
		return matcher.group(1);
	}

}
