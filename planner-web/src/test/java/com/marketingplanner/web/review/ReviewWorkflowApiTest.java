package com.marketingplanner.web.review;

import com.marketingplanner.domain.user.Role;
import com.marketingplanner.web.support.Api;
import com.marketingplanner.web.support.PlannerWebTest;
import com.marketingplanner.web.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The review workflow over REST: submit, approve by someone who did not write the plan,
 * return with a comment, approved plans read-only except through a new revision, and the
 * baselines that approvals keep (ADR 0071, 0072).
 */
@PlannerWebTest
class ReviewWorkflowApiTest {

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
	void draft() throws Exception {
		this.users.ensureAll();
		this.users.other("lead", Role.APPROVER);
		this.api = new Api(this.mvc, this.json, this.accounts);
		this.planId = this.api.plan("planner", "Reviewed plan");
	}

	@Test
	void theAuthorCannotApproveTheirOwnPlanNorCanAPlanner() throws Exception {
		this.api.ok(this.api.move("planner", this.planId, "IN_REVIEW", null));

		this.api.move("planner", this.planId, "APPROVED", null)
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("error.plan.approver-required"));
		this.users.other("colleague", Role.PLANNER);
		this.api.move("colleague", this.planId, "APPROVED", null).andExpect(status().isForbidden());
		this.api.ok(this.api.post("planner", plan() + "/members", "{\"username\": \"lead\", \"role\": \"EDITOR\"}"));
		this.api.move("lead", this.planId, "APPROVED", null)
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("error.plan.own-review"));

		assertThat(this.api.plan(this.planId).get("status").asString()).isEqualTo("IN_REVIEW");
		this.api.get("planner", plan() + "/baselines").andExpect(jsonPath("$.length()").value(0));
	}

	@Test
	void anApproverApprovesAndTheApprovedPlanIsReadOnly() throws Exception {
		this.api.ok(this.api.move("planner", this.planId, "IN_REVIEW", null));
		JsonNode approved = this.api.ok(this.api.move("approver", this.planId, "APPROVED", "Budget split is fine"));

		assertThat(approved.get("status").asString()).isEqualTo("APPROVED");
		assertThat(approved.get("approvedBy").asString()).isEqualTo("approver");
		assertThat(approved.get("submittedBy").asString()).isEqualTo("planner");
		this.api.get("planner", plan() + "/baselines")
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].approvedBy").value("approver"));
		long version = approved.get("version").asLong();
		this.api.put("planner", plan(), header("Quietly changed", version))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("error.plan.content-frozen"));
		this.api.post("planner", plan() + "/risks", "{\"category\": \"合规\", \"title\": \"Late risk\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("error.plan.content-frozen"));
		this.api.get("planner", plan() + "/comments?targetType=PLAN")
			.andExpect(jsonPath("$.items[0].body").value("Budget split is fine"))
			.andExpect(jsonPath("$.items[0].review").value("APPROVED"));
		assertThat(this.api.plan(this.planId).get("title").asString()).isEqualTo("Reviewed plan");
	}

	@Test
	void returningAPlanNeedsACommentThatTheAuthorsFind() throws Exception {
		this.api.ok(this.api.move("planner", this.planId, "IN_REVIEW", null));

		this.api.move("approver", this.planId, "DRAFT", null)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("comment"));
		assertThat(this.api.plan(this.planId).get("status").asString()).isEqualTo("IN_REVIEW");

		this.api.ok(this.api.move("approver", this.planId, "DRAFT", "@planner 抖音占比超过 28% 上限"));
		assertThat(this.api.plan(this.planId).get("status").asString()).isEqualTo("DRAFT");
		this.api.get("planner", "/api/v1/account/mentions?unseen=true")
			.andExpect(jsonPath("$.items[0].comment.body").value("@planner 抖音占比超过 28% 上限"))
			.andExpect(jsonPath("$.items[0].comment.review").value("RETURNED"));
	}

	@Test
	void aStaleStatusChangeIsAConflictAndChangesNothing() throws Exception {
		this.api.post("planner", plan() + "/status", "{\"status\": \"IN_REVIEW\", \"version\": 7}")
			.andExpect(status().isConflict());
		this.api.post("planner", plan() + "/status", "{\"status\": \"IN_REVIEW\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("version"));
		this.api.post("planner", plan() + "/status", "{\"status\": \"SHIPPED\", \"version\": 0}")
			.andExpect(status().isBadRequest());
		assertThat(this.api.plan(this.planId).get("status").asString()).isEqualTo("DRAFT");
	}

	@Test
	void aNewRevisionIsEditedAndTheDiffShowsWhatChangedSinceTheBaseline() throws Exception {
		long lineId = this.api
			.ok(this.api.post("planner", plan() + "/budget/lines", "{\"name\": \"抖音\", \"plannedAmount\": 400000}"))
			.get("id")
			.asLong();
		this.api.ok(this.api.move("planner", this.planId, "IN_REVIEW", null));
		this.api.ok(this.api.move("approver", this.planId, "APPROVED", null));
		this.api.ok(this.api.move("planner", this.planId, "ACTIVE", null));
		JsonNode revision = this.api.ok(this.api.move("planner", this.planId, "DRAFT", null));
		assertThat(revision.get("revision").asInt()).isEqualTo(2);

		this.api.ok(this.api.put("planner", plan(), header("Reviewed plan", revision.get("version").asLong())
			.replace("\"version\"", "\"totalBudget\": 1200000, \"version\"")));
		this.api.ok(this.api.post("planner", plan() + "/risks", "{\"category\": \"合规\", \"title\": \"直播违规\"}"));
		this.api.ok(this.api.delete("planner", plan() + "/budget/lines/" + lineId + "?version=0"));
		long baseline = this.api.ok(this.api.get("planner", plan() + "/baselines")).get(0).get("id").asLong();

		JsonNode diff = this.api.ok(this.api.get("viewer", plan() + "/baselines/" + baseline + "/diff"));

		assertThat(diff.get("against").isNull()).isTrue();
		assertThat(diff.get("added").asInt()).isEqualTo(1);
		assertThat(diff.get("removed").asInt()).isEqualTo(1);
		assertThat(diff.get("changed").asInt()).isEqualTo(1);
		JsonNode plan = diff.get("changes").get(0);
		assertThat(plan.get("kind").asString()).isEqualTo("plan");
		assertThat(plan.get("fields").get(0).get("field").asString()).isEqualTo("total_budget");
		assertThat(plan.get("fields").get(0).get("oldValue").asString()).isEqualTo("1000000");
		assertThat(plan.get("fields").get(0).get("newValue").asString()).isEqualTo("1200000");
		assertThat(diff.get("changes").get(1).get("change").asString()).isEqualTo("REMOVED");
		assertThat(diff.get("changes").get(2).get("label").asString()).isEqualTo("直播违规");
	}

	@Test
	void executionRecordsAreKeptOnAnActivePlanWhileItsContentIsFrozen() throws Exception {
		long milestone = this.api
			.ok(this.api.post("planner", plan() + "/milestones", "{\"title\": \"平台上线\", \"dueDate\": \"2026-03-31\"}"))
			.get("id")
			.asLong();
		this.api.ok(this.api.move("planner", this.planId, "IN_REVIEW", null));
		this.api.ok(this.api.move("approver", this.planId, "APPROVED", null));
		this.api.ok(this.api.move("planner", this.planId, "ACTIVE", null));

		this.api
			.post("planner", plan() + "/milestones/" + milestone + "/status", "{\"status\": \"DONE\", \"version\": 0}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DONE"));
		this.api
			.put("planner", plan() + "/milestones/" + milestone,
					"{\"title\": \"平台上线 (late)\", \"dueDate\": \"2026-04-30\", \"version\": 1}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("revision")));
	}

	@Test
	void onlyTheOwnerClosesAndADiffOfAnotherPlansBaselineIsNotFound() throws Exception {
		this.api.ok(this.api.post("planner", plan() + "/members", "{\"username\": \"lead\", \"role\": \"EDITOR\"}"));
		this.api.ok(this.api.move("planner", this.planId, "IN_REVIEW", null));
		this.api.ok(this.api.move("approver", this.planId, "APPROVED", null));
		this.api.ok(this.api.move("lead", this.planId, "ACTIVE", null));
		this.api.move("lead", this.planId, "CLOSED", null).andExpect(status().isForbidden());
		this.api.ok(this.api.move("planner", this.planId, "CLOSED", null));

		long other = this.api.plan("planner", "Other plan");
		long baseline = this.api.ok(this.api.get("planner", plan() + "/baselines")).get(0).get("id").asLong();
		this.api.get("planner", "/api/v1/plans/" + other + "/baselines/" + baseline + "/diff")
			.andExpect(status().isNotFound());
	}

	private String plan() {
		return "/api/v1/plans/" + this.planId;
	}

	private static String header(String title, long version) {
		return """
				{"title": "%s", "currency": "CNY", "language": "ZH",
				 "periodStart": "2026-01-01", "periodEnd": "2026-12-31", "version": %d}
				""".formatted(title, version);
	}

}
