package com.marketingplanner.web.plan;

import com.marketingplanner.domain.plan.PlanRepository;
import com.marketingplanner.web.support.PlannerWebTest;
import com.marketingplanner.web.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static com.marketingplanner.web.support.ApiAs.planner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
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
class PlanApiTest {

	private static final String VALID_PLAN = """
			{"title": "2027 营销方案", "currency": "CNY", "language": "ZH",
			 "periodStart": "2027-01-01", "periodEnd": "2027-12-31", "totalBudget": 5000000}
			""";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	PlanRepository plans;

	@Autowired
	JsonMapper json;

	@BeforeEach
	void users() {
		this.users.ensureAll();
	}

	@Test
	void createsAPlanOwnedByTheCaller() throws Exception {
		this.mvc
			.perform(post("/api/v1/plans").with(planner()).contentType(MediaType.APPLICATION_JSON).content(VALID_PLAN))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/v1/plans/")))
			.andExpect(jsonPath("$.title").value("2027 营销方案"))
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.owner").value("planner"))
			.andExpect(jsonPath("$.totalBudget").value(5000000.00))
			.andExpect(jsonPath("$.version").value(0));
	}

	@Test
	void rejectsAnInvalidPlanNamingEveryBadFieldAndWritesNothing() throws Exception {
		long before = this.plans.count();
		this.mvc.perform(post("/api/v1/plans").with(planner()).contentType(MediaType.APPLICATION_JSON).content("""
				{"title": " ", "currency": "yuan", "periodStart": "2027-12-31",
				 "periodEnd": "2027-01-01", "totalBudget": -1}
				"""))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.errors[*].field")
				.value(containsInAnyOrder("title", "currency", "periodEnd", "totalBudget")));
		assertThat(this.plans.count()).isEqualTo(before);
	}

	@Test
	void rejectsAnUnknownCurrencyCodeOnItsField() throws Exception {
		long before = this.plans.count();
		this.mvc
			.perform(post("/api/v1/plans").with(planner())
				.contentType(MediaType.APPLICATION_JSON)
				.content(VALID_PLAN.replace("\"CNY\"", "\"XYZ\"")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("currency"));
		assertThat(this.plans.count()).isEqualTo(before);
	}

	@Test
	void namesTheFieldOfAnUnknownEnumValue() throws Exception {
		this.mvc
			.perform(post("/api/v1/plans").with(planner())
				.contentType(MediaType.APPLICATION_JSON)
				.content(VALID_PLAN.replace("\"ZH\"", "\"KLINGON\"")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("language"));
	}

	@Test
	void refusesAStaleUpdateWithConflictAndOverwritesNothing() throws Exception {
		JsonNode created = create();
		long id = created.get("id").asLong();
		String firstEdit = VALID_PLAN.replace("2027 营销方案", "First edit").replace("}", ", \"version\": 0}");
		this.mvc.perform(
				put("/api/v1/plans/" + id).with(planner()).contentType(MediaType.APPLICATION_JSON).content(firstEdit))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1));
		String staleEdit = VALID_PLAN.replace("2027 营销方案", "Stale edit").replace("}", ", \"version\": 0}");
		this.mvc.perform(
				put("/api/v1/plans/" + id).with(planner()).contentType(MediaType.APPLICATION_JSON).content(staleEdit))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value(org.hamcrest.Matchers.endsWith("/stale-version")));
		assertThat(this.plans.findById(id).orElseThrow().getTitle()).isEqualTo("First edit");
	}

	@Test
	void anEditWithoutTheVersionItWasBasedOnIsRefusedOnThatField() throws Exception {
		long id = create().get("id").asLong();
		this.mvc
			.perform(put("/api/v1/plans/" + id).with(planner())
				.contentType(MediaType.APPLICATION_JSON)
				.content(VALID_PLAN.replace("2027 营销方案", "Unversioned edit")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("version"));
		assertThat(this.plans.findById(id).orElseThrow().getTitle()).isEqualTo("2027 营销方案");
	}

	@Test
	void answersNotFoundForAMissingPlan() throws Exception {
		this.mvc.perform(get("/api/v1/plans/987654321").with(planner()))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void followsTheLifeCycleAndRefusesASkippedStep() throws Exception {
		long id = create().get("id").asLong();
		this.mvc
			.perform(post("/api/v1/plans/" + id + "/status").with(planner())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"status\": \"ACTIVE\", \"version\": 0}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("status"));
		this.mvc
			.perform(post("/api/v1/plans/" + id + "/status").with(planner())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"status\": \"IN_REVIEW\", \"version\": 0}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("IN_REVIEW"))
			.andExpect(jsonPath("$.allowedTransitions").value(hasItem("APPROVED")));
	}

	@Test
	void letsAViewerReadButNotWrite() throws Exception {
		long id = create().get("id").asLong();
		this.mvc.perform(get("/api/v1/plans/" + id).with(httpBasic("viewer", TestUsers.PASSWORD)))
			.andExpect(status().isOk());
		long before = this.plans.count();
		this.mvc
			.perform(post("/api/v1/plans").with(httpBasic("viewer", TestUsers.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(VALID_PLAN))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc.perform(delete("/api/v1/plans/" + id + "?version=0").with(httpBasic("viewer", TestUsers.PASSWORD)))
			.andExpect(status().isForbidden());
		assertThat(this.plans.count()).isEqualTo(before);
	}

	@Test
	void answersUnauthorizedWithoutCredentials() throws Exception {
		this.mvc.perform(get("/api/v1/plans"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().exists("WWW-Authenticate"));
		this.mvc.perform(get("/api/v1/plans").with(httpBasic("planner", "wrong-password")))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void listsPlansPagedAndFiltered() throws Exception {
		create();
		this.mvc.perform(get("/api/v1/plans?status=DRAFT&q=营销&size=1").with(planner()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.size").value(1))
			.andExpect(jsonPath("$.items.length()").value(1))
			.andExpect(jsonPath("$.items[0].status").value("DRAFT"));
	}

	@Test
	void deletesWithTheCurrentVersionOnly() throws Exception {
		long id = create().get("id").asLong();
		this.mvc.perform(delete("/api/v1/plans/" + id + "?version=5").with(planner())).andExpect(status().isConflict());
		this.mvc.perform(delete("/api/v1/plans/" + id + "?version=0").with(planner()))
			.andExpect(status().isNoContent());
		assertThat(this.plans.findById(id)).isEmpty();
	}

	private JsonNode create() throws Exception {
		String body = this.mvc
			.perform(post("/api/v1/plans").with(planner()).contentType(MediaType.APPLICATION_JSON).content(VALID_PLAN))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return this.json.readTree(body);
	}

}
