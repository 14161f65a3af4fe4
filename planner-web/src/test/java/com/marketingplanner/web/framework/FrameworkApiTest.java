package com.marketingplanner.web.framework;

import com.marketingplanner.domain.template.PlansFromTemplates;
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
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The frameworks REST API: a framework with its ordered items, item changes under the
 * framework's version, the rules by kind as problem details, and the team units'
 * recruitment channels and programme cycles.
 */
@PlannerWebTest
class FrameworkApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

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
		return "/api/v1/plans/" + this.planId + "/frameworks";
	}

	@Test
	void addsAFrameworkWithItemsThenAddsEditsReordersAndDeletesItemsUnderItsVersion() throws Exception {
		String created = this.mvc
			.perform(post(base()).with(planner()).contentType(MediaType.APPLICATION_JSON).content("""
					{"kind": "SEQUENCE", "name": "实施步骤", "sourceSection": "5.1—5.4",
					 "items": [{"name": "数据标准"}, {"name": "自动化工作流"}]}"""))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/frameworks/")))
			.andExpect(jsonPath("$.items[1].dependsOn").value("数据标准"))
			.andExpect(jsonPath("$.version").value(0))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = this.parts.id(created);

		this.mvc.perform(
				post(base() + "/" + id + "/items").with(planner()).contentType(MediaType.APPLICATION_JSON).content("""
						{"name": "效果评估模型", "version": 0}"""))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/frameworks/" + id + "/items/2")))
			.andExpect(jsonPath("$.items[2].dependsOn").value("自动化工作流"))
			.andExpect(jsonPath("$.version").value(1));
		this.mvc
			.perform(put(base() + "/" + id + "/items/order").with(planner())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"order": [2, 0, 1], "version": 1}"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].name").value("效果评估模型"))
			.andExpect(jsonPath("$.items[0].dependsOn").doesNotExist())
			.andExpect(jsonPath("$.version").value(2));
		this.mvc.perform(
				put(base() + "/" + id + "/items/0").with(planner()).contentType(MediaType.APPLICATION_JSON).content("""
						{"name": "效果评估模型", "description": "A/B测试、多变量测试", "version": 2}"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].description").value("A/B测试、多变量测试"));
		this.mvc.perform(get(base() + "/" + id + "/items/0").with(viewer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.index").value(0))
			.andExpect(jsonPath("$.description").value("A/B测试、多变量测试"));
		this.mvc.perform(delete(base() + "/" + id + "/items/0?version=3").with(planner()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items.length()").value(2));
		this.mvc.perform(get(base() + "/" + id + "/items/2").with(viewer())).andExpect(status().isNotFound());
	}

	@Test
	void answersTheRulesOfAKindAsProblemsNextToTheItemAndChangesNothing() throws Exception {
		this.mvc.perform(post(base()).with(planner()).contentType(MediaType.APPLICATION_JSON).content("""
				{"kind": "SEGMENTATION", "name": "消费层级",
				 "items": [{"name": "高端", "value": 60, "unit": "%"}, {"name": "中端", "value": 50, "unit": "%"}]}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("items"))
			.andExpect(jsonPath("$.errors[0].message", containsString("110")));
		this.mvc
			.perform(post(base()).with(planner())
				.contentType(MediaType.APPLICATION_JSON)
				.header("Accept-Language", "zh-CN")
				.content("""
						{"kind": "MODEL", "name": "模型", "items": [{"name": "首次点击", "attributionModel": "first"}]}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("items[0].attributionModel"))
			.andExpect(jsonPath("$.errors[0].message").value("只有归因框架可以关联归因模型。"));
		this.mvc.perform(post(base()).with(planner()).contentType(MediaType.APPLICATION_JSON).content("""
				{"kind": "MODEL", "name": "模型", "items": [{"name": "A"}, {"name": "a"}]}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("items[1].name"));
		this.mvc.perform(post(base()).with(planner()).contentType(MediaType.APPLICATION_JSON).content("""
				{"kind": "NOT_A_KIND", "name": "模型"}""")).andExpect(status().isBadRequest());
		assertThat(this.parts.count("plan_framework", this.planId)).isZero();
	}

	@Test
	void answersUnauthorisedForbiddenNotFoundAndConflict() throws Exception {
		String framework = """
				{"kind": "SCENARIOS", "name": "收入情景", "items": [{"name": "保守"}, {"name": "乐观"}]}""";
		this.mvc.perform(get(base())).andExpect(status().isUnauthorized());
		this.mvc.perform(post(base()).with(viewer()).contentType(MediaType.APPLICATION_JSON).content(framework))
			.andExpect(status().isForbidden());
		long id = this.parts.id(this.mvc
			.perform(post(base()).with(planner()).contentType(MediaType.APPLICATION_JSON).content(framework))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString());
		long otherPlan = this.parts.plan();
		this.mvc.perform(get("/api/v1/plans/" + otherPlan + "/frameworks/" + id).with(viewer()))
			.andExpect(status().isNotFound());
		this.mvc.perform(
				post(base() + "/" + id + "/items").with(planner()).contentType(MediaType.APPLICATION_JSON).content("""
						{"name": "中性", "position": 1, "version": 5}"""))
			.andExpect(status().isConflict());
		this.mvc.perform(put(base() + "/" + id).with(planner()).contentType(MediaType.APPLICATION_JSON).content("""
				{"kind": "SCENARIOS", "name": "收入情景（新市场）", "version": 0}"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("收入情景（新市场）"))
			.andExpect(jsonPath("$.items.length()").value(2));
		this.mvc.perform(delete(base() + "/" + id + "?version=0").with(planner())).andExpect(status().isConflict());
		this.mvc.perform(delete(base() + "/" + id + "?version=1").with(planner())).andExpect(status().isNoContent());
		this.mvc.perform(get(base() + "/" + id).with(viewer())).andExpect(status().isNotFound());
	}

	@Test
	void listsTemplate003sFrameworksOfOneKindWithTheApplicationsAttributionModels() throws Exception {
		long plan003 = this.templates.create("seed-003", "planner", null, null);

		this.mvc.perform(get("/api/v1/plans/" + plan003 + "/frameworks?kind=ATTRIBUTION").with(viewer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(1))
			.andExpect(jsonPath("$.items[0].items[*].attributionModel", hasItem("linear")))
			.andExpect(jsonPath("$.items[0].items[0].name").value("首次点击"));
		this.mvc.perform(get("/api/v1/plans/" + plan003 + "/frameworks").with(viewer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].name", hasItem("消费层级")))
			.andExpect(jsonPath("$.items[*].name", hasItem("收入情景")));
	}

	@Test
	void aTeamUnitRecruitsThroughChannelsInOrderAndRunsAProgrammeOfSomeMonths() throws Exception {
		String teamUnits = "/api/v1/plans/" + this.planId + "/organisation/team-units";
		this.mvc.perform(post(teamUnits).with(planner()).contentType(MediaType.APPLICATION_JSON).content("""
				{"name": "营销部门", "recruitmentChannels": ["REFERRAL", "OTHER"]}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("recruitmentNote"));
		this.mvc.perform(post(teamUnits).with(planner()).contentType(MediaType.APPLICATION_JSON).content("""
				{"name": "创新孵化器", "programmeCycleMonths": 0}""")).andExpect(status().isBadRequest());
		this.mvc.perform(post(teamUnits).with(planner()).contentType(MediaType.APPLICATION_JSON).content("""
				{"name": "营销部门", "recruitmentChannels": ["CAMPUS", "EXPERIENCED", "REFERRAL"],
				 "recruitmentNote": "复合型人才", "programmeCycleMonths": 6}"""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.recruitmentChannels[0]").value("CAMPUS"))
			.andExpect(jsonPath("$.recruitmentChannels[2]").value("REFERRAL"))
			.andExpect(jsonPath("$.programmeCycleMonths").value(6));
	}

}
