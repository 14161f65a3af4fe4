package com.marketingplanner.web.experiment;

import com.marketingplanner.web.support.PlannerWebTest;
import com.marketingplanner.web.support.TestUsers;
import com.marketingplanner.web.timeline.PlanParts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static com.marketingplanner.web.support.ApiAs.planner;
import static com.marketingplanner.web.support.ApiAs.viewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PlannerWebTest
class ExperimentApiTest {

	private static final String BUTTON_TEST = """
			{"name": "Checkout button", "metric": "orders per visit", "minimumDetectableEffect": 20,
			 "variants": [{"name": "blue", "exposures": 1000, "conversions": 100},
			              {"name": "green", "exposures": 1000, "conversions": 130}]}
			""";

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

	private String experiments() {
		return "/api/v1/plans/" + this.planId + "/experiments";
	}

	private long register(String body) throws Exception {
		return this.parts.id(this.mvc
			.perform(post(experiments()).with(planner()).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	@Test
	void registersATestAndAnswersWithUpliftIntervalSignificanceAndSampleSize() throws Exception {
		this.mvc
			.perform(post(experiments()).with(planner()).contentType(MediaType.APPLICATION_JSON).content(BUTTON_TEST))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", startsWith(experiments() + "/")))
			.andExpect(jsonPath("$.confidenceLevel").value(95.0))
			.andExpect(jsonPath("$.variants[1].rate").value(0.13))
			.andExpect(jsonPath("$.results.comparisons[0].variant").value("green"))
			.andExpect(jsonPath("$.results.comparisons[0].outcome").value("BETTER"))
			.andExpect(jsonPath("$.results.comparisons[0].absoluteUplift").value(closeTo(0.03, 1e-9), Double.class))
			.andExpect(jsonPath("$.results.comparisons[0].pValue").value(closeTo(0.0355, 1e-4), Double.class))
			.andExpect(jsonPath("$.results.comparisons[0].intervalLow").value(closeTo(0.0021, 1e-4), Double.class))
			.andExpect(jsonPath("$.results.sampleSize.perVariant").value(3841))
			.andExpect(jsonPath("$.results.winner").value("green"))
			.andExpect(jsonPath("$.howComputed").value(startsWith("How computed")));
	}

	@Test
	void recordsNewCountsWithTheVersionReadAndRefusesAStaleOne() throws Exception {
		long id = register(BUTTON_TEST);
		String counts = """
				{"name": "Checkout button", "minimumDetectableEffect": 20, "version": %d,
				 "variants": [{"name": "blue", "exposures": 4000, "conversions": 400},
				              {"name": "green", "exposures": 4000, "conversions": 410}]}
				""";
		this.mvc
			.perform(put(experiments() + "/" + id).with(planner())
				.contentType(MediaType.APPLICATION_JSON)
				.content(counts.formatted(0)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.results.comparisons[0].outcome").value("NOT_SIGNIFICANT"))
			.andExpect(jsonPath("$.results.sampleSize.progress").value(closeTo(4000.0 / 3841, 1e-9), Double.class))
			.andExpect(jsonPath("$.version").value(1));
		this.mvc
			.perform(put(experiments() + "/" + id).with(planner())
				.contentType(MediaType.APPLICATION_JSON)
				.content(counts.formatted(0)))
			.andExpect(status().isConflict());
	}

	@Test
	void refusesMoreConversionsThanExposuresNamingTheVariantFieldAndStoresNothing() throws Exception {
		this.mvc.perform(post(experiments()).with(planner()).contentType(MediaType.APPLICATION_JSON).content("""
				{"name": "Bad", "variants": [{"name": "A", "exposures": 10, "conversions": 1},
				                             {"name": "B", "exposures": 10, "conversions": 11}]}
				"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("variants[1].conversions"));
		this.mvc.perform(post(experiments()).with(planner()).contentType(MediaType.APPLICATION_JSON).content("""
				{"name": "Bad", "confidenceLevel": 100,
				 "variants": [{"name": "A", "exposures": 10, "conversions": 1}, {"name": "B"}]}
				"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("confidenceLevel"));
		this.mvc.perform(post(experiments()).with(planner()).contentType(MediaType.APPLICATION_JSON).content("""
				{"name": "Lonely", "variants": [{"name": "A", "exposures": 10, "conversions": 1}]}
				""")).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("variants"));
		assertThat(this.parts.count("experiment", this.planId)).isZero();
	}

	@Test
	void answers401WithoutCredentials403ToViewersWriting404ForOtherPlans() throws Exception {
		long id = register(BUTTON_TEST);
		this.mvc.perform(get(experiments())).andExpect(status().isUnauthorized());
		this.mvc.perform(get(experiments()).with(viewer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].name").value("Checkout button"));
		this.mvc
			.perform(post(experiments()).with(viewer()).contentType(MediaType.APPLICATION_JSON).content(BUTTON_TEST))
			.andExpect(status().isForbidden());
		this.mvc.perform(delete(experiments() + "/" + id + "?version=0").with(viewer()))
			.andExpect(status().isForbidden());

		long otherPlan = this.parts.plan();
		this.mvc.perform(get("/api/v1/plans/" + otherPlan + "/experiments/" + id).with(viewer()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/plans/99999999/experiments").with(viewer())).andExpect(status().isNotFound());
		this.mvc.perform(delete(experiments() + "/" + id + "?version=0").with(planner()))
			.andExpect(status().isNoContent());
		this.mvc.perform(get(experiments() + "/" + id).with(viewer())).andExpect(status().isNotFound());
	}

	@Test
	void documentsTheEndpointsWithTheirProblemResponses() throws Exception {
		this.mvc.perform(get("/v3/api-docs").with(user("viewer").roles("VIEWER")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/plans/{planId}/experiments'].post.summary").exists())
			.andExpect(jsonPath("$.paths['/api/v1/plans/{planId}/experiments'].post.responses['400']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/plans/{planId}/experiments'].get.responses['401']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/plans/{planId}/experiments/{experimentId}'].put.responses['409']")
				.exists());
	}

}
