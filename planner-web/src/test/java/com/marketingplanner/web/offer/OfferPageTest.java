package com.marketingplanner.web.offer;

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
 * The promotions and tactics page: seed 002 in Chinese, forms with their errors,
 * read-only viewers, and the offers listed on the campaigns page.
 */
@PlannerWebTest
class OfferPageTest {

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
	void showsPlan002sPromotionsAndTacticsInChinese() throws Exception {
		long planId = this.templates.create("seed-002", "planner", null, null);

		this.mvc.perform(get("/plans/" + planId + "/offers").with(planner()).param("lang", "zh_CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("促销与战术")))
			.andExpect(content().string(containsString("满¥200减¥30")))
			.andExpect(content().string(containsString("合作方：支付平台")))
			.andExpect(content().string(containsString("每日 10:00")))
			.andExpect(content().string(containsString("7天期限")))
			.andExpect(content().string(containsString("3 × 短视频")))
			.andExpect(content().string(containsString("第14天：发放优惠券")))
			.andExpect(content().string(containsString("每个单位：每篇笔记")))
			.andExpect(content().string(containsString("id=\"tactic-dialog\"")))
			.andExpect(content().string(not(containsString("??"))));
		this.mvc.perform(get("/plans/" + planId + "/campaigns").with(planner()).param("lang", "zh_CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("促销与战术：场景化种草笔记 · 探店达人直播节奏")));
	}

	@Test
	void addsAPromotionAndATacticAndShowsABrokenRuleNextToItsField() throws Exception {
		long planId = this.parts.plan();
		String page = "/plans/" + planId + "/offers";

		this.mvc
			.perform(post(page + "/promotions").with(planner())
				.with(csrf())
				.header("Accept-Language", "en")
				.param("kind", "THRESHOLD_DISCOUNT")
				.param("name", "满300减500")
				.param("threshold", "300")
				.param("discountAmount", "500"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("class=\"field invalid\"")))
			.andExpect(content().string(containsString("must be less than the threshold")));
		assertThat(this.parts.count("plan_promotion", planId)).isZero();

		this.mvc
			.perform(post(page + "/promotions").with(planner())
				.with(csrf())
				.param("kind", "FLASH_SALE")
				.param("name", "每日10点秒杀")
				.param("recurrence", "DAILY")
				.param("timeOfDay", "10:00"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post(page + "/tactics").with(planner())
				.with(csrf())
				.param("name", "5秒决策区")
				.param("appliesTo", "店铺首页")
				.param("components[0].component", "短视频")
				.param("components[0].quantity", "3")
				.param("components[1].component", "")
				.param("components[2].component", "主图")
				.param("components[2].quantity", "1")
				.param("steps[0].action", ""))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get(page).with(planner()).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Daily at 10:00")))
			.andExpect(content().string(containsString("1 × 主图")))
			.andExpect(content().string(containsString("4 pieces per unit")));
	}

	@Test
	void viewersSeeTheOffersButCannotChangeThem() throws Exception {
		long planId = this.templates.create("seed-003", "planner", null, null);
		String page = "/plans/" + planId + "/offers";

		this.mvc.perform(get(page).with(user("viewer").roles("VIEWER")).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("CNY 50 off orders of CNY 300 or more")))
			.andExpect(content().string(containsString("(16.7% at the threshold)")))
			.andExpect(content().string(not(containsString("promotion-dialog"))));
		this.mvc
			.perform(post(page + "/promotions").with(user("viewer").roles("VIEWER"))
				.with(csrf())
				.param("kind", "OTHER")
				.param("name", "x"))
			.andExpect(status().isForbidden());
	}

}
