package com.marketingplanner.web.operations;

import com.marketingplanner.domain.template.PlansFromTemplates;
import com.marketingplanner.web.support.PlannerWebTest;
import com.marketingplanner.web.support.TestUsers;
import com.marketingplanner.web.timeline.PlanParts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
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
 * The tools and operations page: seeds 002 and 004 in Chinese, dialogs with their errors,
 * read-only viewers.
 */
@PlannerWebTest
class OperationsPageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	PlansFromTemplates templates;

	@Autowired
	PlanParts parts;

	@BeforeEach
	void setUp() {
		this.users.ensureAll();
	}

	@Test
	void showsPlan002sToolsAndDashboardsWithTheirZonesAndLinksInChinese() throws Exception {
		long planId = this.templates.create("seed-002", "planner", null, null);

		this.mvc.perform(get("/plans/" + planId + "/operations").with(planner()).param("lang", "zh_CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("工具与运营")))
			.andExpect(content().string(containsString("Zoho+自研CRM")))
			.andExpect(content().string(containsString("预测模型")))
			.andExpect(content().string(containsString("红色预警区")))
			.andExpect(content().string(containsString("7 天")))
			.andExpect(content().string(containsString("/plans/" + planId + "/analytics/budget-board")))
			.andExpect(content().string(containsString("打开营销效果周报")))
			.andExpect(content().string(containsString("id=\"dashboard-dialog\"")))
			.andExpect(content().string(not(containsString("??"))));
	}

	@Test
	void showsPlan004sPlannedToolsDueDatesAndStandardsInChinese() throws Exception {
		long planId = this.templates.create("seed-004", "planner", null, null);

		this.mvc.perform(get("/plans/" + planId + "/operations").with(planner()).param("lang", "zh_CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("方案第 3 个月底前（2024-03-31）")))
			.andExpect(content().string(containsString("三审三校")))
			.andExpect(content().string(containsString("≤ 72 小时")))
			.andExpect(content().string(containsString("提前 15 天")))
			.andExpect(content().string(not(containsString("??"))));
	}

	@Test
	void addsADashboardFromItsDialogAndShowsADuplicateZoneNextToTheForm() throws Exception {
		long planId = this.parts.plan();
		String page = "/plans/" + planId + "/operations";

		this.mvc
			.perform(post(page + "/dashboards").with(planner())
				.with(csrf())
				.header("Accept-Language", "en")
				.param("name", "营销资源仪表盘")
				.param("zones[0].name", "红色预警区")
				.param("zones[1].name", "红色预警区")
				.param("zones[2].name", "")
				.param("zones[3].name", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("already has a zone named")));
		assertThat(this.parts.count("plan_dashboard", planId)).isZero();

		this.mvc
			.perform(post(page + "/dashboards").with(planner())
				.with(csrf())
				.param("name", "营销资源仪表盘")
				.param("refresh", "REAL_TIME")
				.param("view", "BUDGET_BOARD")
				.param("zones[0].name", "红色预警区")
				.param("zones[0].rule", "触达红色区域时预警")
				.param("zones[1].name", "")
				.param("zones[1].rule", ""))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post(page + "/tools").with(planner())
				.with(csrf())
				.header("Accept-Language", "en")
				.param("name", "ERP")
				.param("category", "ERP")
				.param("status", "IN_USE")
				.param("plannedMonth", "3"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("class=\"field invalid\"")))
			.andExpect(content().string(containsString("Only a planned tool")));
		this.mvc
			.perform(post(page + "/standards").with(planner())
				.with(csrf())
				.param("name", "商品上新流程")
				.param("timeLimitHours", "72")
				.param("checks", "三审三校"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get(page).with(planner()).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Open the budget board")))
			.andExpect(content().string(containsString("触达红色区域时预警")))
			.andExpect(content().string(containsString("≤ 72 h")));
	}

	@Test
	void viewersSeeToolsAndOperationsButCannotChangeThem() throws Exception {
		long planId = this.templates.create("seed-003", "planner", null, null);
		String page = "/plans/" + planId + "/operations";

		this.mvc.perform(get(page).with(user("viewer").roles("VIEWER")).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Google Analytics")))
			.andExpect(content().string(not(containsString("tool-dialog"))));
		this.mvc
			.perform(post(page + "/tools").with(user("viewer").roles("VIEWER"))
				.with(csrf())
				.param("name", "x")
				.param("category", "BI")
				.param("status", "IN_USE"))
			.andExpect(status().isForbidden());
	}

}
