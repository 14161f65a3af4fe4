package com.marketingplanner.web.campaign;

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
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PlannerWebTest
class CampaignApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	PlanParts parts;

	long planId;

	@BeforeEach
	void setUp() throws Exception {
		this.users.ensureAll();
		this.planId = this.parts.plan();
	}

	private String campaigns() {
		return "/api/v1/plans/" + this.planId + "/campaigns";
	}

	private long create(String body) throws Exception {
		return this.parts.id(this.mvc
			.perform(post(campaigns()).with(planner()).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	@Test
	void createsACampaignWithChannelsBudgetLineAndKpis() throws Exception {
		long line = this.parts.budgetLine(this.planId, "抖音 ads");
		long gmv = this.parts.kpi(this.planId, "GMV");

		this.mvc.perform(post(campaigns()).with(planner()).contentType(MediaType.APPLICATION_JSON).content("""
				{"name": "雙11大促", "channels": ["tmall", "douyin"], "startDate": "2026-11-01",
				 "endDate": "2026-11-11", "budgetLineId": %d, "kpiIds": [%d]}
				""".formatted(line, gmv)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.channels").value(contains("douyin", "tmall")))
			.andExpect(jsonPath("$.budgetLineId").value(line))
			.andExpect(jsonPath("$.kpiIds[0]").value(gmv))
			.andExpect(jsonPath("$.version").value(0));
	}

	@Test
	void rejectsEndBeforeStartAndBlankNameNamingBothFieldsAndWritesNothing() throws Exception {
		this.mvc.perform(post(campaigns()).with(planner()).contentType(MediaType.APPLICATION_JSON).content("""
				{"name": "", "channels": ["douyin"], "startDate": "2026-11-11", "endDate": "2026-11-01"}
				"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("name", "endDate")));
		assertThat(this.parts.count("campaign", this.planId)).isZero();
	}

	@Test
	void rejectsAnUnknownChannelOnTheChannelsFieldAndWritesNothing() throws Exception {
		this.mvc.perform(post(campaigns()).with(planner()).contentType(MediaType.APPLICATION_JSON).content("""
				{"name": "雙11大促", "channels": ["douyin", "myspace"], "startDate": "2026-11-01",
				 "endDate": "2026-11-11"}
				"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("channels"))
			.andExpect(jsonPath("$.code").value("error.channel.unknown"));
		assertThat(this.parts.count("campaign", this.planId)).isZero();
	}

	@Test
	void rejectsABudgetLineOfAnotherPlan() throws Exception {
		long foreignLine = this.parts.budgetLine(this.parts.plan(), "Elsewhere");

		this.mvc.perform(post(campaigns()).with(planner()).contentType(MediaType.APPLICATION_JSON).content("""
				{"name": "雙11大促", "startDate": "2026-11-01", "endDate": "2026-11-11", "budgetLineId": %d}
				""".formatted(foreignLine)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("budgetLineId"));
		assertThat(this.parts.count("campaign", this.planId)).isZero();
	}

	@Test
	void filtersByChannelAndByTheDayTheyRun() throws Exception {
		create("""
				{"name": "618", "channels": ["tmall", "jd"], "startDate": "2026-06-01", "endDate": "2026-06-18"}
				""");
		create("""
				{"name": "雙11", "channels": ["tmall", "douyin"], "startDate": "2026-11-01", "endDate": "2026-11-11"}
				""");

		this.mvc.perform(get(campaigns()).with(viewer()))
			.andExpect(jsonPath("$.items[*].name").value(contains("618", "雙11")));
		this.mvc.perform(get(campaigns() + "?channel=douyin").with(viewer()))
			.andExpect(jsonPath("$.items[*].name").value(contains("雙11")));
		this.mvc.perform(get(campaigns() + "?activeOn=2026-06-18").with(viewer()))
			.andExpect(jsonPath("$.items[*].name").value(contains("618")));
		this.mvc.perform(get(campaigns() + "?channel=myspace").with(viewer()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("channel"));
	}

	@Test
	void refusesAStaleEditAndAnswersNotFoundForACampaignOfAnotherPlan() throws Exception {
		long id = create("""
				{"name": "618", "startDate": "2026-06-01", "endDate": "2026-06-18"}
				""");
		String edit = """
				{"name": "%s", "startDate": "2026-06-01", "endDate": "2026-06-20", "version": 0}
				""";
		this.mvc
			.perform(put(campaigns() + "/" + id).with(planner())
				.contentType(MediaType.APPLICATION_JSON)
				.content(edit.formatted("618 extended")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1));
		this.mvc
			.perform(put(campaigns() + "/" + id).with(planner())
				.contentType(MediaType.APPLICATION_JSON)
				.content(edit.formatted("Stale")))
			.andExpect(status().isConflict());

		long otherPlan = this.parts.plan();
		this.mvc.perform(get("/api/v1/plans/" + otherPlan + "/campaigns/" + id).with(viewer()))
			.andExpect(status().isNotFound());
		this.mvc.perform(delete("/api/v1/plans/" + otherPlan + "/campaigns/" + id + "?version=1").with(planner()))
			.andExpect(status().isNotFound());
	}

	@Test
	void forbidsViewersToWrite() throws Exception {
		this.mvc.perform(post(campaigns()).with(viewer()).contentType(MediaType.APPLICATION_JSON).content("""
				{"name": "618", "startDate": "2026-06-01", "endDate": "2026-06-18"}
				""")).andExpect(status().isForbidden());
		assertThat(this.parts.count("campaign", this.planId)).isZero();
	}

}
