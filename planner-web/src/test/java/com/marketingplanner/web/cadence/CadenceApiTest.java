package com.marketingplanner.web.cadence;

import com.marketingplanner.web.support.PlannerWebTest;
import com.marketingplanner.web.support.TestUsers;
import com.marketingplanner.web.timeline.PlanParts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static com.marketingplanner.web.support.ApiAs.planner;
import static com.marketingplanner.web.support.ApiAs.viewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The rhythm's REST API: create, read, edit under optimistic locking, delete, the dates
 * of the plan's calendar, and every refusal as problem+json naming the field.
 */
@PlannerWebTest
class CadenceApiTest {

	private static final String STAND_UP = """
			{"name": "每日站会", "kind": "MEETING", "frequency": "DAILY", "firstWeek": 1, "lastWeek": 2,
			 "durationMinutes": 15, "owner": "项目管理组", "agenda": "同步关键数据"}
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

	private String cadence() {
		return "/api/v1/plans/" + this.planId + "/cadence";
	}

	private long create(String body) throws Exception {
		return this.parts
			.id(this.mvc.perform(post(cadence()).with(planner()).contentType(MediaType.APPLICATION_JSON).content(body))
				.andExpect(status().isCreated())
				.andExpect(header().string("Location", org.hamcrest.Matchers.startsWith(cadence() + "/")))
				.andReturn()
				.getResponse()
				.getContentAsString());
	}

	@Test
	void aPlannerAddsReadsEditsAndDeletesAnEntryOfTheRhythm() throws Exception {
		long id = create(STAND_UP);
		create("""
				{"name": "营销效果周报", "kind": "REPORT", "frequency": "WEEKLY", "metricCount": 30, "owner": "数据团队"}
				""");

		this.mvc.perform(get(cadence()).with(viewer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].name").value(contains("每日站会", "营销效果周报")))
			.andExpect(jsonPath("$[1].weeklyReport").value(true))
			.andExpect(jsonPath("$[1].metricCount").value(30));
		this.mvc.perform(get(cadence() + "/" + id).with(viewer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.durationMinutes").value(15))
			.andExpect(jsonPath("$.lastWeek").value(2))
			.andExpect(jsonPath("$.version").value(0));

		this.mvc.perform(put(cadence() + "/" + id).with(planner()).contentType(MediaType.APPLICATION_JSON).content("""
				{"name": "每日站会", "kind": "MEETING", "frequency": "DAILY", "firstWeek": 1, "lastWeek": 12,
				 "durationMinutes": 20, "version": 0}
				"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.lastWeek").value(12))
			.andExpect(jsonPath("$.owner").doesNotExist());
		this.mvc.perform(put(cadence() + "/" + id).with(planner()).contentType(MediaType.APPLICATION_JSON).content("""
				{"name": "站会", "kind": "MEETING", "frequency": "DAILY", "version": 0}
				"""))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

		this.mvc.perform(delete(cadence() + "/" + id).param("version", "1").with(planner()))
			.andExpect(status().isNoContent());
		this.mvc.perform(get(cadence() + "/" + id).with(viewer())).andExpect(status().isNotFound());
		assertThat(this.parts.count("plan_cadence", this.planId)).isEqualTo(1);
	}

	@Test
	void theCalendarListsTheDatesOfEveryEntryByDate() throws Exception {
		create(STAND_UP);
		create("""
				{"name": "月度ROI考核", "kind": "ASSESSMENT", "frequency": "MONTHLY"}
				""");

		this.mvc.perform(get(cadence() + "/occurrences").param("from", "2026-01-10").with(viewer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(5 + 12))
			.andExpect(jsonPath("$[0].date").value("2026-01-10"))
			.andExpect(jsonPath("$[4].date").value("2026-01-14"))
			.andExpect(jsonPath("$[5].date").value("2026-01-31"))
			.andExpect(jsonPath("$[5].name").value("月度ROI考核"))
			.andExpect(jsonPath("$[16].date").value("2026-12-31"));
		this.mvc.perform(
				get(cadence() + "/occurrences").param("from", "2026-03-01").param("to", "2026-02-01").with(viewer()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("to")));
		this.mvc.perform(get(cadence() + "/occurrences").param("limit", "0").with(viewer()))
			.andExpect(status().isBadRequest());
	}

	@Test
	void badInputIsRefusedByFieldAndChangesNothing() throws Exception {
		String[][] cases = { { """
				{"kind": "MEETING", "frequency": "WEEKLY"}""", "name" }, { """
				{"name": "x", "frequency": "WEEKLY"}""", "kind" }, { """
				{"name": "监测", "kind": "OTHER", "frequency": "REAL_TIME"}""", "frequency" }, { """
				{"name": "x", "kind": "REVIEW", "timesPerPeriod": 3}""", "timesPerPeriod" }, { """
				{"name": "x", "kind": "REVIEW", "frequency": "DAILY", "firstWeek": 5, "lastWeek": 2}""", "lastWeek" },
				{ """
						{"name": "x", "kind": "REVIEW", "durationMinutes": 0}""", "durationMinutes" }, { """
						{"name": "x", "kind": "SOMETIMES"}""", "kind" } };
		for (String[] example : cases) {
			this.mvc
				.perform(post(cadence()).with(planner()).contentType(MediaType.APPLICATION_JSON).content(example[0]))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.errors[*].field").value(hasItem(example[1])));
		}
		assertThat(this.parts.count("plan_cadence", this.planId)).isZero();
	}

	@Test
	void viewersAndStrangersCannotChangeTheRhythmAndOtherPlansEntriesAreNotFound() throws Exception {
		long id = create(STAND_UP);
		long otherPlan = this.parts.plan();

		this.mvc.perform(post(cadence()).with(viewer()).contentType(MediaType.APPLICATION_JSON).content(STAND_UP))
			.andExpect(status().isForbidden());
		this.mvc.perform(post(cadence()).contentType(MediaType.APPLICATION_JSON).content(STAND_UP))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(get(cadence())).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/v1/plans/" + otherPlan + "/cadence/" + id).with(viewer()))
			.andExpect(status().isNotFound());
		this.mvc.perform(delete("/api/v1/plans/" + otherPlan + "/cadence/" + id).param("version", "0").with(planner()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/plans/999999999/cadence").with(viewer())).andExpect(status().isNotFound());
		assertThat(this.parts.count("plan_cadence", this.planId)).isEqualTo(1);
	}

}
