package com.marketingplanner.web.goal;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.marketingplanner.domain.goal.GoalRepository;
import com.marketingplanner.domain.plan.PlanCommand;
import com.marketingplanner.domain.plan.PlanService;
import com.marketingplanner.web.support.Api;
import com.marketingplanner.web.support.PlannerWebTest;
import com.marketingplanner.web.support.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PlannerWebTest
class GoalApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	PlanService plans;

	@Autowired
	GoalRepository goals;

	@Autowired
	JsonMapper json;

	long planId;

	long otherPlanId;

	@BeforeEach
	void plans() {
		this.users.ensureAll();
		this.planId = newPlan(this.plans, "Goals API plan");
		this.otherPlanId = newPlan(this.plans, "Other goals API plan");
	}

	@Test
	void createsAGoalUnderAParentAndReadsItBack() throws Exception {
		long parent = create(this.planId, goal("Expand the market", "MKT", "LONG", null)).get("id").asLong();
		String body = this.mvc
			.perform(post(goals(this.planId)).with(planner()).contentType(MediaType.APPLICATION_JSON).content("""
					{"title": "日均GMV 12萬 → 18萬", "category": "MKT", "horizon": "SHORT",
					 "horizonLabel": "≤ 6 months", "parentId": %d, "owner": "運營部"}
					""".formatted(parent)))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", org.hamcrest.Matchers.startsWith(goals(this.planId) + "/")))
			.andExpect(jsonPath("$.parentId").value(parent))
			.andExpect(jsonPath("$.horizonLabel").value("≤ 6 months"))
			.andExpect(jsonPath("$.version").value(0))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = this.json.readTree(body).get("id").asLong();
		this.mvc.perform(get(goals(this.planId) + "/" + id).with(viewer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("日均GMV 12萬 → 18萬"))
			.andExpect(jsonPath("$.owner").value("運營部"));
	}

	@Test
	void rejectsAnInvalidGoalNamingEveryBadFieldAndWritesNothing() throws Exception {
		long before = this.goals.count();
		this.mvc
			.perform(post(goals(this.planId)).with(planner())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"title\": \" \", \"horizonLabel\": \"" + "x".repeat(101) + "\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field")
				.value(containsInAnyOrder("title", "category", "horizon", "horizonLabel")));
		assertThat(this.goals.count()).isEqualTo(before);
	}

	@Test
	void rejectsAnUnknownCategoryOnItsField() throws Exception {
		this.mvc
			.perform(post(goals(this.planId)).with(planner())
				.contentType(MediaType.APPLICATION_JSON)
				.content(goal("X", "SALES", "SHORT", null)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("category"));
	}

	@Test
	void rejectsAParentFromAnotherPlanOnItsFieldAndWritesNothing() throws Exception {
		long foreign = create(this.otherPlanId, goal("Foreign", "MKT", "SHORT", null)).get("id").asLong();
		long before = this.goals.count();
		this.mvc
			.perform(post(goals(this.planId)).with(planner())
				.contentType(MediaType.APPLICATION_JSON)
				.content(goal("Child", "MKT", "SHORT", foreign)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("parentId"));
		assertThat(this.goals.count()).isEqualTo(before);
	}

	@Test
	void refusesAStaleEditWithConflictAndOverwritesNothing() throws Exception {
		long id = create(this.planId, goal("Original", "BRD", "MID", null)).get("id").asLong();
		this.mvc
			.perform(put(goals(this.planId) + "/" + id).with(planner())
				.contentType(MediaType.APPLICATION_JSON)
				.content(edit("First edit", 0)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1));
		this.mvc
			.perform(put(goals(this.planId) + "/" + id).with(planner())
				.contentType(MediaType.APPLICATION_JSON)
				.content(edit("Stale edit", 0)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value(endsWith("/stale-version")));
		assertThat(this.goals.findById(id).orElseThrow().getTitle()).isEqualTo("First edit");
	}

	@Test
	void answersNotFoundForAGoalOfAnotherPlan() throws Exception {
		long foreign = create(this.otherPlanId, goal("Foreign", "MKT", "SHORT", null)).get("id").asLong();
		this.mvc.perform(get(goals(this.planId) + "/" + foreign).with(planner())).andExpect(status().isNotFound());
		this.mvc
			.perform(put(goals(this.planId) + "/" + foreign).with(planner())
				.contentType(MediaType.APPLICATION_JSON)
				.content(edit("Hijack", 0)))
			.andExpect(status().isNotFound());
		this.mvc.perform(delete(goals(this.planId) + "/" + foreign + "?version=0").with(planner()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get(goals(987654321L)).with(planner())).andExpect(status().isNotFound());
		assertThat(this.goals.findById(foreign).orElseThrow().getTitle()).isEqualTo("Foreign");
	}

	@Test
	void letsAViewerReadButNotWrite() throws Exception {
		long id = create(this.planId, goal("Readable", "MKT", "SHORT", null)).get("id").asLong();
		long before = this.goals.count();
		this.mvc.perform(get(goals(this.planId)).with(viewer())).andExpect(status().isOk());
		this.mvc
			.perform(post(goals(this.planId)).with(viewer())
				.contentType(MediaType.APPLICATION_JSON)
				.content(goal("Nope", "MKT", "SHORT", null)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(put(goals(this.planId) + "/" + id).with(viewer())
				.contentType(MediaType.APPLICATION_JSON)
				.content(edit("Nope", 0)))
			.andExpect(status().isForbidden());
		this.mvc.perform(delete(goals(this.planId) + "/" + id + "?version=0").with(viewer()))
			.andExpect(status().isForbidden());
		assertThat(this.goals.count()).isEqualTo(before);
		assertThat(this.goals.findById(id).orElseThrow().getTitle()).isEqualTo("Readable");
	}

	@Test
	void listsGoalsPagedAndFilteredByCategoryAndHorizon() throws Exception {
		create(this.planId, goal("Market short", "MKT", "SHORT", null));
		create(this.planId, goal("Market long", "MKT", "LONG", null));
		create(this.planId, goal("Brand long", "BRD", "LONG", null));
		this.mvc.perform(get(goals(this.planId) + "?category=MKT&size=1").with(viewer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(2))
			.andExpect(jsonPath("$.items.length()").value(1))
			.andExpect(jsonPath("$.items[0].title").value("Market short"));
		this.mvc.perform(get(goals(this.planId) + "?horizon=LONG").with(viewer()))
			.andExpect(jsonPath("$.items[*].title").value(containsInAnyOrder("Market long", "Brand long")));
	}

	@Test
	void refusesGoalsInAClosedPlan() throws Exception {
		Api api = new Api(this.mvc, this.json, this.accounts);
		api.ok(api.move("planner", this.planId, "IN_REVIEW", null));
		api.ok(api.move("approver", this.planId, "APPROVED", null));
		api.ok(api.move("planner", this.planId, "ACTIVE", null));
		api.ok(api.move("planner", this.planId, "CLOSED", null));
		long before = this.goals.count();
		this.mvc
			.perform(post(goals(this.planId)).with(planner())
				.contentType(MediaType.APPLICATION_JSON)
				.content(goal("Too late", "MKT", "SHORT", null)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("error.plan.read-only"));
		assertThat(this.goals.count()).isEqualTo(before);
	}

	@Test
	void deletesAGoalWithTheCurrentVersionOnly() throws Exception {
		long id = create(this.planId, goal("Doomed", "RSK", "SHORT", null)).get("id").asLong();
		this.mvc.perform(delete(goals(this.planId) + "/" + id + "?version=3").with(planner()))
			.andExpect(status().isConflict());
		this.mvc.perform(delete(goals(this.planId) + "/" + id + "?version=0").with(planner()))
			.andExpect(status().isNoContent());
		assertThat(this.goals.findById(id)).isEmpty();
	}

	private JsonNode create(long plan, String body) throws Exception {
		String response = this.mvc
			.perform(post(goals(plan)).with(planner()).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return this.json.readTree(response);
	}

	static long newPlan(PlanService plans, String title) {
		return plans
			.create(new PlanCommand(title, null, null, "CNY", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
					null, null), "planner")
			.getId();
	}

	static String goals(long planId) {
		return "/api/v1/plans/" + planId + "/goals";
	}

	static String goal(String title, String category, String horizon, Long parentId) {
		return """
				{"title": "%s", "category": "%s", "horizon": "%s", "parentId": %s}
				""".formatted(title, category, horizon, parentId);
	}

	private static String edit(String title, long version) {
		return """
				{"title": "%s", "category": "BRD", "horizon": "MID", "version": %d}
				""".formatted(title, version);
	}

	static RequestPostProcessor planner() {
		return httpBasic("planner", TestUsers.PASSWORD);
	}

	static RequestPostProcessor viewer() {
		return httpBasic("viewer", TestUsers.PASSWORD);
	}

}
