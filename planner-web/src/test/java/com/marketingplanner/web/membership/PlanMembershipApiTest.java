package com.marketingplanner.web.membership;

import com.marketingplanner.domain.plan.PlanRepository;
import com.marketingplanner.domain.user.Role;
import com.marketingplanner.web.support.Api;
import com.marketingplanner.web.support.PlannerWebTest;
import com.marketingplanner.web.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.http.MediaType;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Plan membership over REST: who may read, edit and manage a plan, and how the owner
 * changes it (ADR 0070).
 */
@PlannerWebTest
class PlanMembershipApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	TestUsers users;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	PlanRepository plans;

	Api api;

	long planId;

	@BeforeEach
	void planOfThePlanner() throws Exception {
		this.users.ensureAll();
		this.users.other("colleague", Role.PLANNER);
		this.api = new Api(this.mvc, this.json, this.accounts);
		this.planId = this.api.plan("planner", "Membership plan");
	}

	@Test
	void aPlannerWhoIsNotAMemberReadsButCannotEditSomeoneElsesPlan() throws Exception {
		this.api.get("colleague", plan()).andExpect(status().isOk());
		this.api.put("colleague", plan(), header("Taken over", 0))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail", containsString("editor")));
		this.api
			.post("colleague", plan() + "/goals",
					"{\"title\": \"Mine\", \"category\": \"MKT\", \"horizon\": \"SHORT\"}")
			.andExpect(status().isForbidden());
		this.api.move("colleague", this.planId, "IN_REVIEW", null).andExpect(status().isForbidden());
		this.api.delete("colleague", plan() + "?version=0").andExpect(status().isForbidden());

		assertThat(this.plans.findById(this.planId).orElseThrow().getTitle()).isEqualTo("Membership plan");
		assertThat(this.plans.findById(this.planId).orElseThrow().getVersion()).isZero();
	}

	@Test
	void theOwnerAddsAnEditorWhoMayThenEditUntilRemoved() throws Exception {
		this.api.post("planner", plan() + "/members", "{\"username\": \"colleague\", \"role\": \"EDITOR\"}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.role").value("EDITOR"));
		this.api.ok(this.api.put("colleague", plan(), header("Edited by the editor", 0)));
		this.api.get("colleague", plan() + "/access")
			.andExpect(jsonPath("$.membership").value("EDITOR"))
			.andExpect(jsonPath("$.canEdit").value(true))
			.andExpect(jsonPath("$.canManage").value(false));

		this.api.delete("planner", plan() + "/members/colleague?version=0").andExpect(status().isNoContent());
		this.api.put("colleague", plan(), header("Edited again", 1)).andExpect(status().isForbidden());
		assertThat(this.plans.findById(this.planId).orElseThrow().getTitle()).isEqualTo("Edited by the editor");
	}

	@Test
	void anEditorCannotManageMembers() throws Exception {
		this.api
			.ok(this.api.post("planner", plan() + "/members", "{\"username\": \"colleague\", \"role\": \"EDITOR\"}"));
		this.api.post("colleague", plan() + "/members", "{\"username\": \"viewer\", \"role\": \"VIEWER\"}")
			.andExpect(status().isForbidden());
		this.api.get("planner", plan() + "/members").andExpect(jsonPath("$.members.length()").value(1));
	}

	@Test
	void aPlanForMembersIsHiddenFromEveryoneElse() throws Exception {
		this.api.ok(this.api.put("planner", plan() + "/visibility", "{\"visibility\": \"MEMBERS\", \"version\": 0}"));

		this.api.get("colleague", plan()).andExpect(status().isForbidden());
		this.api.get("colleague", plan() + "/goals").andExpect(status().isForbidden());
		this.api.get("viewer", plan() + "/budget/lines").andExpect(status().isForbidden());
		this.api.get("colleague", "/api/v1/plans?size=200")
			.andExpect(jsonPath("$.items[*].id", not(hasItem((int) this.planId))));
		this.api.get("approver", plan()).andExpect(status().isOk());
		this.api.get("admin", "/api/v1/plans?size=200")
			.andExpect(jsonPath("$.items[*].id", hasItem((int) this.planId)));

		this.api.ok(this.api.post("planner", plan() + "/members", "{\"username\": \"viewer\", \"role\": \"VIEWER\"}"));
		this.api.get("viewer", plan()).andExpect(status().isOk());
		this.api.put("viewer", plan(), header("Viewer edit", 1)).andExpect(status().isForbidden());
	}

	@Test
	void badMembershipRequestsAreRefusedOnTheirFieldAndChangeNothing() throws Exception {
		this.api.post("planner", plan() + "/members", "{\"username\": \"nobody-here\", \"role\": \"EDITOR\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("username"));
		this.api.post("planner", plan() + "/members", "{\"username\": \"viewer\", \"role\": \"EDITOR\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("role"));
		this.api.post("planner", plan() + "/members", "{\"username\": \"planner\", \"role\": \"VIEWER\"}")
			.andExpect(status().isBadRequest());
		this.api.post("planner", plan() + "/members", "{\"username\": \"colleague\", \"role\": \"BOSS\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("role"));
		this.api.get("planner", plan() + "/members").andExpect(jsonPath("$.members.length()").value(0));
	}

	@Test
	void aStaleChangeOfAMemberIsAConflict() throws Exception {
		this.api
			.ok(this.api.post("planner", plan() + "/members", "{\"username\": \"colleague\", \"role\": \"EDITOR\"}"));
		this.api.ok(this.api.put("planner", plan() + "/members/colleague", "{\"role\": \"VIEWER\", \"version\": 0}"));
		this.api.put("planner", plan() + "/members/colleague", "{\"role\": \"EDITOR\", \"version\": 0}")
			.andExpect(status().isConflict());
		this.api.get("planner", plan() + "/members/colleague").andExpect(jsonPath("$.role").value("VIEWER"));
	}

	@Test
	void theOwnerHandsThePlanOverAndStaysAnEditor() throws Exception {
		this.api.put("planner", plan() + "/owner", "{\"username\": \"colleague\", \"version\": 0}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.owner").value("colleague"))
			.andExpect(jsonPath("$.members[*].username", containsInAnyOrder("planner")));
		this.api.put("planner", plan() + "/visibility", "{\"visibility\": \"MEMBERS\", \"version\": 1}")
			.andExpect(status().isForbidden());
		this.api.get("planner", plan() + "/access").andExpect(jsonPath("$.membership").value("EDITOR"));
	}

	@Test
	void requestsToAMissingPlanAreJudgedByRoleAndAnsweredNotFound() throws Exception {
		this.api.get("viewer", "/api/v1/plans/987654321/goals").andExpect(status().isNotFound());
		this.api.post("viewer", "/api/v1/plans/987654321/goals", "{}").andExpect(status().isForbidden());
		this.api.get("colleague", "/api/v1/plans/987654321/members").andExpect(status().isNotFound());
	}

	@Test
	void theCallerLearnsWhatTheyMayDoWithAPlan() throws Exception {
		this.api.get("planner", plan() + "/access")
			.andExpect(jsonPath("$.membership").value("OWNER"))
			.andExpect(jsonPath("$.canManage").value(true))
			.andExpect(jsonPath("$.moves", containsInAnyOrder("IN_REVIEW", "ARCHIVED")));
		this.api.get("approver", plan() + "/access")
			.andExpect(jsonPath("$.canEdit").value(false))
			.andExpect(jsonPath("$.canReview").value(false))
			.andExpect(jsonPath("$.moves.length()").value(0));
	}

	@Test
	void aRefusedPageSaysWhatIsMissing() throws Exception {
		var refusal = new AuthorizationDeniedException("refused",
				new PlanAccessAuthorization.PlanAccessDenied(PlanAction.EDIT));
		this.mvc
			.perform(MockMvcRequestBuilders.get("/access-denied")
				.with(SecurityMockMvcRequestPostProcessors.user("colleague").roles("PLANNER"))
				.requestAttr(WebAttributes.ACCESS_DENIED_403, refusal))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("ask its owner to add you as an editor")));
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
