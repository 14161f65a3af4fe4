package com.marketingplanner.web.comment;

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

import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Comments on plan items with @mentions, over REST. */
@PlannerWebTest
class CommentApiTest {

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

	long riskId;

	@BeforeEach
	void planWithARisk() throws Exception {
		this.users.ensureAll();
		this.users.other("commenter", Role.VIEWER);
		this.api = new Api(this.mvc, this.json, this.accounts);
		this.planId = this.api.plan("planner", "Discussed plan");
		this.riskId = this.api.ok(this.api.post("planner", "/api/v1/plans/" + this.planId + "/risks",
				"{\"category\": \"供应链\", \"title\": \"核心原料缺货\"}"))
			.get("id")
			.asLong();
	}

	@Test
	void aViewerCommentsOnARiskAndTheMentionedOwnerFindsIt() throws Exception {
		this.api.post("commenter", comments(), """
				{"targetType": "RISK", "targetId": %d, "body": "@planner 备选供应商有哪些？"}
				""".formatted(this.riskId))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.author").value("commenter"))
			.andExpect(jsonPath("$.mentions[0]").value("planner"));

		long mention = this.api.ok(this.api.get("planner", "/api/v1/account/mentions?unseen=true"))
			.get("items")
			.get(0)
			.get("id")
			.asLong();
		this.api.get("planner", "/api/v1/account/mentions?unseen=true")
			.andExpect(jsonPath("$.items[0].planTitle").value("Discussed plan"))
			.andExpect(jsonPath("$.items[0].seen").value(false));
		this.api.post("planner", "/api/v1/account/mentions/" + mention + "/seen", "")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.seen").value(true));
		this.api.post("commenter", "/api/v1/account/mentions/" + mention + "/seen", "")
			.andExpect(status().isNotFound());
		this.api.get("planner", comments() + "?targetType=RISK&targetId=" + this.riskId)
			.andExpect(jsonPath("$.totalItems").value(1));
	}

	@Test
	void theAuthorEditsTheirCommentAndOthersCannot() throws Exception {
		long id = this.api.ok(this.api.post("commenter", comments(), "{\"targetType\": \"PLAN\", \"body\": \"First\"}"))
			.get("id")
			.asLong();
		this.api.put("planner", comments() + "/" + id, "{\"body\": \"Hijacked\", \"version\": 0}")
			.andExpect(status().isForbidden());
		this.api.put("commenter", comments() + "/" + id, "{\"body\": \"Second\", \"version\": 0}")
			.andExpect(status().isOk());
		this.api.put("commenter", comments() + "/" + id, "{\"body\": \"Third\", \"version\": 0}")
			.andExpect(status().isConflict());
		this.api.get("viewer", comments() + "/" + id).andExpect(jsonPath("$.body").value("Second"));
	}

	@Test
	void badCommentsAreRefusedOnTheirFieldAndNothingIsStored() throws Exception {
		this.api.post("planner", comments(), "{\"targetType\": \"PLAN\", \"body\": \" \"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("body"));
		this.api.post("planner", comments(), "{\"targetType\": \"RISK\", \"targetId\": 987654321, \"body\": \"x\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("targetId"));
		this.api.post("planner", comments(), "{\"targetType\": \"SPACESHIP\", \"body\": \"x\"}")
			.andExpect(status().isBadRequest());
		this.api.post("planner", comments(), "{\"targetType\": \"PLAN\", \"body\": \"" + "长".repeat(10001) + "\"}")
			.andExpect(status().isBadRequest());
		this.api.get("planner", comments()).andExpect(jsonPath("$.totalItems").value(0));
	}

	@Test
	void someoneWhoCannotReadAPlanCannotCommentOnItNorBeMentioned() throws Exception {
		this.api.ok(this.api.put("planner", "/api/v1/plans/" + this.planId + "/visibility",
				"{\"visibility\": \"MEMBERS\", \"version\": 0}"));
		this.api.post("commenter", comments(), "{\"targetType\": \"PLAN\", \"body\": \"Let me in\"}")
			.andExpect(status().isForbidden());
		this.api.post("planner", comments(), "{\"targetType\": \"PLAN\", \"body\": \"FYI @commenter\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("body"));
		this.api.get("approver", comments()).andExpect(jsonPath("$.totalItems", greaterThanOrEqualTo(0)));
		this.api.get("planner", comments()).andExpect(jsonPath("$.totalItems").value(0));
	}

	private String comments() {
		return "/api/v1/plans/" + this.planId + "/comments";
	}

}
