package com.marketingplanner.web.framework;

import com.marketingplanner.domain.template.PlansFromTemplates;
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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The frameworks page: seeds 001 and 003 in Chinese, forms in dialogs with their errors,
 * moving an item, read-only viewers; and the organisation page's recruitment channels.
 */
@PlannerWebTest
class FrameworkPageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlansFromTemplates templates;

	@Autowired
	PlanParts parts;

	@BeforeEach
	void setUp() {
		this.users.ensureAll();
	}

	@Test
	void showsPlan001sModelsAndStepsInChinese() throws Exception {
		long planId = this.templates.create("seed-001", "planner", null, null);

		this.mvc.perform(get("/plans/" + planId + "/frameworks").with(planner()).param("lang", "zh_CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("框架与模型")))
			.andExpect(content().string(containsString("营销能力成熟度模型")))
			.andExpect(content().string(containsString("领先层")))
			.andExpect(content().string(containsString("步骤序列")))
			.andExpect(content().string(containsString("接在“建立营销数据标准体系”之后")))
			.andExpect(content().string(containsString("出处：4.3 目标客户群体细分与定位")))
			.andExpect(content().string(containsString("id=\"framework-dialog\"")))
			.andExpect(content().string(not(containsString("??"))));
	}

	@Test
	void showsPlan003sAttributionModelsByTheApplicationsNames() throws Exception {
		long planId = this.templates.create("seed-003", "planner", null, null);

		this.mvc.perform(get("/plans/" + planId + "/frameworks").with(planner()).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("首次点击")))
			.andExpect(content().string(containsString("First touch")))
			.andExpect(content().string(containsString("Segmentation")))
			.andExpect(content().string(not(containsString("??"))));
	}

	@Test
	void addsAFrameworkAndItsItemsShowsATakenNameNextToItsFieldAndMovesAnItem() throws Exception {
		long planId = this.parts.plan();
		String page = "/plans/" + planId + "/frameworks";

		this.mvc
			.perform(post(page).with(planner())
				.with(csrf())
				.param("kind", "SEGMENTATION")
				.param("name", "消费层级")
				.param("sourceSection", "02 市场分析"))
			.andExpect(status().is3xxRedirection());
		long frameworkId = this.jdbc.sql("SELECT id FROM plan_framework WHERE plan_id = ?")
			.param(planId)
			.query(Long.class)
			.single();
		for (String name : new String[] { "高端", "中端" }) {
			long version = version(frameworkId);
			this.mvc
				.perform(post(page + "/" + frameworkId + "/items").with(planner())
					.with(csrf())
					.param("name", name)
					.param("version", String.valueOf(version)))
				.andExpect(status().is3xxRedirection());
		}
		this.mvc
			.perform(post(page + "/" + frameworkId + "/items").with(planner())
				.with(csrf())
				.header("Accept-Language", "en")
				.param("name", "高端")
				.param("version", String.valueOf(version(frameworkId))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"item-dialog\"")))
			.andExpect(content().string(containsString("is already called “高端”")));
		this.mvc
			.perform(post(page + "/" + frameworkId + "/items/1/move").with(planner())
				.with(csrf())
				.param("steps", "-1")
				.param("version", String.valueOf(version(frameworkId))))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.sql("SELECT name FROM plan_framework_item WHERE framework_id = ? ORDER BY position")
			.param(frameworkId)
			.query(String.class)
			.list()).containsExactly("中端", "高端");
		this.mvc.perform(get(page).with(planner()).param("itemsOf", String.valueOf(frameworkId)).param("editItem", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"高端\"")));
	}

	@Test
	void viewersSeeTheFrameworksButCannotChangeThem() throws Exception {
		long planId = this.templates.create("seed-003", "planner", null, null);
		String page = "/plans/" + planId + "/frameworks";

		this.mvc.perform(get(page).with(user("viewer").roles("VIEWER")).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("消费层级")))
			.andExpect(content().string(not(containsString("framework-dialog"))));
		this.mvc.perform(
				post(page).with(user("viewer").roles("VIEWER")).with(csrf()).param("kind", "MODEL").param("name", "x"))
			.andExpect(status().isForbidden());
	}

	@Test
	void theOrganisationPageShowsAndEditsRecruitmentChannelsAndAProgrammeCycle() throws Exception {
		long plan001 = this.templates.create("seed-001", "planner", null, null);
		this.mvc.perform(get("/plans/" + plan001 + "/organisation").with(planner()).param("lang", "zh_CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("招聘渠道：校园招聘、社会招聘、内部推荐")));
		long plan002 = this.templates.create("seed-002", "planner", null, null);
		this.mvc.perform(get("/plans/" + plan002 + "/organisation").with(planner()).param("lang", "zh_CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("项目周期：6个月")));

		long planId = this.parts.plan();
		this.mvc
			.perform(post("/plans/" + planId + "/organisation/team-units").with(planner())
				.with(csrf())
				.param("name", "营销部门")
				.param("recruitmentChannels", "CAMPUS", "REFERRAL")
				.param("programmeCycleMonths", "6"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/plans/" + planId + "/organisation").with(planner()).header("Accept-Language", "en"))
			.andExpect(content().string(containsString("Recruits through: Campus recruitment, Employee referral")))
			.andExpect(content().string(containsString("Programme cycle: 6 months")));
	}

	private long version(long frameworkId) {
		return this.jdbc.sql("SELECT version FROM plan_framework WHERE id = ?")
			.param(frameworkId)
			.query(Long.class)
			.single();
	}

}
