package com.marketingplanner.web.organisation;

import com.marketingplanner.domain.template.PlansFromTemplates;
import com.marketingplanner.web.support.PlannerWebTest;
import com.marketingplanner.web.support.TestUsers;
import com.marketingplanner.web.timeline.PlanParts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static com.marketingplanner.web.support.ApiAs.planner;
import static com.marketingplanner.web.support.ApiAs.viewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The organisation REST API: team units, partners and vendors, costs outside the budget.
 */
@PlannerWebTest
class OrganisationApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	PlansFromTemplates templates;

	@Autowired
	PlanParts parts;

	long planId;

	@BeforeEach
	void setUp() throws Exception {
		this.users.ensureAll();
		this.planId = this.parts.plan();
	}

	private String base() {
		return "/api/v1/plans/" + this.planId + "/organisation";
	}

	@Test
	void addsAVendorWithAMonthlyFeeAndACostOutsideTheBudgetPaidToIt() throws Exception {
		String vendor = this.mvc
			.perform(post(base() + "/partners").with(planner()).contentType(MediaType.APPLICATION_JSON).content("""
					{"kind": "VENDOR", "name": "MCN机构", "count": 1, "service": "小红书矩阵运营",
					 "fee": 50000, "feeBasis": "PER_MONTH"}"""))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", org.hamcrest.Matchers.containsString("/organisation/partners/")))
			.andExpect(jsonPath("$.fee").value(50000.00))
			.andExpect(jsonPath("$.feeBasis").value("PER_MONTH"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long vendorId = this.parts.id(vendor);

		this.mvc.perform(
				post(base() + "/off-budget-costs").with(planner()).contentType(MediaType.APPLICATION_JSON).content("""
						{"name": "MCN机构服务费", "partnerId": %d, "reason": "未列入500万元预算"}""".formatted(vendorId)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.partnerId").value(vendorId))
			.andExpect(jsonPath("$.amount").isEmpty());
		this.mvc
			.perform(post(base() + "/team-units").with(planner()).contentType(MediaType.APPLICATION_JSON).content("""
					{"name": "策略规划组", "scheme": "8.1节", "leads": 1, "specialistsMin": 2, "specialistsMax": 3}"""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.fewestPeople").value(3))
			.andExpect(jsonPath("$.mostPeople").value(4));

		this.mvc.perform(get(base()).with(viewer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.staffing[0].scheme").value("8.1节"))
			.andExpect(jsonPath("$.staffing[0].most").value(4))
			.andExpect(jsonPath("$.partners[0].name").value("MCN机构"))
			.andExpect(jsonPath("$.offBudgetCosts[0].name").value("MCN机构服务费"));
		this.mvc.perform(get("/api/v1/plans/" + this.planId + "/budget/check").with(viewer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.warnings[*].code", hasItem("off-budget-costs")));
	}

	@Test
	void refusesBadInputWithProblemDetailsAndChangesNothing() throws Exception {
		this.mvc
			.perform(post(base() + "/team-units").with(planner()).contentType(MediaType.APPLICATION_JSON).content("""
					{"name": "核心团队", "headcountMin": 80, "headcountMax": 50}"""))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.errors[0].field").value("headcountMax"));
		this.mvc.perform(post(base() + "/partners").with(planner()).contentType(MediaType.APPLICATION_JSON).content("""
				{"kind": "PARTNER", "name": "核心供应商", "count": 100, "fee": 1000, "feeBasis": "FIXED"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("kind"));
		this.mvc.perform(post(base() + "/partners").with(planner()).contentType(MediaType.APPLICATION_JSON).content("""
				{"kind": "VENDOR", "name": "", "feeCapShare": 120}""")).andExpect(status().isBadRequest());
		this.mvc.perform(
				post(base() + "/off-budget-costs").with(planner()).contentType(MediaType.APPLICATION_JSON).content("""
						{"name": "驻场KOL", "amount": 12000, "basis": "PER_UNIT"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("basis"));
		assertThat(this.parts.count("team_unit", this.planId)).isZero();
		assertThat(this.parts.count("plan_partner", this.planId)).isZero();
		assertThat(this.parts.count("off_budget_cost", this.planId)).isZero();
	}

	@Test
	void answersUnauthorisedForbiddenNotFoundAndConflict() throws Exception {
		String unit = """
				{"name": "数据团队", "headcountMin": 2, "headcountMax": 3}""";
		this.mvc.perform(get(base()).contentType(MediaType.APPLICATION_JSON)).andExpect(status().isUnauthorized());
		this.mvc
			.perform(post(base() + "/team-units").with(viewer()).contentType(MediaType.APPLICATION_JSON).content(unit))
			.andExpect(status().isForbidden());
		long unitId = this.parts.id(this.mvc
			.perform(post(base() + "/team-units").with(planner()).contentType(MediaType.APPLICATION_JSON).content(unit))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString());
		long otherPlan = this.parts.plan();
		this.mvc.perform(get("/api/v1/plans/" + otherPlan + "/organisation/team-units/" + unitId).with(viewer()))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(put(base() + "/team-units/" + unitId).with(planner())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"name": "数据团队", "headcountMin": 2, "headcountMax": 4, "version": 7}"""))
			.andExpect(status().isConflict());
		this.mvc
			.perform(put(base() + "/team-units/" + unitId).with(planner())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"name": "数据团队", "headcountMin": 2, "headcountMax": 4, "version": 0}"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.headcountMax").value(4));
		this.mvc.perform(delete(base() + "/team-units/" + unitId + "?version=1").with(planner()))
			.andExpect(status().isNoContent());
		this.mvc.perform(get(base() + "/team-units/" + unitId).with(viewer())).andExpect(status().isNotFound());
	}

	@Test
	void listsTheTemplatePlansOrganisationAndFlagsItsCostsOutsideTheBudget() throws Exception {
		long plan002 = this.templates.create("seed-002", "planner", null, null);

		this.mvc.perform(get("/api/v1/plans/" + plan002 + "/organisation/partners?size=20").with(viewer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(13))
			.andExpect(jsonPath("$.items[0].feeBasis").value("PER_MONTH"));
		this.mvc.perform(get("/api/v1/plans/" + plan002 + "/budget/check").with(viewer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.warnings[*].code", hasItem("off-budget-over-total")))
			.andExpect(jsonPath("$.warnings[*].code", hasItem("off-budget-unknown")));
	}

}
