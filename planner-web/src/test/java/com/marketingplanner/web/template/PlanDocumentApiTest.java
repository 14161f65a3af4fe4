package com.marketingplanner.web.template;

import com.marketingplanner.domain.plan.PlanRepository;
import com.marketingplanner.web.support.PlannerWebTest;
import com.marketingplanner.web.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A plan as the JSON document a template is: exported, imported as a new plan (all or
 * nothing, problems by JSON path in the reader's language), and its notes.
 */
@PlannerWebTest
class PlanDocumentApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	PlanRepository plans;

	final JsonMapper json = JsonMapper.builder().build();

	@BeforeEach
	void users() {
		this.users.ensureAll();
	}

	@Test
	void exportsAPlanAsTheDocumentATemplateIsAndImportsItAsAnEqualPlan() throws Exception {
		long planId = fromTemplate("seed-002");

		String document = this.mvc.perform(get("/api/v1/plans/" + planId + "/document").with(viewer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("网店运营市场推广方案"))
			.andExpect(jsonPath("$.period_start").value("2024-01-01"))
			.andExpect(jsonPath("$.budget_lines[0].planned_percentage").value(35))
			.andExpect(jsonPath("$.allocation_rules[0].scope_type").value("CHANNEL"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		String created = this.mvc
			.perform(post("/api/v1/plans/import?title=副本&startDate=2027-01-01").with(planner())
				.contentType(MediaType.APPLICATION_JSON)
				.content(document))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/api/v1/plans/")))
			.andExpect(jsonPath("$.plan.title").value("副本"))
			.andExpect(jsonPath("$.plan.periodStart").value("2027-01-01"))
			.andExpect(jsonPath("$.plan.periodEnd").value("2029-12-31"))
			.andExpect(jsonPath("$.plan.owner").value("planner"))
			.andExpect(jsonPath("$.adjustments.length()").value(0))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long copyId = this.json.readTree(created).get("plan").get("id").asLong();
		JsonNode copy = this.json.readTree(this.mvc.perform(get("/api/v1/plans/" + copyId + "/document").with(viewer()))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(copy.get("kpis").size()).isEqualTo(this.json.readTree(document).get("kpis").size());
		assertThat(copy.get("phases").get(3).get("end_date").asString()).isEqualTo("2027-03-31");
	}

	@Test
	void refusesABrokenDocumentWithEveryProblemByItsPathInTheReadersLanguage() throws Exception {
		long before = this.plans.count();
		String broken = """
				{"title": "坏文档", "period_start": "2026-01-01", "period_end": "2026-12-31",
				 "kpis": [{"key": "k1", "goal": "nowhere", "name": "GMV", "direction": "HIGHER_IS_BETTER",
				           "target_type": "AT_LEAST", "target": 1}],
				 "milestones": [{"key": "m1", "title": "上线", "due_date": "2026-03-31", "depends_on": ["m9"]}]}
				""";

		this.mvc
			.perform(post("/api/v1/plans/import").with(planner())
				.contentType(MediaType.APPLICATION_JSON)
				.header("Accept-Language", "zh-CN")
				.content(broken))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("$.kpis[0].goal")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("$.milestones[0].depends_on[0]")))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("文档中没有该项")));
		this.mvc
			.perform(post("/api/v1/plans/import").with(planner())
				.contentType(MediaType.APPLICATION_JSON)
				.header("Accept-Language", "en")
				.content("{\"title\": \"x\", \"kpis\": [{\"key\": \"k1\", \"direction\": \"SIDEWAYS\"}]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("$.kpis[0].direction"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("cannot be read")));
		assertThat(this.plans.count()).isEqualTo(before);
	}

	@Test
	void takesContradictionsOnTheLenientPathAndListsTheAdjustments() throws Exception {
		long planId = fromTemplate("seed-004");
		ObjectNode document = (ObjectNode) this.json
			.readTree(this.mvc.perform(get("/api/v1/plans/" + planId + "/document").with(viewer()))
				.andReturn()
				.getResponse()
				.getContentAsString());
		((ObjectNode) document.withArray("kpis").get(0)).put("challenge", 1);

		this.mvc
			.perform(post("/api/v1/plans/import").with(planner())
				.contentType(MediaType.APPLICATION_JSON)
				.header("Accept-Language", "en")
				.content(this.json.writeValueAsString(document)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.adjustments.length()").value(1))
			.andExpect(jsonPath("$.adjustments[0].kind").value("IMPORT_ADJUSTMENT"))
			.andExpect(jsonPath("$.adjustments[0].subject").value("$.kpis[0].challenge"))
			.andExpect(jsonPath("$.adjustments[0].message").value(containsString("left out")));
	}

	@Test
	void aViewerMayExportButNotImportAndAMissingPlanIsNotFound() throws Exception {
		this.mvc
			.perform(post("/api/v1/plans/import").with(viewer()).contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/plans/987654321/document").with(viewer())).andExpect(status().isNotFound());
	}

	@Test
	void keepsNotesOnAPlanAndShowsThemOnTheirPageLinkedFromTheOverview() throws Exception {
		long planId = fromTemplate("seed-003");
		String note = this.mvc
			.perform(post("/api/v1/plans/" + planId + "/notes").with(planner())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"kind\": \"SOURCE_INCONSISTENCY\", \"subject\": \"目录\", \"text\": \"两个第五章，没有第六章\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.message").value("两个第五章，没有第六章"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		this.mvc.perform(get("/api/v1/plans/" + planId + "/notes").with(viewer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].subject").value(hasItem("目录")));
		this.mvc
			.perform(post("/api/v1/plans/" + planId + "/notes").with(planner())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"kind\": \"SOURCE_INCONSISTENCY\", \"text\": \" \"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("text"));
		this.mvc.perform(get("/plans/" + planId).with(user("viewer").roles("VIEWER")).header("Accept-Language", "en"))
			.andExpect(content().string(containsString("/plans/" + planId + "/notes")))
			.andExpect(content().string(containsString("/plans/" + planId + "/document.json")));
		this.mvc
			.perform(get("/plans/" + planId + "/notes").with(user("viewer").roles("VIEWER"))
				.header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("两个第五章，没有第六章")))
			.andExpect(content().string(containsString("/plans/" + planId + "/document.json")));
		JsonNode created = this.json.readTree(note);
		this.mvc
			.perform(delete("/api/v1/plans/" + planId + "/notes/" + created.get("id").asLong() + "?version="
					+ created.get("version").asLong())
				.with(planner()))
			.andExpect(status().isNoContent());
	}

	@Test
	void downloadsAPlanAsADocumentAndImportsAnUploadOnThePages() throws Exception {
		long planId = fromTemplate("seed-003");
		byte[] document = this.mvc.perform(get("/plans/" + planId + "/document.json").with(pagePlanner()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("plan-" + planId + ".json")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		this.mvc.perform(get("/plans/import").with(pagePlanner()).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Import a plan document")));
		this.mvc
			.perform(multipart("/plans/import")
				.file(new MockMultipartFile("file", "plan.json", "application/json", document))
				.param("title", "从文件导入")
				.with(pagePlanner())
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/plans/*"));
		this.mvc.perform(
				multipart("/plans/import")
					.file(new MockMultipartFile("file", "plan.json", "application/json",
							"{\"title\": \"\", \"period_start\": \"2026-01-01\", \"period_end\": \"2026-12-31\"}"
								.getBytes()))
					.with(pagePlanner())
					.with(csrf())
					.header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("import-problems")))
			.andExpect(content().string(containsString("$.title")));
	}

	@Test
	void editingTheStartDateOffersToMoveEverythingDatedByCalendarMonths() throws Exception {
		long planId = fromTemplate("seed-002");
		JsonNode plan = this.json.readTree(this.mvc.perform(get("/api/v1/plans/" + planId).with(viewer()))
			.andReturn()
			.getResponse()
			.getContentAsString());
		this.mvc.perform(get("/plans/" + planId + "/edit").with(pagePlanner()).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"moveDates\"")))
			.andExpect(content().string(containsString("7 phase(s), 7 milestone(s), 6 campaign(s)")));

		this.mvc
			.perform(put("/api/v1/plans/" + planId + "?moveDates=true").with(planner())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"title": "%s", "language": "ZH", "currency": "CNY", "periodStart": "2027-01-01",
						 "periodEnd": "2029-12-31", "totalBudget": 5000000, "version": %d}"""
					.formatted(plan.get("title").asString(), plan.get("version").asLong())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.periodStart").value("2027-01-01"));
		this.mvc.perform(get("/api/v1/plans/" + planId + "/phases?size=50").with(viewer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[?(@.name =~ /Q1.*/)].endDate").value(hasItem("2027-03-31")))
			.andExpect(jsonPath("$.items[?(@.name =~ /Q4.*/)].endDate").value(hasItem("2027-12-31")));
	}

	private long fromTemplate(String code) throws Exception {
		String body = this.mvc
			.perform(post("/api/v1/plans/from-template").with(planner())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"templateCode\": \"" + code + "\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return this.json.readTree(body).get("id").asLong();
	}

	static org.springframework.test.web.servlet.request.RequestPostProcessor planner() {
		return httpBasic("planner", TestUsers.PASSWORD);
	}

	static org.springframework.test.web.servlet.request.RequestPostProcessor viewer() {
		return httpBasic("viewer", TestUsers.PASSWORD);
	}

	static org.springframework.test.web.servlet.request.RequestPostProcessor pagePlanner() {
		return user("planner").roles("PLANNER");
	}

}
