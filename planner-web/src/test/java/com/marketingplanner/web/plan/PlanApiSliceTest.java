package com.marketingplanner.web.plan;

import com.marketingplanner.domain.plan.PlanCommand;
import com.marketingplanner.domain.plan.PlanPermissions;
import com.marketingplanner.domain.plan.PlanService;
import com.marketingplanner.domain.review.PlanLifecycle;
import com.marketingplanner.domain.schedule.PlanRescheduling;
import com.marketingplanner.domain.shared.ResourceNotFoundException;
import com.marketingplanner.domain.shared.StaleVersionException;
import com.marketingplanner.web.api.ProblemAuthenticationEntryPoint;
import com.marketingplanner.web.fault.DatabaseAvailability;
import com.marketingplanner.web.membership.PlanAccessAuthorization;
import com.marketingplanner.web.security.ApiTokens;
import com.marketingplanner.web.security.SecurityConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The web slice of the plan API: binding, validation and the RFC 9457 error contract,
 * with the service replaced. The same flows run end to end on PostgreSQL in
 * {@link PlanApiTest}.
 */
@WebMvcTest(PlanApiController.class)
@Import({ SecurityConfiguration.class, ProblemAuthenticationEntryPoint.class, PlanAccessAuthorization.class })
class PlanApiSliceTest {

	private static final String VALID_EDIT = """
			{"title": "Plan", "periodStart": "2027-01-01", "periodEnd": "2027-12-31", "version": 3}
			""";

	@Autowired
	MockMvc mvc;

	@MockitoBean
	PlanService plans;

	@MockitoBean
	PlanLifecycle lifecycle;

	/** The outage filter asks it; the slice has no database. */
	@MockitoBean
	DatabaseAvailability databaseAvailability;

	/** No plan exists for the security layer: requests are judged by account role. */
	@MockitoBean
	PlanPermissions permissions;

	@MockitoBean
	PlanRescheduling rescheduling;

	@MockitoBean
	ApiTokens tokens;

	@MockitoBean
	UserDetailsService userDetails;

	@Test
	void invalidInputNeverReachesTheService() throws Exception {
		this.mvc
			.perform(put("/api/v1/plans/1").with(user("planner").roles("PLANNER"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"title\": \"\", \"periodStart\": \"2027-12-31\", \"periodEnd\": \"2027-01-01\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors.length()").value(2));
		verify(this.rescheduling, never()).update(anyLong(), any(PlanCommand.class), anyBoolean());
	}

	@Test
	void aStaleVersionIsAConflict() throws Exception {
		given(this.rescheduling.update(anyLong(), any(PlanCommand.class), anyBoolean()))
			.willThrow(new StaleVersionException("Plan", 1L, 3, 4));
		this.mvc
			.perform(put("/api/v1/plans/1").with(user("planner").roles("PLANNER"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(VALID_EDIT))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value(org.hamcrest.Matchers.endsWith("/stale-version")))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("version 3")));
	}

	@Test
	void aMissingPlanIsNotFoundInTheCallersLanguage() throws Exception {
		given(this.plans.get(42L)).willThrow(new ResourceNotFoundException("Plan", 42L));
		this.mvc
			.perform(get("/api/v1/plans/42").with(user("viewer").roles("VIEWER")).header("Accept-Language", "zh-CN"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("Plan 42 不存在。"));
	}

	@Test
	void aViewerIsForbiddenToWriteBeforeAnythingIsRead() throws Exception {
		this.mvc
			.perform(put("/api/v1/plans/1").with(user("viewer").roles("VIEWER"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(VALID_EDIT))
			.andExpect(status().isForbidden());
		verify(this.rescheduling, never()).update(anyLong(), any(PlanCommand.class), anyBoolean());
	}

}
