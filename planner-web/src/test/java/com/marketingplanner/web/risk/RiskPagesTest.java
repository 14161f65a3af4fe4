package com.marketingplanner.web.risk;

import com.marketingplanner.web.support.PlannerWebTest;
import com.marketingplanner.web.support.TestUsers;
import com.marketingplanner.web.timeline.PlanParts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PlannerWebTest
class RiskPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	PlanParts parts;

	long planId;

	String page;

	@BeforeEach
	void setUp() throws Exception {
		this.users.ensureAll();
		this.parts = new PlanParts(this.mvc, this.json, this.jdbc);
		this.planId = this.parts.plan();
		this.page = "/plans/" + this.planId + "/risks";
	}

	private void add(String category, String title, String probability, String impact) throws Exception {
		this.mvc
			.perform(post(this.page).with(planner())
				.with(csrf())
				.param("category", category)
				.param("title", title)
				.param("probability", probability)
				.param("impact", impact)
				.param("strategy", "MITIGATE"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl(this.page))
			.andExpect(flash().attribute("flash", "flash.created"));
	}

	@Test
	void showsTheRegisterSortedByScoreWithTheHeatMap() throws Exception {
		add("市場", "Competitor strategy", "0.18", "3");
		add("技術", "Platform delay", "0.22", "4");
		add("合規", "Data privacy", "", "5");

		String html = this.mvc.perform(get(this.page).with(planner()).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).containsSubsequence("Platform delay", "0.88", "Competitor strategy", "0.54", "Data privacy",
				"not defined: no probability");
		assertThat(html).contains("1 risk(s) without probability or impact are not on the map.");
		assertThat(html).doesNotContain("??");
		this.mvc.perform(get(this.page).with(planner()).param("lang", "zh_CN"))
			.andExpect(content().string(containsString("风险登记册")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("??"))));
	}

	@Test
	void showsAProbabilityAboveOneNextToItsFieldAndSavesNothing() throws Exception {
		this.mvc
			.perform(post(this.page).with(planner())
				.with(csrf())
				.header("Accept-Language", "en")
				.param("category", "技術")
				.param("title", "Platform delay")
				.param("probability", "1.5"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("class=\"field invalid\"")))
			.andExpect(content().string(containsString("must be less than or equal to 1")));
		assertThat(this.parts.count("risk", this.planId)).isZero();
	}

	@Test
	void escalatesARiskWithItsButtonAndEditsIt() throws Exception {
		add("技術", "Platform delay", "0.22", "4");
		long id = this.jdbc.sql("select id from risk where plan_id = :planId")
			.param("planId", this.planId)
			.query(Long.class)
			.single();

		this.mvc
			.perform(post(this.page + "/" + id + "/status").with(planner())
				.with(csrf())
				.param("status", "MITIGATING")
				.param("version", "0"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get(this.page + "/" + id + "/edit").with(planner()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"Platform delay\"")));
		this.mvc
			.perform(post(this.page + "/" + id).with(planner())
				.with(csrf())
				.param("category", "技術")
				.param("title", "Platform delay (re-assessed)")
				.param("probability", "0.3")
				.param("impact", "4")
				.param("status", "CLOSED")
				.param("version", "1"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", "flash.saved"));
		assertThat(this.jdbc.sql("select status from risk where id = :id").param("id", id).query(String.class).single())
			.isEqualTo("CLOSED");
	}

	@Test
	void answersNotFoundForTheEditPageOfARiskOfAnotherPlan() throws Exception {
		add("技術", "Platform delay", "0.22", "4");
		long id = this.jdbc.sql("select id from risk where plan_id = :planId")
			.param("planId", this.planId)
			.query(Long.class)
			.single();
		long otherPlan = this.parts.plan();

		this.mvc.perform(get("/plans/" + otherPlan + "/risks/" + id + "/edit").with(planner()))
			.andExpect(status().isNotFound());
	}

	@Test
	void forbidsViewersToAddRisks() throws Exception {
		this.mvc
			.perform(post(this.page).with(user("viewer").roles("VIEWER"))
				.with(csrf())
				.param("category", "技術")
				.param("title", "x"))
			.andExpect(status().isForbidden());
		assertThat(this.parts.count("risk", this.planId)).isZero();
	}

	private static RequestPostProcessor planner() {
		return user("planner").roles("PLANNER");
	}

}
