package com.marketingplanner.web.campaign;

import com.marketingplanner.web.support.Api;
import com.marketingplanner.web.support.PlannerWebTest;
import com.marketingplanner.web.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A campaign marked high-risk needs its own approval before it is launched. */
@PlannerWebTest
class CampaignReviewApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	TestUsers users;

	@Autowired
	UserDetailsService accounts;

	Api api;

	long planId;

	long campaignId;

	@BeforeEach
	void activePlanWithAHighRiskCampaign() throws Exception {
		this.users.ensureAll();
		this.api = new Api(this.mvc, this.json, this.accounts);
		this.planId = this.api.plan("planner", "Campaign review plan");
		this.campaignId = this.api.ok(this.api.post("planner", campaigns(), """
				{"name": "明星直播", "startDate": "2026-11-01", "endDate": "2026-11-11",
				 "highRisk": true, "riskNote": "广告法：禁止绝对化用语"}
				""")).get("id").asLong();
		this.api.ok(this.api.move("planner", this.planId, "IN_REVIEW", null));
		this.api.ok(this.api.move("approver", this.planId, "APPROVED", null));
		this.api.ok(this.api.move("planner", this.planId, "ACTIVE", null));
	}

	@Test
	void aHighRiskCampaignIsLaunchedOnlyAfterAnApproverWhoDidNotWriteThePlanApprovesIt() throws Exception {
		this.api.get("viewer", campaign())
			.andExpect(jsonPath("$.highRisk").value(true))
			.andExpect(jsonPath("$.riskNote").value("广告法：禁止绝对化用语"))
			.andExpect(jsonPath("$.status").value("PLANNED"));
		move("planner", "ACTIVE", 0).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("error.campaign.approval-required"));

		move("planner", "IN_REVIEW", 0).andExpect(status().isOk());
		move("planner", "APPROVED", 1).andExpect(status().isForbidden());
		move("approver", "APPROVED", 1).andExpect(status().isOk())
			.andExpect(jsonPath("$.approvedBy").value("approver"));
		move("planner", "ACTIVE", 2).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ACTIVE"));
	}

	@Test
	void aReturnedCampaignCarriesTheReviewersComment() throws Exception {
		move("planner", "IN_REVIEW", 0).andExpect(status().isOk());
		this.api.post("approver", campaign() + "/status", "{\"status\": \"PLANNED\", \"version\": 1}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("comment"));
		this.api
			.post("approver", campaign() + "/status",
					"{\"status\": \"PLANNED\", \"version\": 1, \"comment\": \"去掉“全网最低价”\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("PLANNED"));
		this.api
			.get("planner",
					"/api/v1/plans/" + this.planId + "/comments?targetType=CAMPAIGN&targetId=" + this.campaignId)
			.andExpect(jsonPath("$.items[0].body").value("去掉“全网最低价”"))
			.andExpect(jsonPath("$.items[0].review").value("RETURNED"));
	}

	@Test
	void aStaleCampaignStatusChangeIsAConflict() throws Exception {
		move("planner", "IN_REVIEW", 5).andExpect(status().isConflict());
		this.api.get("planner", campaign()).andExpect(jsonPath("$.status").value("PLANNED"));
	}

	private org.springframework.test.web.servlet.ResultActions move(String user, String status, long version)
			throws Exception {
		return this.api.post(user, campaign() + "/status",
				"{\"status\": \"" + status + "\", \"version\": " + version + "}");
	}

	private String campaigns() {
		return "/api/v1/plans/" + this.planId + "/campaigns";
	}

	private String campaign() {
		return campaigns() + "/" + this.campaignId;
	}

}
