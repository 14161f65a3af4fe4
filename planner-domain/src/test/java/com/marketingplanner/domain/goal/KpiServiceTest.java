package com.marketingplanner.domain.goal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.marketingplanner.analytics.goal.Direction;
import com.marketingplanner.analytics.goal.GoalStatus;
import com.marketingplanner.analytics.goal.TargetType;
import com.marketingplanner.domain.plan.PlanService;
import com.marketingplanner.domain.shared.BusinessRuleViolation;
import com.marketingplanner.domain.shared.Frequency;
import com.marketingplanner.domain.shared.ResourceNotFoundException;
import com.marketingplanner.domain.shared.StaleVersionException;
import com.marketingplanner.domain.support.DomainJpaTest;
import com.marketingplanner.domain.user.AppUserRepository;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DomainJpaTest
@Import({ GoalService.class, KpiService.class, MeasurementService.class, PlanService.class })
class KpiServiceTest {

	@Autowired
	GoalService goals;

	@Autowired
	KpiService kpis;

	@Autowired
	MeasurementService measurements;

	@Autowired
	PlanService plans;

	@Autowired
	AppUserRepository users;

	@Autowired
	JdbcClient jdbc;

	long planId;

	long otherPlanId;

	Goal conversion;

	@BeforeEach
	void createPlans() {
		this.planId = GoalTestPlans.newPlan(this.users, this.plans, "2026 plan");
		this.otherPlanId = GoalTestPlans.newPlan(this.users, this.plans, "Other plan");
		this.conversion = this.goals.create(this.planId,
				GoalServiceTest.goal("Convert better", GoalCategory.CNV, null));
	}

	@Test
	void storesAThreeLevelKpiUnderAGoal() {
		Kpi kpi = this.kpis.create(this.planId,
				new KpiCommand(this.conversion.getId(), "GMV 首年", "sum of paid orders", GoalCategory.MKT, "元",
						Direction.HIGHER_IS_BETTER, TargetType.FROM_TO, n("80000000"), n("100000000"), n("120000000"),
						null, LocalDate.of(2026, 12, 31), Frequency.QUARTERLY, "E-commerce unit", false, null));

		Kpi read = this.kpis.get(this.planId, kpi.getId());
		assertThat(read.getGoalId()).isEqualTo(this.conversion.getId());
		assertThat(read.getBaseline()).isEqualByComparingTo("80000000");
		assertThat(read.getTarget()).isEqualByComparingTo("100000000");
		assertThat(read.getChallenge()).isEqualByComparingTo("120000000");
		assertThat(read.getFrequency()).isEqualTo(Frequency.QUARTERLY);
		assertThat(read.getDueDate()).isEqualTo(LocalDate.of(2026, 12, 31));
		assertThat(read.warnings()).isEmpty();
		assertThat(this.jdbc.sql("select target_type || ':' || direction || ':' || is_benchmark from kpi where id = ?")
			.param(kpi.getId())
			.query(String.class)
			.single()).isEqualTo("FROM_TO:HIGHER_IS_BETTER:false");
	}

	@Test
	void storesAKpiDirectlyUnderThePlanAndABenchmarkCase() {
		Kpi kpi = this.kpis.create(this.planId,
				new KpiCommand(null, "AI customer-service satisfaction", null, GoalCategory.UX, "%",
						Direction.HIGHER_IS_BETTER, TargetType.AT_LEAST, null, n("95"), null, null, null, null, null,
						true, null));

		Kpi read = this.kpis.get(this.planId, kpi.getId());
		assertThat(read.getGoalId()).isNull();
		assertThat(read.isBenchmarkCase()).isTrue();
	}

	@Test
	void keepsARelativeChangeWithoutBaselineWithAWarning() {
		Kpi kpi = this.kpis.create(this.planId,
				new KpiCommand(null, "New-customer CAC", null, GoalCategory.TRF, "元", Direction.LOWER_IS_BETTER,
						TargetType.RELATIVE_CHANGE, null, n("-25"), null, null, null, Frequency.MONTHLY, null, null,
						null));

		assertThat(this.kpis.get(this.planId, kpi.getId()).warnings()).containsExactly(KpiWarning.BASELINE_MISSING);
	}

	@Test
	void keepsAKpiWhoseAimIsStatedInWordsAndTakesItsAssessedStatus() {
		// 003: 月度活跃用户留存率“显著提升”, no number
		Kpi kpi = this.kpis.create(this.planId, new KpiCommand(null, "月度活跃用户留存率", null, null, "%",
				Direction.HIGHER_IS_BETTER, null, null, null, null, null, null, null, null, null, "显著提升", null, null));

		assertThat(kpi.isQualitative()).isTrue();
		assertThat(kpi.getAim()).isEqualTo("显著提升");
		assertThat(kpi.warnings()).isEmpty();
		assertThat(kpi.attainment(null).status()).isEqualTo(GoalStatus.NOT_MEASURED);

		Kpi assessed = this.kpis.update(this.planId, kpi.getId(),
				new KpiCommand(null, "月度活跃用户留存率", null, null, "%", Direction.HIGHER_IS_BETTER, null, null, null, null,
						null, null, null, null, null, "显著提升", QualitativeStatus.AT_RISK, kpi.getVersion()));

		assertThat(assessed.getQualitativeStatus()).isEqualTo(QualitativeStatus.AT_RISK);
		assertThat(assessed.attainment(new BigDecimal("12")).status()).isEqualTo(GoalStatus.BELOW_TARGET);
	}

	@Test
	void refusesAnAssessedStatusOnANumericKpiAndATypeWithoutATarget() {
		assertThatThrownBy(() -> this.kpis.create(this.planId,
				new KpiCommand(null, "NPS", null, null, null, Direction.HIGHER_IS_BETTER, TargetType.AT_LEAST, null,
						n("75"), null, null, null, null, null, null, null, QualitativeStatus.ON_TRACK, null)))
			.isInstanceOfSatisfying(BusinessRuleViolation.class,
					(ex) -> assertThat(ex.field()).isEqualTo("qualitativeStatus"));
		assertThatThrownBy(() -> this.kpis.create(this.planId,
				new KpiCommand(null, "NPS", null, null, null, Direction.HIGHER_IS_BETTER, TargetType.AT_LEAST, null,
						null, null, null, null, null, null, null, null)))
			.isInstanceOfSatisfying(BusinessRuleViolation.class, (ex) -> assertThat(ex.field()).isEqualTo("target"));
	}

	@Test
	void keepsAMultipleOfAnUnstatedBenchmarkAndSaysTheBenchmarkIsMissing() {
		// 002: brand awareness 1.5 × the industry average, the average not given
		Kpi kpi = this.kpis.create(this.planId,
				new KpiCommand(null, "品牌认知度", null, null, "倍", Direction.HIGHER_IS_BETTER,
						TargetType.MULTIPLE_OF_BENCHMARK, null, n("1.5"), null, null, null, null, null, null, null));

		assertThat(this.kpis.get(this.planId, kpi.getId()).warnings()).containsExactly(KpiWarning.BENCHMARK_MISSING);
	}

	@Test
	void rejectsChallengeShortOfTargetAndWritesNothing() {
		assertThatThrownBy(() -> this.kpis.create(this.planId,
				new KpiCommand(null, "CAC", null, null, "元", Direction.LOWER_IS_BETTER, TargetType.AT_MOST, null,
						n("15"), n("18"), null, null, null, null, null, null)))
			.isInstanceOfSatisfying(BusinessRuleViolation.class, (ex) -> assertThat(ex.field()).isEqualTo("challenge"));
		assertThat(count()).isZero();
	}

	@Test
	void rejectsAGoalOfAnotherPlanAndWritesNothing() {
		Goal foreign = this.goals.create(this.otherPlanId, GoalServiceTest.goal("Foreign", GoalCategory.MKT, null));

		assertThatThrownBy(() -> this.kpis.create(this.planId, atLeast(foreign.getId(), "GMV", "1")))
			.isInstanceOfSatisfying(BusinessRuleViolation.class, (ex) -> {
				assertThat(ex.field()).isEqualTo("goalId");
				assertThat(ex.messageKey()).isEqualTo("error.kpi.goal-unknown");
			});
		assertThat(count()).isZero();
	}

	@Test
	void editsAKpiUnderOptimisticLocking() {
		Kpi kpi = this.kpis.create(this.planId, atLeast(this.conversion.getId(), "Cart conversion", "8"));

		Kpi edited = this.kpis.update(this.planId, kpi.getId(),
				new KpiCommand(null, "Cart conversion", null, GoalCategory.CNV, "%", Direction.HIGHER_IS_BETTER,
						TargetType.LEVEL, null, n("9"), n("10"), null, null, null, null, null, 0L));

		assertThat(edited.getVersion()).isEqualTo(1);
		assertThat(edited.getGoalId()).isNull();
		assertThat(edited.getTargetType()).isEqualTo(TargetType.LEVEL);
		assertThatThrownBy(() -> this.kpis.update(this.planId, kpi.getId(), atLeastVersion("Stale", "1", 0L)))
			.isInstanceOf(StaleVersionException.class);
		assertThat(this.kpis.get(this.planId, kpi.getId()).getName()).isEqualTo("Cart conversion");
	}

	@Test
	void rejectsAnInconsistentEditAndKeepsTheSavedLevels() {
		Kpi kpi = this.kpis.create(this.planId, atLeast(null, "NPS", "75"));

		assertThatThrownBy(() -> this.kpis.update(this.planId, kpi.getId(),
				new KpiCommand(null, "NPS renamed", null, null, null, Direction.HIGHER_IS_BETTER, TargetType.AT_LEAST,
						null, n("75"), n("70"), null, null, null, null, null, 0L)))
			.isInstanceOfSatisfying(BusinessRuleViolation.class, (ex) -> assertThat(ex.field()).isEqualTo("challenge"));
		assertThat(this.jdbc.sql("select name || ':' || target_type from kpi where id = ?")
			.param(kpi.getId())
			.query(String.class)
			.single()).isEqualTo("NPS:AT_LEAST");
	}

	@Test
	void listsKpisPagedAndFilteredByGoalCategoryAndBenchmarkFlag() {
		Goal brand = this.goals.create(this.planId, GoalServiceTest.goal("Brand", GoalCategory.BRD, null));
		this.kpis.create(this.planId, atLeast(this.conversion.getId(), "Cart conversion", "8"));
		this.kpis.create(this.planId, atLeast(brand.getId(), "NPS", "75"));
		this.kpis.create(this.planId,
				new KpiCommand(brand.getId(), "Own-category KPI", null, GoalCategory.CNV, null,
						Direction.HIGHER_IS_BETTER, TargetType.AT_LEAST, null, n("1"), null, null, null, null, null,
						true, null));
		this.kpis.create(this.otherPlanId, atLeast(null, "Foreign", "1"));

		assertThat(this.kpis.list(this.planId, KpiFilter.none(), PageRequest.of(0, 2)).getTotalElements()).isEqualTo(3);
		assertThat(this.kpis.list(this.planId, new KpiFilter(brand.getId(), null, null), PageRequest.of(0, 10)))
			.extracting(Kpi::getName)
			.containsExactly("NPS", "Own-category KPI");
		assertThat(this.kpis.list(this.planId, new KpiFilter(null, GoalCategory.CNV, null), PageRequest.of(0, 10)))
			.extracting(Kpi::getName)
			.containsExactly("Cart conversion", "Own-category KPI");
		assertThat(this.kpis.list(this.planId, new KpiFilter(null, null, true), PageRequest.of(0, 10)))
			.extracting(Kpi::getName)
			.containsExactly("Own-category KPI");
		assertThat(this.kpis.all(this.planId, new KpiFilter(null, GoalCategory.BRD, false))).extracting(Kpi::getName)
			.containsExactly("NPS");
	}

	@Test
	void treatsAKpiOfAnotherPlanAsNotFound() {
		Kpi foreign = this.kpis.create(this.otherPlanId, atLeast(null, "Foreign", "1"));

		assertThatThrownBy(() -> this.kpis.get(this.planId, foreign.getId()))
			.isInstanceOf(ResourceNotFoundException.class);
		assertThatThrownBy(() -> this.kpis.delete(this.planId, foreign.getId(), 0))
			.isInstanceOf(ResourceNotFoundException.class);
		assertThat(this.kpis.get(this.otherPlanId, foreign.getId())).isNotNull();
	}

	@Test
	void deletesAKpiWithItsMeasurements() {
		Kpi kpi = this.kpis.create(this.planId, atLeast(null, "GMV", "100"));
		this.measurements.add(this.planId, kpi.getId(),
				new MeasurementCommand(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31), n("40"), null, null));

		assertThatThrownBy(() -> this.kpis.delete(this.planId, kpi.getId(), 7))
			.isInstanceOf(StaleVersionException.class);
		this.kpis.delete(this.planId, kpi.getId(), 0);

		assertThat(count()).isZero();
		assertThat(this.jdbc.sql("select count(*) from kpi_measurement").query(Long.class).single()).isZero();
	}

	@Test
	void listsAPageOfTheKpisThatStandAtAStatusAgainstTheirLatestMeasurement() {
		List<Kpi> created = new ArrayList<>();
		for (String name : List.of("GMV", "Users", "Orders", "Reviews")) {
			created.add(this.kpis.create(this.planId, atLeast(null, name, "100")));
		}
		for (Kpi kpi : List.of(created.get(0), created.get(2), created.get(3))) {
			this.measurements.add(this.planId, kpi.getId(),
					new MeasurementCommand(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31), n("120"), null, null));
		}

		Page<Kpi> firstPage = this.kpis.list(this.planId, KpiFilter.none(), GoalStatus.ON_TARGET, PageRequest.of(0, 2));
		Page<Kpi> secondPage = this.kpis.list(this.planId, KpiFilter.none(), GoalStatus.ON_TARGET,
				PageRequest.of(1, 2));

		assertThat(firstPage.getTotalElements()).isEqualTo(3);
		assertThat(firstPage.getContent()).extracting(Kpi::getName).containsExactly("GMV", "Orders");
		assertThat(secondPage.getContent()).extracting(Kpi::getName).containsExactly("Reviews");
		assertThat(this.kpis.list(this.planId, KpiFilter.none(), GoalStatus.NOT_MEASURED, PageRequest.of(0, 2)))
			.extracting(Kpi::getName)
			.containsExactly("Users");
		assertThat(this.kpis.list(this.planId, KpiFilter.none(), GoalStatus.ON_TARGET, PageRequest.of(5, 2))).isEmpty();
	}

	private long count() {
		return this.jdbc.sql("select count(*) from kpi where plan_id = ?")
			.param(this.planId)
			.query(Long.class)
			.single();
	}

	static KpiCommand atLeast(Long goalId, String name, String target) {
		return atLeastVersion(goalId, name, target, null);
	}

	private static KpiCommand atLeastVersion(String name, String target, Long version) {
		return atLeastVersion(null, name, target, version);
	}

	private static KpiCommand atLeastVersion(Long goalId, String name, String target, Long version) {
		return new KpiCommand(goalId, name, null, null, null, Direction.HIGHER_IS_BETTER, TargetType.AT_LEAST, null,
				n(target), null, null, null, null, null, null, version);
	}

	static BigDecimal n(String value) {
		return new BigDecimal(value);
	}

}
