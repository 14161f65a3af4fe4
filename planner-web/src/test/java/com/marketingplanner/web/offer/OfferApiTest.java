package com.marketingplanner.web.offer;

import com.marketingplanner.domain.template.PlansFromTemplates;
import com.marketingplanner.web.support.PlannerWebTest;
import com.marketingplanner.web.support.TestUsers;
import com.marketingplanner.web.timeline.PlanParts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static com.marketingplanner.web.support.ApiAs.planner;
import static com.marketingplanner.web.support.ApiAs.viewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The promotions and tactics REST API. */
@PlannerWebTest
class OfferApiTest {

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

	long planId;

	@BeforeEach
	void setUp() throws Exception {
		this.users.ensureAll();
		this.planId = this.parts.plan();
	}

	private String base() {
		return "/api/v1/plans/" + this.planId;
	}

	@Test
	void addsAThresholdDiscountADailyFlashSaleAndATimedTactic() throws Exception {
		this.mvc
			.perform(post(base() + "/promotions").with(planner()).contentType(MediaType.APPLICATION_JSON).content("""
					{"kind": "THRESHOLD_DISCOUNT", "name": "满200减30", "threshold": 200, "discountAmount": 30,
					 "channelCode": "tmall"}"""))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/promotions/")))
			.andExpect(jsonPath("$.threshold").value(200.00))
			.andExpect(jsonPath("$.discountAmount").value(30.00))
			.andExpect(jsonPath("$.depthPercent").value(15))
			.andExpect(jsonPath("$.channelCode").value("tmall"));
		this.mvc
			.perform(post(base() + "/promotions").with(planner()).contentType(MediaType.APPLICATION_JSON).content("""
					{"kind": "FLASH_SALE", "name": "每日10点秒杀", "recurrence": "DAILY", "timeOfDay": "10:00"}"""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.timeOfDay").value("10:00:00"));
		this.mvc.perform(post(base() + "/tactics").with(planner())
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"""
							{"name": "私域自动化营销流程", "channelCode": "private-domain",
							 "steps": [{"day": 0, "action": "新人入群"}, {"day": 7, "action": "互动"}, {"day": 14, "action": "发放优惠券"}]}"""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.steps[2].day").value(14))
			.andExpect(jsonPath("$.spanDays").value(14));

		this.mvc.perform(get(base() + "/promotions").with(viewer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(2))
			.andExpect(jsonPath("$.items[1].recurrence").value("DAILY"));
		this.mvc.perform(get(base() + "/tactics").with(viewer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].steps[1].action").value("互动"));
	}

	@Test
	void refusesBadInputWithProblemDetailsAndChangesNothing() throws Exception {
		this.mvc
			.perform(post(base() + "/promotions").with(planner()).contentType(MediaType.APPLICATION_JSON).content("""
					{"kind": "THRESHOLD_DISCOUNT", "name": "满30减200", "threshold": 30, "discountAmount": 200}"""))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.errors[0].field").value("discountAmount"));
		this.mvc
			.perform(post(base() + "/promotions").with(planner()).contentType(MediaType.APPLICATION_JSON).content("""
					{"kind": "COUPON", "name": "券", "discountAmount": -5}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("discountAmount"));
		this.mvc
			.perform(post(base() + "/promotions").with(planner()).contentType(MediaType.APPLICATION_JSON).content("""
					{"kind": "FLASH_SALE", "name": "秒杀", "timeOfDay": "25:00"}"""))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(post(base() + "/promotions").with(planner()).contentType(MediaType.APPLICATION_JSON).content("""
					{"kind": "FLASH_SALE", "name": "秒杀", "timeOfDay": "10:00"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("timeOfDay"));
		this.mvc.perform(post(base() + "/tactics").with(planner()).contentType(MediaType.APPLICATION_JSON).content("""
				{"name": "私域", "steps": [{"day": 14, "action": "发券"}, {"day": 7, "action": "互动"}]}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("steps[1].day"));
		this.mvc.perform(post(base() + "/tactics").with(planner()).contentType(MediaType.APPLICATION_JSON).content("""
				{"name": "5秒决策区", "components": [{"component": "短视频", "quantity": 0}]}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("components[0].quantity")));
		assertThat(this.parts.count("plan_promotion", this.planId)).isZero();
		assertThat(this.parts.count("plan_tactic", this.planId)).isZero();
	}

	@Test
	void answersUnauthorisedForbiddenNotFoundAndConflict() throws Exception {
		String promotion = """
				{"kind": "FIRST_ORDER_DISCOUNT", "name": "首单减20元", "discountAmount": 20}""";
		this.mvc.perform(get(base() + "/promotions")).andExpect(status().isUnauthorized());
		this.mvc.perform(
				post(base() + "/promotions").with(viewer()).contentType(MediaType.APPLICATION_JSON).content(promotion))
			.andExpect(status().isForbidden());
		long promotionId = this.parts.id(this.mvc.perform(
				post(base() + "/promotions").with(planner()).contentType(MediaType.APPLICATION_JSON).content(promotion))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString());
		long otherPlan = this.parts.plan();
		this.mvc.perform(get("/api/v1/plans/" + otherPlan + "/promotions/" + promotionId).with(viewer()))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(put(base() + "/promotions/" + promotionId).with(planner())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"kind": "FIRST_ORDER_DISCOUNT", "name": "首单减25元", "discountAmount": 25, "version": 7}"""))
			.andExpect(status().isConflict());
		this.mvc
			.perform(put(base() + "/promotions/" + promotionId).with(planner())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"kind": "FIRST_ORDER_DISCOUNT", "name": "首单减25元", "discountAmount": 25, "version": 0}"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.discountAmount").value(25.00));
		this.mvc.perform(delete(base() + "/promotions/" + promotionId + "?version=1").with(planner()))
			.andExpect(status().isNoContent());
		this.mvc.perform(get(base() + "/promotions/" + promotionId).with(viewer())).andExpect(status().isNotFound());
		this.mvc.perform(get(base() + "/tactics/999999999").with(viewer())).andExpect(status().isNotFound());
	}

	@Test
	void listsPlan002sOffersAndThoseOfOneCampaign() throws Exception {
		long plan002 = this.templates.create("seed-002", "planner", null, null);
		long campaignId = this.jdbc.sql("select id from campaign where plan_id = ? and name like 'Q1 抖音本地生活%'")
			.param(plan002)
			.query(Long.class)
			.single();

		this.mvc.perform(get("/api/v1/plans/" + plan002 + "/promotions").with(viewer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].name").value("满200减30"))
			.andExpect(jsonPath("$.items[0].partnerId").isNumber());
		this.mvc.perform(get("/api/v1/plans/" + plan002 + "/tactics?campaignId=" + campaignId).with(viewer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(2))
			.andExpect(jsonPath("$.items[0].components[1].component").value("价格对比表格"))
			.andExpect(jsonPath("$.items[0].pieces").value(5));
	}

}
