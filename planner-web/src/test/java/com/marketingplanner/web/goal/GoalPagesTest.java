package com.marketingplanner.web.goal;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.marketingplanner.analytics.goal.Direction;
import com.marketingplanner.analytics.goal.TargetType;
import com.marketingplanner.domain.goal.Goal;
import com.marketingplanner.domain.goal.GoalCategory;
import com.marketingplanner.domain.goal.GoalCommand;
import com.marketingplanner.domain.goal.GoalHorizon;
import com.marketingplanner.domain.goal.GoalRepository;
import com.marketingplanner.domain.goal.GoalService;
import com.marketingplanner.domain.goal.Kpi;
import com.marketingplanner.domain.goal.KpiCommand;
import com.marketingplanner.domain.goal.KpiMeasurementRepository;
import com.marketingplanner.domain.goal.KpiRepository;
import com.marketingplanner.domain.goal.KpiService;
import com.marketingplanner.domain.goal.MeasurementCommand;
import com.marketingplanner.domain.goal.MeasurementService;
import com.marketingplanner.domain.plan.PlanService;
import com.marketingplanner.web.support.PlannerWebTest;
import com.marketingplanner.web.support.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static com.marketingplanner.web.support.PageAs.planner;
import static com.marketingplanner.web.support.PageAs.viewer;
import static com.marketingplanner.web.goal.GoalApiTest.newPlan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PlannerWebTest
class GoalPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	PlanService plans;

	@Autowired
	GoalService goalService;

	@Autowired
	KpiService kpiService;

	@Autowired
	MeasurementService measurementService;

	@Autowired
	GoalRepository goals;

	@Autowired
	KpiRepository kpis;

	@Autowired
	KpiMeasurementRepository measurements;

	long planId;

	@BeforeEach
	void plan() {
		this.users.ensureAll();
		this.planId = newPlan(this.plans, "Goals pages plan");
	}

	@Test
	void showsTheGoalTreeWithKpiLevelsActualAttainmentAndStatus() throws Exception {
		Goal market = this.goalService.create(this.planId, new GoalCommand("Expand the market", null, GoalCategory.MKT,
				GoalHorizon.LONG, "3 years", null, null, null));
		Goal gmv = this.goalService.create(this.planId, new GoalCommand("First-year GMV", null, GoalCategory.MKT,
				GoalHorizon.SHORT, null, market.getId(), null, null));
		Kpi kpi = this.kpiService.create(this.planId,
				new KpiCommand(gmv.getId(), "GMV 首年", null, null, "元", Direction.HIGHER_IS_BETTER, TargetType.FROM_TO,
						n("80000000"), n("100000000"), n("120000000"), null, null, null, null, null, null));
		this.measurementService.add(this.planId, kpi.getId(),
				new MeasurementCommand(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30), n("90000000"), null, null));
		this.kpiService.create(this.planId,
				new KpiCommand(null, "Plan-level NPS", null, GoalCategory.BRD, null, Direction.HIGHER_IS_BETTER,
						TargetType.AT_LEAST, null, n("75"), null, null, null, null, null, null, null));

		this.mvc.perform(get(page()).with(viewer()).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Expand the market"), containsString("First-year GMV"),
					containsString("GMV 首年"), containsString("80,000,000"), containsString("120,000,000"),
					containsString("90,000,000"), containsString("50.0%"), containsString("Below target"),
					containsString("Plan-level NPS"), containsString("Not measured"))))
			.andExpect(content().string(not(containsString("Add goal"))));
		this.mvc.perform(get(page()).with(viewer()).header("Accept-Language", "zh-CN"))
			.andExpect(content().string(allOf(containsString("目标与 KPI"), containsString("未达目标"))));
	}

	@Test
	void addsAGoalThroughTheFormAndRedirects() throws Exception {
		this.mvc.perform(get(page() + "/new").with(planner())).andExpect(status().isOk());
		this.mvc
			.perform(post(page()).with(planner())
				.with(csrf())
				.param("title", "Raise repurchase")
				.param("category", "RET")
				.param("horizon", "MID")
				.param("horizonLabel", "≤ 1 year")
				.param("parentId", "")
				.param("version", ""))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl(page()))
			.andExpect(flash().attribute("flash", "flash.created"));
		assertThat(this.goalService.tree(this.planId)).singleElement()
			.satisfies((node) -> assertThat(node.goal().getHorizonLabel()).isEqualTo("≤ 1 year"));
	}

	@Test
	void showsGoalFormErrorsNextToTheFieldsAndSavesNothing() throws Exception {
		long before = this.goals.count();
		this.mvc
			.perform(post(page()).with(planner())
				.with(csrf())
				.header("Accept-Language", "en")
				.param("title", "")
				.param("category", "")
				.param("horizon", "SHORT"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("class=\"field invalid\"")));
		assertThat(this.goals.count()).isEqualTo(before);
	}

	@Test
	void editsAndDeletesAGoal() throws Exception {
		Goal goal = this.goalService.create(this.planId,
				new GoalCommand("Original", null, GoalCategory.BRD, GoalHorizon.MID, null, null, null, null));
		this.mvc.perform(get(page() + "/" + goal.getId() + "/edit").with(planner()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Original")));
		this.mvc
			.perform(post(page() + "/" + goal.getId()).with(planner())
				.with(csrf())
				.param("title", "Renamed")
				.param("category", "BRD")
				.param("horizon", "MID")
				.param("version", "0"))
			.andExpect(redirectedUrl(page()));
		assertThat(this.goals.findById(goal.getId()).orElseThrow().getTitle()).isEqualTo("Renamed");
		this.mvc
			.perform(post(page() + "/" + goal.getId() + "/delete").with(planner()).with(csrf()).param("version", "1"))
			.andExpect(redirectedUrl(page()))
			.andExpect(flash().attribute("flash", "flash.deleted"));
		assertThat(this.goals.findById(goal.getId())).isEmpty();
	}

	@Test
	void refusesAStaleGoalEditOnTheFormAndKeepsTheSavedGoal() throws Exception {
		Goal goal = this.goalService.create(this.planId,
				new GoalCommand("Original", null, GoalCategory.BRD, GoalHorizon.MID, null, null, null, null));
		this.goalService.update(this.planId, goal.getId(), new GoalCommand("Saved by someone else", null,
				GoalCategory.BRD, GoalHorizon.MID, null, null, null, 0L));
		this.mvc
			.perform(post(page() + "/" + goal.getId()).with(planner())
				.with(csrf())
				.header("Accept-Language", "en")
				.param("title", "My late edit")
				.param("category", "BRD")
				.param("horizon", "MID")
				.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("was changed by someone else")));
		assertThat(this.goals.findById(goal.getId()).orElseThrow().getTitle()).isEqualTo("Saved by someone else");
	}

	@Test
	void addsAKpiThroughTheFormAndShowsItsPage() throws Exception {
		this.mvc.perform(get("/plans/" + this.planId + "/kpis/new").with(planner())).andExpect(status().isOk());
		this.mvc
			.perform(post("/plans/" + this.planId + "/kpis").with(planner())
				.with(csrf())
				.param("goalId", "")
				.param("name", "CAC 獲客成本")
				.param("unit", "元")
				.param("category", "TRF")
				.param("direction", "LOWER_IS_BETTER")
				.param("targetType", "AT_MOST")
				.param("baseline", "")
				.param("target", "15")
				.param("challenge", "12")
				.param("benchmark", "")
				.param("dueDate", "2026-12-31")
				.param("frequency", "MONTHLY")
				.param("benchmarkCase", "true"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/plans/" + this.planId + "/kpis/*"));
		Kpi kpi = this.kpiService.all(this.planId, com.marketingplanner.domain.goal.KpiFilter.none()).get(0);
		assertThat(kpi.isBenchmarkCase()).isTrue();
		assertThat(kpi.getChallenge()).isEqualByComparingTo("12");
		this.mvc.perform(get("/plans/" + this.planId + "/kpis/" + kpi.getId()).with(planner()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("CAC 獲客成本"), containsString("Monthly"))));
		this.mvc.perform(get("/plans/" + this.planId + "/kpis/" + kpi.getId() + "/edit").with(planner()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("value=\"2026-12-31\""), containsString("value=\"15\""),
					containsString("value=\"12\""))));
	}

	@Test
	void showsEachInconsistentKpiLevelNextToItsFieldAndSavesNothing() throws Exception {
		long before = this.kpis.count();
		this.mvc
			.perform(post("/plans/" + this.planId + "/kpis").with(planner())
				.with(csrf())
				.header("Accept-Language", "en")
				.param("name", "Social conversion")
				.param("direction", "HIGHER_IS_BETTER")
				.param("targetType", "FROM_TO")
				.param("target", "14")
				.param("challenge", "12"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("A from-to target needs a baseline."),
					containsString("The challenge must be at least as ambitious as the target"))));
		assertThat(this.kpis.count()).isEqualTo(before);
	}

	@Test
	void recordsAndDeletesMeasurementsOnTheKpiPage() throws Exception {
		Kpi kpi = this.kpiService.create(this.planId,
				new KpiCommand(null, "Repurchase", null, GoalCategory.RET, "%", Direction.HIGHER_IS_BETTER,
						TargetType.AT_LEAST, null, n("38"), null, null, null, null, null, null, null));
		String kpiPage = "/plans/" + this.planId + "/kpis/" + kpi.getId();
		this.mvc
			.perform(post(kpiPage + "/measurements").with(planner())
				.with(csrf())
				.param("periodStart", "2026-03-01")
				.param("periodEnd", "2026-03-31")
				.param("value", "41.5")
				.param("source", "CRM"))
			.andExpect(redirectedUrl(kpiPage))
			.andExpect(flash().attribute("flash", "flash.created"));
		this.mvc.perform(get(kpiPage).with(viewer()).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("41.5"), containsString("CRM"), containsString("109.2%"),
					containsString("On target"))));
		this.mvc
			.perform(post(kpiPage + "/measurements").with(planner())
				.with(csrf())
				.header("Accept-Language", "en")
				.param("periodStart", "2026-04-30")
				.param("periodEnd", "2026-04-01")
				.param("value", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("must not be before the start date")));
		assertThat(this.measurements.findNewestFirst(kpi.getId())).hasSize(1);
		long measurementId = this.measurements.findNewestFirst(kpi.getId()).get(0).getId();
		this.mvc.perform(post(kpiPage + "/measurements/" + measurementId + "/delete").with(planner()).with(csrf()))
			.andExpect(redirectedUrl(kpiPage));
		assertThat(this.measurements.findNewestFirst(kpi.getId())).isEmpty();
	}

	@Test
	void answersNotFoundForAKpiPageOfAnotherPlan() throws Exception {
		long otherPlan = newPlan(this.plans, "Other pages plan");
		Kpi foreign = this.kpiService.create(otherPlan,
				new KpiCommand(null, "Foreign", null, null, null, Direction.HIGHER_IS_BETTER, TargetType.AT_LEAST, null,
						n("1"), null, null, null, null, null, null, null));
		this.mvc.perform(get("/plans/" + this.planId + "/kpis/" + foreign.getId()).with(planner()))
			.andExpect(status().isNotFound());
	}

	@Test
	void refusesPageWritesToAViewer() throws Exception {
		long before = this.goals.count();
		this.mvc
			.perform(post(page()).with(viewer())
				.with(csrf())
				.param("title", "Nope")
				.param("category", "MKT")
				.param("horizon", "SHORT"))
			.andExpect(status().isForbidden());
		assertThat(this.goals.count()).isEqualTo(before);
	}

	private String page() {
		return "/plans/" + this.planId + "/goals";
	}

	private static BigDecimal n(String value) {
		return new BigDecimal(value);
	}

}
