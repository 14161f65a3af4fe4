package com.marketingplanner.web.risk;

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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PlannerWebTest
class RiskPagesTest {

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
		this.page = "/plans/" + this.planId + "/risks";
	}

	private void add(String category, String title, String probability, String impact) throws Exception {
		this.mvc
			.perform(post(this.page).with(planner())
				.with(csrf())
				.param("category", category)
				.param("title", title)
				.param("probability", probability)
				.param("impact", impact)
				.param("strategy", "MITIGATE"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl(this.page))
			.andExpect(flash().attribute("flash", "flash.created"));
	}

	@Test
	void showsTheRegisterSortedByScoreWithTheHeatMap() throws Exception {
		add("市場", "Competitor strategy", "0.18", "3");
		add("技術", "Platform delay", "0.22", "4");
		add("合規", "Data privacy", "", "5");

		String html = this.mvc.perform(get(this.page).with(planner()).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).containsSubsequence("Platform delay", "0.88", "Competitor strategy", "0.54", "Data privacy",
				"not defined: no probability");
		assertThat(html).contains("P not stated").contains("stand beside the chart");
		assertThat(html).doesNotContain("??");
		this.mvc.perform(get(this.page).with(planner()).param("lang", "zh_CN"))
			.andExpect(content().string(containsString("风险登记册")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("??"))));
	}

	@Test
	void addsARiskWithTwoTriggersAndAnImpactShareFromTheForm() throws Exception {
		long kpi = this.parts.kpi(this.planId, "渠道ROI");
		this.mvc
			.perform(post(this.page).with(planner())
				.with(csrf())
				.param("category", "预算")
				.param("title", "营销预算失控")
				.param("impactShare", "12")
				.param("impactBase", "OTHER")
				.param("triggers[0].kpiId", String.valueOf(kpi))
				.param("triggers[0].condition", "BELOW")
				.param("triggers[0].value", "1.5")
				.param("triggers[0].response", "暂停渠道")
				.param("triggers[1].metric", "月度超支")
				.param("triggers[1].condition", "ABOVE")
				.param("triggers[1].value", "10")
				.param("triggers[1].unit", "%")
				.param("triggers[2].metric", ""))
			.andExpect(status().is3xxRedirection());
		String html = this.mvc.perform(get(this.page).with(planner()).header("Accept-Language", "en"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("营销预算失控", "渠道ROI", "&lt; 1.5", "月度超支", "&gt; 10%", "from 12% of");
		assertThat(
				this.jdbc.sql("select count(*) from risk_trigger t join risk r on r.id = t.risk_id where r.plan_id = ?")
					.param(this.planId)
					.query(Integer.class)
					.single())
			.isEqualTo(2);
	}

	@Test
	void showsATriggerWithoutAMeasureNextToItsRow() throws Exception {
		this.mvc
			.perform(post(this.page).with(planner())
				.with(csrf())
				.header("Accept-Language", "en")
				.param("category", "预算")
				.param("title", "营销预算失控")
				.param("triggers[0].condition", "ABOVE")
				.param("triggers[0].value", "10"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Name what the trigger measures")));
		assertThat(this.parts.count("risk", this.planId)).isZero();
	}

	@Test
	void keepsACrisisPlaybookAndAScenarioLibraryOnItsOwnPage() throws Exception {
		String playbook = this.page + "/playbook";
		this.mvc
			.perform(post(playbook + "/levels").with(planner())
				.with(csrf())
				.param("name", "严重")
				.param("criteria", "质量问题")
				.param("actions", "停售公告\n致歉声明")
				.param("owner", "公关")
				.param("responseMinutes", "30")
				.param("resolutionMinutes", "240"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post(playbook + "/levels").with(planner())
				.with(csrf())
				.header("Accept-Language", "en")
				.param("name", "普通")
				.param("responseMinutes", "60")
				.param("resolutionMinutes", "30"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("cannot be shorter than the response time")));
		this.mvc
			.perform(post(playbook + "/scenarios").with(planner())
				.with(csrf())
				.param("title", "店铺链接被降权")
				.param("responses[0]", "1小时内修复")
				.param("responses[1]", "")
				.param("backupChannel", "抖音"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get(playbook).with(planner()).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("严重")))
			.andExpect(content().string(containsString("30 min")))
			.andExpect(content().string(containsString("1小时内修复")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("??"))));
		this.mvc
			.perform(get("/api/v1/plans/" + this.planId + "/crisis-levels")
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
					.httpBasic("viewer", com.marketingplanner.web.support.TestUsers.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(
					org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$[0].responseMinutes")
						.value(30));
	}

	@Test
	void showsAProbabilityAboveOneNextToItsFieldAndSavesNothing() throws Exception {
		this.mvc
			.perform(post(this.page).with(planner())
				.with(csrf())
				.header("Accept-Language", "en")
				.param("category", "技術")
				.param("title", "Platform delay")
				.param("probability", "1.5"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("class=\"field invalid\"")))
			.andExpect(content().string(containsString("must be less than or equal to 1")));
		assertThat(this.parts.count("risk", this.planId)).isZero();
	}

	@Test
	void escalatesARiskWithItsButtonAndEditsIt() throws Exception {
		add("技術", "Platform delay", "0.22", "4");
		long id = this.jdbc.sql("select id from risk where plan_id = :planId")
			.param("planId", this.planId)
			.query(Long.class)
			.single();

		this.mvc
			.perform(post(this.page + "/" + id + "/status").with(planner())
				.with(csrf())
				.param("status", "MITIGATING")
				.param("version", "0"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get(this.page + "/" + id + "/edit").with(planner()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"Platform delay\"")));
		this.mvc
			.perform(post(this.page + "/" + id).with(planner())
				.with(csrf())
				.param("category", "技術")
				.param("title", "Platform delay (re-assessed)")
				.param("probability", "0.3")
				.param("impact", "4")
				.param("status", "CLOSED")
				.param("version", "1"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", "flash.saved"));
		assertThat(this.jdbc.sql("select status from risk where id = :id").param("id", id).query(String.class).single())
			.isEqualTo("CLOSED");
	}

	@Test
	void answersNotFoundForTheEditPageOfARiskOfAnotherPlan() throws Exception {
		add("技術", "Platform delay", "0.22", "4");
		long id = this.jdbc.sql("select id from risk where plan_id = :planId")
			.param("planId", this.planId)
			.query(Long.class)
			.single();
		long otherPlan = this.parts.plan();

		this.mvc.perform(get("/plans/" + otherPlan + "/risks/" + id + "/edit").with(planner()))
			.andExpect(status().isNotFound());
	}

	@Test
	void forbidsViewersToAddRisks() throws Exception {
		this.mvc
			.perform(post(this.page).with(user("viewer").roles("VIEWER"))
				.with(csrf())
				.param("category", "技術")
				.param("title", "x"))
			.andExpect(status().isForbidden());
		assertThat(this.parts.count("risk", this.planId)).isZero();
	}

}
