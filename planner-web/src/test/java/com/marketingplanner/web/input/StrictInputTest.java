package com.marketingplanner.web.input;

import java.net.URI;

import com.marketingplanner.domain.plan.PlanRepository;
import com.marketingplanner.web.support.PlannerWebTest;
import com.marketingplanner.web.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static com.marketingplanner.web.support.ApiAs.planner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The bad input of the security review: each answered 500 or 409, now each is a 400
 * naming the field, and none changes anything.
 */
@PlannerWebTest
class StrictInputTest {

	private static final String PLAN = """
			{"title": %s, "currency": "CNY", "language": "ZH",
			 "periodStart": %s, "periodEnd": "2027-12-31", "totalBudget": 1000%s}
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

	@ParameterizedTest
	@ValueSource(strings = { "year=2147483647", "year=-2147483648", "year=1000000000", "year=6000000", "year=0",
			"page=2147483647", "page=99999999&size=200", "q=%00", "year=0x7E7", "size=1e2" })
	void answersAnOutOfRangeOrMalformedListParameterWith400(String query) throws Exception {
		this.mvc.perform(get(URI.create("/api/v1/plans?" + query)).with(planner()))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").exists());
	}

	@ParameterizedTest
	@ValueSource(strings = { "year=6000000", "year=2147483647", "q=%00", "page=2147483647" })
	void thePortfolioPageAnswersBadFiltersWithoutA500(String query) throws Exception {
		int status = this.mvc.perform(get(URI.create("/plans?" + query)).with(user("planner").roles("PLANNER")))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(status).isIn(200, 400);
	}

	@Test
	void readsPlanIdsInDecimalOnly() throws Exception {
		long id = createPlan();
		this.mvc.perform(get("/api/v1/plans/" + id).with(planner())).andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/plans/0x" + Long.toHexString(id)).with(planner()))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get(URI.create("/api/v1/plans/%23" + Long.toHexString(id))).with(planner()))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/api/v1/plans/99999999999999999999999").with(planner()))
			.andExpect(status().isBadRequest());
	}

	@Test
	void refusesNulInJsonTextAsABadFieldNotAConflict() throws Exception {
		long before = this.plans.count();
		this.mvc
			.perform(post("/api/v1/plans").with(planner())
				.contentType(MediaType.APPLICATION_JSON)
				.content(PLAN.formatted("\"a\\u0000b\"", "\"2027-01-01\"", "")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("title")));
		assertThat(this.plans.count()).isEqualTo(before);
	}

	@ParameterizedTest
	@ValueSource(strings = { "\"-4714-01-01\"", "\"+10000-01-01\"", "\"2027-01-01T00:00:00\"",
			"\"2027-01-01T00:00:00Z\"", "\"2027-02-30\"", "\"0000-01-01\"", "20270101", "[2027,1,1]" })
	void refusesDatesOutsideYears1To9999AndDateTimesAsBadFields(String date) throws Exception {
		long before = this.plans.count();
		this.mvc
			.perform(post("/api/v1/plans").with(planner())
				.contentType(MediaType.APPLICATION_JSON)
				.content(PLAN.formatted("\"Dates\"", date, "")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("periodStart")));
		assertThat(this.plans.count()).isEqualTo(before);
	}

	@ParameterizedTest
	@ValueSource(strings = { "\"title\": 2027", "\"title\": true", "\"totalBudget\": \"1000\"",
			"\"periodStart\": 20270101" })
	void refusesJsonValuesOfAnotherTypeInsteadOfConvertingThem(String field) throws Exception {
		long before = this.plans.count();
		String body = "{" + field + ", " + PLAN.formatted("\"T\"", "\"2027-01-01\"", "").strip().substring(1);
		this.mvc.perform(post("/api/v1/plans").with(planner()).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isBadRequest());
		assertThat(this.plans.count()).isEqualTo(before);
	}

	@Test
	void refusesAFractionalVersion() throws Exception {
		long id = createPlan();
		this.mvc
			.perform(put("/api/v1/plans/" + id).with(planner())
				.contentType(MediaType.APPLICATION_JSON)
				.content(PLAN.formatted("\"Renamed\"", "\"2027-01-01\"", ", \"version\": 0.5")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("version")));
		this.mvc.perform(get("/api/v1/plans/" + id).with(planner())).andExpect(jsonPath("$.title").value("Plan"));
	}

	@Test
	void refusesAUserEditWithoutAVersion() throws Exception {
		long viewerId = this.users.viewer().getId();
		this.mvc
			.perform(put("/api/v1/admin/users/" + viewerId).with(httpBasic("admin", TestUsers.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"role\": \"PLANNER\", \"enabled\": true}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("version"));
		assertThat(this.users.viewer().getRole().name()).isEqualTo("VIEWER");
	}

	@Test
	void showsNulAndOutOfRangeDatesInAPlanFormNextToTheirFields() throws Exception {
		long before = this.plans.count();
		this.mvc
			.perform(post("/plans").with(user("planner").roles("PLANNER"))
				.with(csrf())
				.param("title", "Title\0with NUL")
				.param("description", "x\0")
				.param("periodStart", "-4714-01-01")
				.param("periodEnd", "2027-12-31"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "title", "description", "periodStart"));
		assertThat(this.plans.count()).isEqualTo(before);
	}

	private long createPlan() throws Exception {
		String body = this.mvc
			.perform(post("/api/v1/plans").with(planner())
				.contentType(MediaType.APPLICATION_JSON)
				.content(PLAN.formatted("\"Plan\"", "\"2027-01-01\"", "")))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return this.json.readTree(body).get("id").asLong();
	}

}
