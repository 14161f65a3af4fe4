package com.marketingplanner.web.driver;

import com.marketingplanner.web.support.PlannerWebTest;
import com.marketingplanner.web.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static com.marketingplanner.web.support.ApiAs.planner;
import static com.marketingplanner.web.support.ApiAs.viewer;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Driver trees, the what-if and mixes over REST and on their pages, on seed 004: its GMV
 * formula implies the 0.93 % conversion, its monthly GMV is flagged, its users mix cannot
 * be checked; errors answer 400/401/403/404/409.
 */
@PlannerWebTest
class DriverTreesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	final JsonMapper json = JsonMapper.builder().build();

	@BeforeEach
	void users() {
		this.users.ensureAll();
	}

	@Test
	void plan004sFormulasAndMixesAreCheckedOverRest() throws Exception {
		long planId = fromTemplate("seed-004");
		String base = "/api/v1/plans/" + planId + "/drivers";

		this.mvc.perform(get(base + "/formulas").with(viewer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].kpi.name").value("首年GMV"))
			.andExpect(jsonPath("$[0].status").value("IMPLIES_DRIVER"))
			.andExpect(jsonPath("$[0].factors[2].implied").value(true))
			.andExpect(jsonPath("$[0].factors[2].level").value(0.9259))
			.andExpect(jsonPath("$[1].status").value("DISAGREES"))
			.andExpect(jsonPath("$[1].gapPercent").value(4.17));
		this.mvc.perform(get(base + "/mixes").with(viewer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(6))
			.andExpect(jsonPath("$[0].check.status").value("SUMS_TO_100"))
			.andExpect(jsonPath("$[2].name").value("用户分层"))
			.andExpect(jsonPath("$[2].check.status").value("CANNOT_BE_CHECKED"))
			.andExpect(jsonPath("$[2].check.difference").value(30));
	}

	@Test
	void aWhatIfShowsTheMovesAndIsAppliedOnlyAtTheVersionsRead() throws Exception {
		long planId = fromTemplate("seed-004");
		String base = "/api/v1/plans/" + planId + "/drivers";
		JsonNode formulas = read(get(base + "/formulas").with(viewer()));
		long visitors = formulas.get(0).get("factors").get(0).get("kpi").get("id").asLong();

		JsonNode whatIf = read(get(base + "/what-if").with(viewer())
			.param("driverKpiId", String.valueOf(visitors))
			.param("change", "BY_PERCENT")
			.param("value", "10"));
		org.assertj.core.api.Assertions.assertThat(whatIf.get("moves").size()).isEqualTo(3);
		org.assertj.core.api.Assertions.assertThat(whatIf.get("moves").get(1).get("after").decimalValue())
			.isEqualByComparingTo("110000000");

		StringBuilder versions = new StringBuilder();
		for (JsonNode move : whatIf.get("moves")) {
			versions.append(versions.isEmpty() ? "" : ",")
				.append("{\"kpiId\": ")
				.append(move.get("kpi").get("id").asLong())
				.append(", \"version\": ")
				.append(move.get("kpi").get("version").asLong())
				.append("}");
		}
		String apply = "{\"driverKpiId\": " + visitors + ", \"change\": \"BY_PERCENT\", \"value\": 10, \"versions\": ["
				+ versions + "]}";
		this.mvc.perform(post(base + "/what-if").with(viewer()).contentType(MediaType.APPLICATION_JSON).content(apply))
			.andExpect(status().isForbidden());
		this.mvc.perform(post(base + "/what-if").with(planner()).contentType(MediaType.APPLICATION_JSON).content(apply))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.moves[2].after").value(8800000.0));
		this.mvc.perform(post(base + "/what-if").with(planner()).contentType(MediaType.APPLICATION_JSON).content(apply))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
	}

	@Test
	void badFormulasAndMixesAnswerProblemsAndChangeNothing() throws Exception {
		long planId = fromTemplate("seed-004");
		String base = "/api/v1/plans/" + planId + "/drivers";
		JsonNode formulas = read(get(base + "/formulas").with(viewer()));
		long gmv = formulas.get(0).get("kpi").get("id").asLong();
		long visitors = formulas.get(0).get("factors").get(0).get("kpi").get("id").asLong();
		long monthly = formulas.get(1).get("kpi").get("id").asLong();

		this.mvc.perform(post(base + "/formulas").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isUnauthorized());
		this.mvc
			.perform(
					post(base + "/formulas").with(planner())
						.header("Accept-Language", "zh-CN")
						.contentType(MediaType.APPLICATION_JSON)
						.content("{\"kpiId\": " + visitors + ", \"name\": \"访客\", \"factors\": [{\"kpiId\": " + monthly
								+ "}]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("factors"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("该公式会使KPI依赖自身")));
		this.mvc
			.perform(post(base + "/formulas").with(planner())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"kpiId\": " + gmv + ", \"name\": \"\", \"factors\": []}"))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get(base + "/formulas/99999999").with(viewer())).andExpect(status().isNotFound());
		this.mvc.perform(get(base + "/what-if").with(viewer()).param("driverKpiId", "1").param("value", "abc"))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(post(base + "/mixes").with(planner())
				.header("Accept-Language", "en")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"渠道\", \"shares\": [{\"label\": \"A\", \"share\": 140}, {\"label\": \"B\"}]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("shares[0].share"));
		JsonNode mix = read(post(base + "/mixes").with(planner())
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"name\": \"渠道\", \"shares\": [{\"label\": \"A\", \"share\": 40}, {\"label\": \"B\", \"share\": 30}]}"));
		org.assertj.core.api.Assertions.assertThat(mix.get("check").get("status").asString()).isEqualTo("DOES_NOT_SUM");
		String mixUrl = base + "/mixes/" + mix.get("id").asLong();
		this.mvc
			.perform(put(mixUrl).with(planner())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"渠道\", \"version\": 7, \"shares\": [{\"label\": \"A\", \"share\": 70}, "
						+ "{\"label\": \"B\", \"share\": 30}]}"))
			.andExpect(status().isConflict());
		this.mvc.perform(delete(mixUrl).with(viewer()).param("version", "0")).andExpect(status().isForbidden());
		this.mvc.perform(delete(mixUrl).with(planner()).param("version", "0")).andExpect(status().isNoContent());
		this.mvc.perform(get(base + "/formulas").with(viewer())).andExpect(jsonPath("$.length()").value(2));
	}

	@Test
	void theDriverPagesShowTheTreeTheMixesAndTheWhatIfInChinese() throws Exception {
		long planId = fromTemplate("seed-004");
		String page = "/plans/" + planId + "/drivers";
		JsonNode formulas = read(get("/api/v1/plans/" + planId + "/drivers/formulas").with(viewer()));
		long visitors = formulas.get(0).get("factors").get(0).get("kpi").get("id").asLong();

		this.mvc.perform(get(page).with(user("viewer").roles("VIEWER")).header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("驱动树与结构占比")))
			.andExpect(content().string(containsString("推算出驱动因子")))
			.andExpect(content().string(containsString("与填写的目标不一致")))
			.andExpect(content().string(containsString("用户分层")))
			.andExpect(content().string(containsString("无法检查")))
			.andExpect(content().string(not(containsString("formula-dialog"))))
			.andExpect(content().string(not(containsString("??"))));
		this.mvc.perform(get("/plans/" + planId + "/goals").with(user("viewer").roles("VIEWER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("goal-driver-trees")))
			.andExpect(content().string(containsString(page)));
		this.mvc
			.perform(get(page + "/what-if").with(user("viewer").roles("VIEWER"))
				.header("Accept-Language", "zh-CN")
				.param("driverKpiId", String.valueOf(visitors))
				.param("change", "BY_PERCENT")
				.param("value", "10"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("what-if-chart")))
			.andExpect(content().string(containsString("目标的变化")))
			.andExpect(content().string(not(containsString("what-if-apply"))))
			.andExpect(content().string(not(containsString("??"))));
		this.mvc
			.perform(post(page + "/mixes").with(user("planner").roles("PLANNER"))
				.with(csrf())
				.header("Accept-Language", "zh-CN")
				.param("name", "")
				.param("shares[0].label", "A")
				.param("shares[0].share", "50")
				.param("shares[1].label", "B")
				.param("shares[1].share", "50"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("class=\"field invalid\"")));
		this.mvc
			.perform(post(page + "/formulas").with(user("planner").roles("PLANNER"))
				.with(csrf())
				.header("Accept-Language", "zh-CN")
				.param("name", "公式")
				.param("factors[0].constant", "12"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请选择由该公式定义目标的KPI")));
		this.mvc
			.perform(get(page + "/what-if").with(user("viewer").roles("VIEWER"))
				.param("driverKpiId", String.valueOf(visitors))
				.param("change", "BY_PERCENT")
				.param("value", "10"))
			.andExpect(content().string(containsString("value=\"10\"")))
			.andExpect(content().string(containsString("<option value=\"BY_PERCENT\" selected=\"selected\"")));
	}

	private JsonNode read(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		return this.json.readTree(this.mvc.perform(request).andReturn().getResponse().getContentAsString());
	}

	private long fromTemplate(String code) throws Exception {
		JsonNode plan = read(post("/api/v1/plans/from-template").with(planner())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"templateCode\": \"" + code + "\"}"));
		return plan.get("id").asLong();
	}

}
