package com.marketingplanner.web.chart;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.marketingplanner.domain.budget.BudgetLineCommand;
import com.marketingplanner.domain.budget.BudgetService;
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
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The numbers a chart draws are the numbers of the REST API (and of the page's tables).
 */
@PlannerWebTest
class ChartNumbersTest {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	PlanService plans;

	@Autowired
	BudgetService budget;

	@BeforeEach
	void users() {
		this.users.ensureAll();
	}

	@Test
	void theBudgetSplitChartDrawsTheChannelTotalsOfTheBudgetCheck() throws Exception {
		Plan plan = this.plans.create(new PlanCommand("Chart numbers", null, null, "CNY", LocalDate.of(2026, 1, 1),
				LocalDate.of(2026, 12, 31), new BigDecimal("1000000"), null), "planner");
		line(plan, "Douyin ads", "douyin", "300000.50");
		line(plan, "Tmall store", "tmall", "450000");
		line(plan, "Douyin live", "douyin", "100000");

		String page = this.mvc.perform(get("/plans/" + plan.getId() + "/budget").with(user("viewer").roles("VIEWER")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		JsonNode chart = JSON.readTree(dataBlock(page, "budget-split-data"));
		List<BigDecimal> drawn = new ArrayList<>();
		chart.get("series").get(0).get("data").forEach((datum) -> drawn.add(datum.get("value").decimalValue()));

		String check = this.mvc
			.perform(get("/api/v1/plans/" + plan.getId() + "/budget/check")
				.with(httpBasic("viewer", TestUsers.PASSWORD)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<BigDecimal> api = new ArrayList<>();
		JSON.readTree(check).get("channels").forEach((channel) -> api.add(channel.get("amount").decimalValue()));

		assertThat(drawn).usingElementComparator(BigDecimal::compareTo).containsExactlyElementsOf(api);
		assertThat(drawn).usingElementComparator(BigDecimal::compareTo)
			.containsExactlyInAnyOrder(new BigDecimal("400000.50"), new BigDecimal("450000"));
		assertThat(page).contains("id=\"budget-split-table\"");
	}

	private void line(Plan plan, String name, String channel, String amount) {
		this.budget.addLine(plan.getId(), new BudgetLineCommand(null, null, name, null, channel, null, null,
				new BigDecimal(amount), null, null, List.of(), null));
	}

	private static String dataBlock(String html, String id) {
		Matcher matcher = Pattern
			.compile("<script type=\"application/json\" id=\"" + id + "\">(.*?)</script>", Pattern.DOTALL)
			.matcher(html);
		assertThat(matcher.find()).as("data block " + id).isTrue();
		return matcher.group(1);
	}

}
