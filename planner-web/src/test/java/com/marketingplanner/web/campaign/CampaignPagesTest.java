package com.marketingplanner.web.campaign;

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
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PlannerWebTest
class CampaignPagesTest {

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
		this.page = "/plans/" + this.planId + "/campaigns";
	}

	@Test
	void addsACampaignWithSeveralChannelsAndListsItByChannel() throws Exception {
		long line = this.parts.budgetLine(this.planId, "Double 11 budget");
		long gmv = this.parts.kpi(this.planId, "GMV");
		this.mvc
			.perform(post(this.page).with(planner())
				.with(csrf())
				.param("name", "雙11大促")
				.param("startDate", "2026-11-01")
				.param("endDate", "2026-11-11")
				.param("channels", "douyin", "tmall")
				.param("budgetLineId", String.valueOf(line))
				.param("kpiIds", String.valueOf(gmv)))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl(this.page))
			.andExpect(flash().attribute("flash", "flash.created"));

		this.mvc.perform(get(this.page).with(planner()).param("channel", "douyin").header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("雙11大促")))
			.andExpect(content().string(containsString("Double 11 budget")))
			.andExpect(content().string(containsString("Douyin")))
			.andExpect(content().string(not(containsString("??"))));
		this.mvc.perform(get(this.page).with(planner()).param("lang", "zh_CN"))
			.andExpect(content().string(containsString("抖音")))
			.andExpect(content().string(not(containsString("??"))));
		this.mvc.perform(get(this.page).with(planner()).param("channel", "jd"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("雙11大促"))));
	}

	@Test
	void showsAnUnknownChannelNextToTheChannelsFieldAndSavesNothing() throws Exception {
		this.mvc
			.perform(post(this.page).with(planner())
				.with(csrf())
				.header("Accept-Language", "en")
				.param("name", "雙11大促")
				.param("startDate", "2026-11-01")
				.param("endDate", "2026-11-11")
				.param("channels", "douyin", "myspace"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Unknown channel &#39;myspace&#39;")));
		assertThat(this.parts.count("campaign", this.planId)).isZero();
	}

	@Test
	void showsEndBeforeStartNextToTheEndDate() throws Exception {
		this.mvc
			.perform(post(this.page).with(planner())
				.with(csrf())
				.header("Accept-Language", "en")
				.param("name", "618")
				.param("startDate", "2026-06-18")
				.param("endDate", "2026-06-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("must not be before the start date")));
		assertThat(this.parts.count("campaign", this.planId)).isZero();
	}

	@Test
	void editsACampaignAndRefusesAStaleEdit() throws Exception {
		this.mvc.perform(post(this.page).with(planner())
			.with(csrf())
			.param("name", "618")
			.param("startDate", "2026-06-01")
			.param("endDate", "2026-06-18")
			.param("channels", "jd"));
		long id = this.jdbc.sql("select id from campaign where plan_id = :planId")
			.param("planId", this.planId)
			.query(Long.class)
			.single();
		this.mvc.perform(get(this.page + "/" + id + "/edit").with(planner()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"618\"")));

		this.mvc
			.perform(post(this.page + "/" + id).with(planner())
				.with(csrf())
				.param("name", "618 extended")
				.param("startDate", "2026-06-01")
				.param("endDate", "2026-06-20")
				.param("channels", "jd", "tmall")
				.param("version", "0"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post(this.page + "/" + id).with(planner())
				.with(csrf())
				.header("Accept-Language", "en")
				.param("name", "stale")
				.param("startDate", "2026-06-01")
				.param("endDate", "2026-06-20")
				.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("was changed by someone else")));
		assertThat(
				this.jdbc.sql("select name from campaign where id = :id").param("id", id).query(String.class).single())
			.isEqualTo("618 extended");
	}

}
