package com.marketingplanner.web.organisation;

import com.marketingplanner.domain.template.PlansFromTemplates;
import com.marketingplanner.web.support.PlannerWebTest;
import com.marketingplanner.web.support.TestUsers;
import com.marketingplanner.web.timeline.PlanParts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static com.marketingplanner.web.support.PageAs.planner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The organisation page: seed 002 in Chinese, forms with their errors, read-only viewers.
 */
@PlannerWebTest
class OrganisationPageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	PlansFromTemplates templates;

	@Autowired
	PlanParts parts;

	@BeforeEach
	void setUp() {
		this.users.ensureAll();
	}

	@Test
	void showsPlan002sTeamsVendorsAndCostsOutsideTheBudgetInChinese() throws Exception {
		long planId = this.templates.create("seed-002", "planner", null, null);

		this.mvc.perform(get("/plans/" + planId + "/organisation").with(planner()).param("lang", "zh_CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("组织与资源")))
			.andExpect(content().string(containsString("8.1节5个职能小组")))
			.andExpect(content().string(containsString("15—20")))
			.andExpect(content().string(containsString("1 名组长 + 2—3 名专员")))
			.andExpect(content().string(containsString("/月")))
			.andExpect(content().string(containsString("预算之外另有")))
			.andExpect(content().string(containsString("驻场KOL合作费")))
			.andExpect(content().string(containsString("按服务商费用：¥5万/月")))
			.andExpect(content().string(containsString("id=\"cost-dialog\"")))
			.andExpect(content().string(not(containsString("??"))));
	}

	@Test
	void addsATeamUnitAndShowsAReversedRangeNextToItsField() throws Exception {
		long planId = this.parts.plan();
		String page = "/plans/" + planId + "/organisation";

		this.mvc
			.perform(post(page + "/team-units").with(planner())
				.with(csrf())
				.header("Accept-Language", "en")
				.param("name", "核心团队")
				.param("headcountMin", "80")
				.param("headcountMax", "50"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("class=\"field invalid\"")))
			.andExpect(content().string(containsString("cannot be below the minimum")));
		assertThat(this.parts.count("team_unit", planId)).isZero();

		this.mvc
			.perform(post(page + "/team-units").with(planner())
				.with(csrf())
				.param("name", "核心团队")
				.param("headcountMin", "50")
				.param("headcountMax", "80"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post(page + "/partners").with(planner())
				.with(csrf())
				.param("kind", "VENDOR")
				.param("name", "电商咨询公司")
				.param("fee", "300000")
				.param("feeBasis", "PER_YEAR"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get(page).with(planner()).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("50–80")))
			.andExpect(content().string(containsString("per year")));
	}

	@Test
	void viewersSeeTheOrganisationButCannotChangeIt() throws Exception {
		long planId = this.templates.create("seed-000", "planner", null, null);
		String page = "/plans/" + planId + "/organisation";

		this.mvc.perform(get(page).with(user("viewer").roles("VIEWER")).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("SAS")))
			.andExpect(content().string(containsString("≤ 5% of the budget")))
			.andExpect(content().string(not(containsString("unit-dialog"))));
		this.mvc
			.perform(post(page + "/team-units").with(user("viewer").roles("VIEWER")).with(csrf()).param("name", "x"))
			.andExpect(status().isForbidden());
	}

}
