package com.marketingplanner.web.experiment;

import com.marketingplanner.web.support.PlannerWebTest;
import com.marketingplanner.web.support.TestUsers;
import com.marketingplanner.web.timeline.PlanParts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static com.marketingplanner.web.support.PageAs.planner;
import static com.marketingplanner.web.support.PageAs.viewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PlannerWebTest
class ExperimentPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlanParts parts;

	long planId;

	String page;

	@BeforeEach
	void setUp() throws Exception {
		this.users.ensureAll();
		this.planId = this.parts.plan();
		this.page = "/plans/" + this.planId + "/experiments";
	}

	@Test
	void registersATestFromTheFormIgnoringSpareRowsAndShowsItsResults() throws Exception {
		this.mvc
			.perform(post(this.page).with(planner())
				.with(csrf())
				.param("name", "Headline")
				.param("confidenceLevel", "95")
				.param("minimumDetectableEffect", "20")
				.param("variants[0].name", "A")
				.param("variants[0].exposures", "1000")
				.param("variants[0].conversions", "100")
				.param("variants[1].name", "B")
				.param("variants[1].exposures", "1000")
				.param("variants[1].conversions", "130")
				.param("variants[2].name", "")
				.param("variants[2].exposures", "")
				.param("variants[2].conversions", ""))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl(this.page));

		this.mvc.perform(get(this.page).with(viewer()).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Headline")))
			.andExpect(content().string(containsString("Significantly better")))
			.andExpect(content().string(containsString("+3.00 pp")))
			.andExpect(content().string(containsString("0.0355")))
			.andExpect(content().string(containsString("3,841")))
			.andExpect(content().string(containsString("How computed")))
			.andExpect(content().string(not(containsString("??"))))
			.andExpect(content().string(not(containsString("experiment-form"))));
		this.mvc.perform(get(this.page).with(viewer()).param("lang", "zh_CN"))
			.andExpect(content().string(containsString("显著更好")))
			.andExpect(content().string(not(containsString("??"))));
	}

	@Test
	void showsTheErrorNextToTheVariantRowAndStoresNothing() throws Exception {
		this.mvc
			.perform(post(this.page).with(planner())
				.with(csrf())
				.header("Accept-Language", "en")
				.param("name", "Headline")
				.param("variants[0].name", "A")
				.param("variants[0].exposures", "10")
				.param("variants[0].conversions", "1")
				.param("variants[1].name", "B")
				.param("variants[1].exposures", "10")
				.param("variants[1].conversions", "12"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("B has 12 conversions but only 10 exposures")))
			.andExpect(content().string(containsString("open")));
		assertThat(this.parts.count("experiment", this.planId)).isZero();
	}

	@Test
	void editsTheCountsOfATest() throws Exception {
		this.mvc
			.perform(post(this.page).with(planner())
				.with(csrf())
				.param("name", "Banner")
				.param("variants[0].name", "A")
				.param("variants[1].name", "B"))
			.andExpect(status().is3xxRedirection());
		long id = this.jdbc.sql("select id from experiment where plan_id = ?")
			.param(this.planId)
			.query(Long.class)
			.single();

		this.mvc.perform(get(this.page + "/" + id + "/edit").with(planner()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("variants[3].name")));
		this.mvc
			.perform(post(this.page + "/" + id).with(planner())
				.with(csrf())
				.param("name", "Banner")
				.param("version", "0")
				.param("variants[0].name", "A")
				.param("variants[0].exposures", "50")
				.param("variants[1].name", "B")
				.param("variants[1].exposures", "60"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.sql("select sum(exposures) from experiment_variant where experiment_id = ?")
			.param(id)
			.query(Long.class)
			.single()).isEqualTo(110);
	}

}
