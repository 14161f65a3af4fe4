package com.marketingplanner.web.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.marketingplanner.domain.budget.BudgetLineCommand;
import com.marketingplanner.domain.budget.BudgetService;
import com.marketingplanner.domain.plan.Plan;
import com.marketingplanner.domain.plan.PlanCommand;
import com.marketingplanner.domain.plan.PlanService;
import com.marketingplanner.web.support.PlannerWebTest;
import com.marketingplanner.web.support.TestUsers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The portfolio's totals cover every plan that matches the filters, not only the 20 plans
 * of the page shown.
 */
@PlannerWebTest
class PortfolioTotalsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	PlanService plans;

	@Autowired
	BudgetService budgets;

	@Test
	void theTotalsAddUpEveryMatchingPlanOnEveryPage() throws Exception {
		this.users.ensureAll();
		// 23 plans of 1,000 each in 1975 (listed after every other test's plans), one of
		// them with a 400 line; one in USD (never added to
		// CNY)
		for (int i = 0; i < 23; i++) {
			Plan plan = this.plans.create(
					new PlanCommand("Totals probe " + i, null, null, (i == 22) ? "USD" : "CNY",
							LocalDate.of(1975, 1, 1), LocalDate.of(1975, 12, 31), new BigDecimal("1000"), null),
					"planner");
			if (i == 5) {
				this.budgets.addLine(plan.getId(), new BudgetLineCommand(null, null, "Probe line", null, null, null,
						null, new BigDecimal("400"), null, null, List.of(), null));
			}
		}
		for (int page = 0; page < 2; page++) {
			String html = this.mvc
				.perform(get("/plans").param("q", "Totals probe")
					.param("page", String.valueOf(page))
					.header("Accept-Language", "en")
					.with(user("viewer").roles("VIEWER")))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(html).contains("Totals of all 22 matching plans (CNY)")
				.contains("Totals of the one matching plan (USD)")
				.contains("CNY 22,000")
				.contains("CNY 400")
				.contains("USD 1,000");
		}
		String filtered = this.mvc
			.perform(get("/plans").param("q", "Totals probe 1")
				.header("Accept-Language", "en")
				.with(user("viewer").roles("VIEWER")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		// "Totals probe 1", "… 10" … "… 19": 11 plans
		assertThat(filtered).contains("Totals of all 11 matching plans (CNY)").contains("CNY 11,000");
	}

}
