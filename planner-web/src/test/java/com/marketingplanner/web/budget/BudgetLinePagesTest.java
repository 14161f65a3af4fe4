package com.marketingplanner.web.budget;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import com.marketingplanner.domain.budget.BudgetLine;
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
 * A plan with more lines than one page of the line table: the table is paged in tree
 * order, the totals and the forms' choices cover every line, and editing a line opens the
 * page that holds it.
 */
@PlannerWebTest
class BudgetLinePagesTest {

	private static final Pattern ROW = Pattern.compile("<tr id=\"line-\\d+\">");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	PlanService plans;

	@Autowired
	BudgetService budget;

	@Test
	void theLineTableShowsTwoHundredFiftyLinesAPageAndTheTotalsCoverAll() throws Exception {
		this.users.ensureAll();
		Plan plan = this.plans.create(new PlanCommand("Many lines", null, null, "CNY", LocalDate.of(2074, 1, 1),
				LocalDate.of(2074, 12, 31), null, null), "planner");
		int count = BudgetPageController.LINES_PER_PAGE + 3;
		BudgetLine last = null;
		for (int i = 1; i <= count; i++) {
			last = this.budget
				.addLine(plan.getId(),
						new BudgetLineCommand(null, i, "Line " + i, null, null, null, null, BigDecimal.valueOf(100),
								null, null, List.of(), null))
				.value();
		}

		String first = page("/plans/" + plan.getId() + "/budget");
		assertThat(ROW.matcher(first).results().count()).isEqualTo(BudgetPageController.LINES_PER_PAGE);
		assertThat(first).contains("Lines 1–250 of 253").contains("CNY 25,300").contains(">Line 250<");
		assertThat(first).doesNotContain(">Line 251</a>");
		// the forms choose among every line: the list is written once, in a template
		assertThat(Pattern.compile("<option value=\"\\d+\">Line \\d+</option>").matcher(first).results().count())
			.isEqualTo(count);

		String second = page("/plans/" + plan.getId() + "/budget?lines=2");
		assertThat(ROW.matcher(second).results().count()).isEqualTo(3);
		assertThat(second).contains("Lines 251–253 of 253").contains(">Line 253<");
		assertThat(page("/plans/" + plan.getId() + "/budget?lines=99")).contains("Lines 251–253 of 253");

		String editing = page("/plans/" + plan.getId() + "/budget/lines/" + last.getId() + "/edit");
		assertThat(editing).contains("Lines 251–253 of 253").contains("id=\"line-" + last.getId() + "\"");
	}

	private String page(String path) throws Exception {
		return this.mvc.perform(get(path).header("Accept-Language", "en").with(user("planner").roles("PLANNER")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
