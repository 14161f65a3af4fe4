package com.marketingplanner.web.context;

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
 * The context page and the plan profile on the overview and the plan form: seed 004 in
 * Chinese, the figure form with its errors, read-only viewers.
 */
@PlannerWebTest
class ContextPageTest {

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
	void showsPlan004sProfileAndBaselinesInChinese() throws Exception {
		long planId = this.templates.create("seed-004", "planner", null, null);

		this.mvc.perform(get("/plans/" + planId + "/context").with(planner()).param("lang", "zh_CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("背景数据")))
			.andExpect(content().string(containsString("电商业务启动")))
			.andExpect(content().string(containsString("传统企业部署电商")))
			.andExpect(content().string(containsString("电商行业平均获客成本")))
			.andExpect(content().string(containsString("+68%（较2020年）")))
			.andExpect(content().string(containsString("行业优秀水平：3.5")))
			.andExpect(content().string(containsString("&lt; 5 维")))
			.andExpect(content().string(containsString("7—10 天")))
			.andExpect(content().string(containsString("id=\"metric-dialog\"")))
			.andExpect(content().string(not(containsString("??"))));
		this.mvc.perform(get("/plans/" + planId).with(planner()).param("lang", "zh_CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"plan-profile\"")))
			.andExpect(content().string(containsString("背景数据以USD计")));
	}

	@Test
	void aPlanWithoutAStatedCurrencySaysItsCurrencyIsAssumed() throws Exception {
		long planId = this.templates.create("seed-001", "planner", null, null);

		this.mvc.perform(get("/plans/" + planId + "/context").with(planner()).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Strategy framework")))
			.andExpect(content().string(containsString("CNY (assumed: the source states no currency)")))
			.andExpect(content().string(containsString("No background figures yet.")));
	}

	@Test
	void addsAFigureAndShowsAReversedRangeNextToItsField() throws Exception {
		long planId = this.parts.plan();
		String page = "/plans/" + planId + "/context";

		this.mvc
			.perform(post(page + "/metrics").with(planner())
				.with(csrf())
				.header("Accept-Language", "en")
				.param("name", "跨境履约时效")
				.param("value", "10")
				.param("upperValue", "7")
				.param("unit", "天"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("class=\"field invalid\"")))
			.andExpect(content().string(containsString("is below its lower end")));
		assertThat(this.parts.count("context_metric", planId)).isZero();

		this.mvc
			.perform(post(page + "/metrics").with(planner())
				.with(csrf())
				.param("name", "跨境履约时效")
				.param("qualifier", "ABOUT")
				.param("value", "7")
				.param("upperValue", "10")
				.param("unit", "天"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get(page).with(planner()).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("≈ 7–10 天")));
	}

	@Test
	void thePlanFormEditsTheProfile() throws Exception {
		long planId = this.parts.plan();

		this.mvc
			.perform(post("/plans/" + planId).with(planner())
				.with(csrf())
				.param("title", "网店运营市场推广方案")
				.param("currency", "CNY")
				.param("periodStart", "2026-01-01")
				.param("periodEnd", "2026-12-31")
				.param("version", "0")
				.param("planKind", "STORE_PROMOTION")
				.param("businessContext", "天猫店铺")
				.param("_currencyStated", "on")
				.param("contextCurrency", ""))
			.andExpect(status().is3xxRedirection());

		this.mvc.perform(get("/plans/" + planId + "/edit").with(planner()).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"STORE_PROMOTION\" selected=\"selected\"")))
			.andExpect(content().string(containsString("天猫店铺")));
		this.mvc.perform(get("/plans/" + planId + "/context").with(planner()).header("Accept-Language", "en"))
			.andExpect(content().string(containsString("CNY (assumed: the source states no currency)")));
	}

	@Test
	void viewersSeeTheFiguresButCannotChangeThem() throws Exception {
		long planId = this.templates.create("seed-002", "planner", null, null);
		String page = "/plans/" + planId + "/context";

		this.mvc.perform(get(page).with(user("viewer").roles("VIEWER")).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("抖音月均用户增量")))
			.andExpect(content().string(not(containsString("metric-dialog"))));
		this.mvc.perform(post(page + "/metrics").with(user("viewer").roles("VIEWER")).with(csrf()).param("name", "x"))
			.andExpect(status().isForbidden());
	}

}
