package com.marketingplanner.web.collab;

import com.marketingplanner.domain.user.Role;
import com.marketingplanner.web.support.Api;
import com.marketingplanner.web.support.PlannerWebTest;
import com.marketingplanner.web.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The collaboration pages: each person sees only the actions they may take; members,
 * discussion, baselines, audit trail and mentions work from the browser.
 */
@PlannerWebTest
class CollabPagesTest {

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

	@BeforeEach
	void draftOfThePlanner() throws Exception {
		this.users.ensureAll();
		this.users.other("colleague", Role.PLANNER);
		this.api = new Api(this.mvc, this.json, this.accounts);
		this.planId = this.api.plan("planner", "Page plan");
	}

	@Test
	void theCollaborationPartShowsItsPagesInASecondRowOfTabs() throws Exception {
		this.mvc.perform(get(plan() + "/members").with(as("planner", "PLANNER")).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("aria-current=\"true\">Collaboration</a>"),
					containsString("class=\"plan-subtabs\""), containsString(">Discussion</a>"),
					containsString("aria-current=\"page\">Members</a>"), containsString(">History</a>"))));
		this.mvc.perform(get(plan()).with(as("planner", "PLANNER")).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("aria-current=\"page\">Overview</a>"),
					not(containsString("class=\"plan-subtabs\"")))));
	}

	@Test
	void theOverviewOffersEachPersonOnlyTheActionsTheyMayTake() throws Exception {
		this.mvc.perform(get(plan()).with(as("planner", "PLANNER")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Submit for review"), containsString("/edit"),
					containsString(">Collaboration<"))));
		this.mvc.perform(get(plan()).with(as("colleague", "PLANNER")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(not(containsString("Submit for review")),
					not(containsString(plan() + "/edit")), not(containsString(">Delete<")))));
		this.mvc.perform(get(plan() + "/edit").with(as("colleague", "PLANNER")))
			.andExpect(status().isForbidden())
			.andExpect(forwardedUrl("/access-denied"));

		this.mvc
			.perform(post(plan() + "/status").with(as("planner", "PLANNER"))
				.with(csrf())
				.param("status", "IN_REVIEW")
				.param("version", "0"))
			.andExpect(redirectedUrl(plan()))
			.andExpect(flash().attribute("flash", "collab.plan.moved.IN_REVIEW"));
		this.mvc.perform(get(plan()).with(as("approver", "APPROVER")))
			.andExpect(content().string(allOf(containsString("Approve"), containsString("Return for changes"))));
		this.mvc.perform(get(plan()).with(as("planner", "PLANNER")))
			.andExpect(
					content().string(allOf(containsString("Withdraw from review"), not(containsString(">Approve<")))));
	}

	@Test
	void anApproverReturnsThePlanWithACommentFromTheOverview() throws Exception {
		this.api.ok(this.api.move("planner", this.planId, "IN_REVIEW", null));
		this.mvc
			.perform(post(plan() + "/status").with(as("approver", "APPROVER"))
				.with(csrf())
				.param("status", "DRAFT")
				.param("version", "1")
				.param("comment", "Please split the KOL budget by quarter"))
			.andExpect(redirectedUrl(plan()));
		this.mvc.perform(get(plan() + "/comments").with(as("planner", "PLANNER")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Please split the KOL budget by quarter"),
					containsString("Returned for changes"))));
	}

	@Test
	void theOwnerManagesMembersOnTheMembersPage() throws Exception {
		this.mvc.perform(get(plan() + "/members").with(as("planner", "PLANNER")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("add-member"), containsString("Restrict to members"))));
		this.mvc
			.perform(post(plan() + "/members").with(as("planner", "PLANNER"))
				.with(csrf())
				.param("username", "colleague")
				.param("role", "EDITOR"))
			.andExpect(redirectedUrl(plan() + "/members"));
		this.mvc
			.perform(post(plan() + "/members").with(as("planner", "PLANNER"))
				.with(csrf())
				.param("username", "no-such-person")
				.param("role", "EDITOR"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is no user")));
		this.mvc.perform(get(plan() + "/members").with(as("colleague", "PLANNER")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("@colleague"), not(containsString("add-member")))));
		this.mvc
			.perform(post(plan() + "/members").with(as("colleague", "PLANNER"))
				.with(csrf())
				.param("username", "viewer")
				.param("role", "VIEWER"))
			.andExpect(status().isForbidden());
	}

	@Test
	void aViewerJoinsTheDiscussionOfAnItemAndMentionsSomeone() throws Exception {
		long riskId = this.api
			.ok(this.api.post("planner", "/api/v1/plans/" + this.planId + "/risks",
					"{\"category\": \"合规\", \"title\": \"直播违规\"}"))
			.get("id")
			.asLong();
		this.mvc
			.perform(post(plan() + "/comments").with(as("viewer", "VIEWER"))
				.with(csrf())
				.param("about", "RISK:" + riskId)
				.param("body", "@planner 需要法务审核吗？"))
			.andExpect(redirectedUrlPattern(plan() + "/comments?type=RISK&item=" + riskId + "#comment-*"));
		this.mvc
			.perform(get(plan() + "/comments").param("type", "RISK")
				.param("item", Long.toString(riskId))
				.with(as("planner", "PLANNER")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("需要法务审核吗"), containsString("直播违规"))));
		this.mvc.perform(get("/account/mentions").with(as("planner", "PLANNER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("需要法务审核吗")));
		this.mvc.perform(get(plan() + "/risks").with(as("viewer", "VIEWER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("type=RISK&amp;item=" + riskId + "\">Discussion (1)</a>")));
		this.mvc
			.perform(post(plan() + "/comments").with(as("viewer", "VIEWER"))
				.with(csrf())
				.param("about", "RISK:" + riskId)
				.param("body", " "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("comment-form")));
	}

	@Test
	void baselinesAndTheirChangesAndTheAuditTrailShowInBothLanguages() throws Exception {
		this.api.ok(this.api.move("planner", this.planId, "IN_REVIEW", null));
		this.api.ok(this.api.move("approver", this.planId, "APPROVED", null));
		this.api.ok(this.api.move("planner", this.planId, "DRAFT", null));
		long version = this.api.plan(this.planId).get("version").asLong();
		this.api.ok(this.api.put("planner", "/api/v1/plans/" + this.planId, """
				{"title": "Page plan", "currency": "CNY", "language": "ZH", "periodStart": "2026-01-01",
				 "periodEnd": "2026-12-31", "totalBudget": 1500000, "version": %d}
				""".formatted(version)));
		long baseline = this.api.ok(this.api.get("planner", "/api/v1/plans/" + this.planId + "/baselines"))
			.get(0)
			.get("id")
			.asLong();

		this.mvc.perform(get(plan() + "/baselines").with(as("viewer", "VIEWER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("#1")));
		this.mvc.perform(get(plan() + "/baselines/" + baseline).with(as("viewer", "VIEWER")))
			.andExpect(status().isOk())
			.andExpect(content().string(
					allOf(containsString("Total budget"), containsString("1,000,000"), containsString("1,500,000"))));
		this.mvc.perform(get(plan() + "/baselines/" + baseline).with(as("viewer", "VIEWER")).param("lang", "zh_CN"))
			.andExpect(content().string(allOf(containsString("总预算"), containsString("基线"))));
		this.mvc.perform(get(plan() + "/audit").with(as("viewer", "VIEWER")))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("Approved"), containsString("approver"), containsString("Total budget"))));
		this.mvc.perform(get(plan() + "/audit").with(as("viewer", "VIEWER")).param("lang", "zh_CN"))
			.andExpect(content().string(allOf(containsString("审计记录"), containsString("已批准"))));
	}

	private String plan() {
		return "/plans/" + this.planId;
	}

	private static RequestPostProcessor as(String username, String role) {
		return user(username).roles(role);
	}

}
