package com.marketingplanner.domain.timeline;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.marketingplanner.domain.plan.Plan;
import com.marketingplanner.domain.shared.BusinessRuleViolation;
import com.marketingplanner.domain.shared.DateRange;
import com.marketingplanner.domain.user.AppUser;
import com.marketingplanner.domain.user.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Rules of phases, milestones and KPI thresholds that need no database. */
class TimelineRulesTest {

	private final Plan plan = plan();

	private static Plan plan() {
		AppUser owner = new AppUser("owner", "Owner", "hash", Role.PLANNER);
		return new Plan("2026 plan", owner, new DateRange(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
	}

	@Test
	void rejectsPhaseThatEndsBeforeItStarts() {
		assertThatThrownBy(() -> new Phase(this.plan, 0, "Prep", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 2, 28)))
			.isInstanceOfSatisfying(BusinessRuleViolation.class, (ex) -> {
				assertThat(ex.field()).isEqualTo("endDate");
				assertThat(ex.messageKey()).isEqualTo("error.phase.end-before-start");
			});
	}

	@Test
	void acceptsOneDayPhase() {
		Phase phase = new Phase(this.plan, 0, "Launch day", LocalDate.of(2026, 11, 11), LocalDate.of(2026, 11, 11));

		assertThat(phase.contains(LocalDate.of(2026, 11, 11))).isTrue();
		assertThat(phase.contains(LocalDate.of(2026, 11, 12))).isFalse();
	}

	@Test
	void tellsWhetherAPhaseLiesWithinOrOverlapsARange() {
		DateRange year = this.plan.period();
		Phase inside = new Phase(this.plan, 0, "Q1", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31));
		Phase straddling = new Phase(this.plan, 1, "Moat", LocalDate.of(2026, 12, 1), LocalDate.of(2027, 6, 30));
		Phase after = new Phase(this.plan, 2, "Year 2", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31));

		assertThat(inside.liesWithin(year)).isTrue();
		assertThat(straddling.liesWithin(year)).isFalse();
		assertThat(straddling.overlaps(year)).isTrue();
		assertThat(after.overlaps(year)).isFalse();
	}

	@Test
	void rejectsPhaseWithoutName() {
		assertThatThrownBy(() -> new Phase(this.plan, 0, "  ", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 2)))
			.isInstanceOfSatisfying(BusinessRuleViolation.class, (ex) -> assertThat(ex.field()).isEqualTo("name"));
	}

	@Test
	void movesMilestoneThroughItsLifeCycleWithIntentionMethods() {
		Milestone milestone = new Milestone(this.plan, "Platform live", LocalDate.of(2026, 3, 31));
		assertThat(milestone.getStatus()).isEqualTo(MilestoneStatus.PLANNED);

		milestone.start();
		assertThat(milestone.getStatus()).isEqualTo(MilestoneStatus.IN_PROGRESS);
		milestone.miss();
		assertThat(milestone.getStatus()).isEqualTo(MilestoneStatus.MISSED);
		milestone.complete();
		assertThat(milestone.getStatus()).isEqualTo(MilestoneStatus.DONE);
	}

	@Test
	void refusesToReopenADoneMilestone() {
		Milestone milestone = new Milestone(this.plan, "Platform live", LocalDate.of(2026, 3, 31));
		milestone.complete();

		assertThatThrownBy(milestone::start).isInstanceOfSatisfying(BusinessRuleViolation.class, (ex) -> {
			assertThat(ex.field()).isEqualTo("status");
			assertThat(ex.messageKey()).isEqualTo("error.milestone.transition-not-allowed");
		});
		assertThat(milestone.getStatus()).isEqualTo(MilestoneStatus.DONE);
	}

	@Test
	void refusesToCompleteACancelledMilestone() {
		Milestone milestone = new Milestone(this.plan, "Overseas warehouses", LocalDate.of(2026, 6, 30));
		milestone.cancel();

		assertThatThrownBy(milestone::complete).isInstanceOf(BusinessRuleViolation.class);
	}

	@Test
	void acceptsTheCurrentStatusAsNoChange() {
		Milestone milestone = new Milestone(this.plan, "Platform live", LocalDate.of(2026, 3, 31));
		milestone.complete();

		Milestone.requireTransition(milestone.getStatus(), MilestoneStatus.DONE);

		assertThat(milestone.getStatus()).isEqualTo(MilestoneStatus.DONE);
	}

	@Test
	void reportsAMilestoneDueOutsideItsPhase() {
		Phase build = new Phase(this.plan, 0, "Build", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 6, 30));
		Milestone inside = new Milestone(this.plan, "Data platform", LocalDate.of(2026, 6, 30));
		inside.schedule(LocalDate.of(2026, 6, 30), build);
		Milestone outside = new Milestone(this.plan, "Requirements frozen", LocalDate.of(2026, 2, 27));
		outside.schedule(LocalDate.of(2026, 2, 27), build);
		Milestone unphased = new Milestone(this.plan, "Annual target", LocalDate.of(2026, 12, 31));

		assertThat(inside.isDueOutsidePhase()).isFalse();
		assertThat(outside.isDueOutsidePhase()).isTrue();
		assertThat(unphased.isDueOutsidePhase()).isFalse();
	}

	@Test
	void refusesAPhaseOfAnotherPlan() {
		Phase foreign = new Phase(plan(), 0, "Other", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1));
		Milestone milestone = new Milestone(this.plan, "Kick-off", LocalDate.of(2026, 1, 10));

		assertThatThrownBy(() -> milestone.schedule(LocalDate.of(2026, 1, 10), foreign))
			.isInstanceOfSatisfying(BusinessRuleViolation.class, (ex) -> assertThat(ex.field()).isEqualTo("phaseId"));
		assertThat(milestone.getPhase()).isNull();
	}

	@Test
	void buildsKpiGateOnlyFromAllThreeParts() {
		assertThat(KpiThreshold.of(null, null, null, "k", "o", "v")).isNull();
		KpiThreshold gate = KpiThreshold.of(7L, ComparisonOperator.AT_LEAST, new BigDecimal("300000"), "k", "o", "v");
		assertThat(gate.getKpiId()).isEqualTo(7L);

		assertThatThrownBy(() -> KpiThreshold.of(7L, null, BigDecimal.ONE, "k", "o", "v"))
			.isInstanceOfSatisfying(BusinessRuleViolation.class, (ex) -> assertThat(ex.field()).isEqualTo("o"));
		assertThatThrownBy(() -> KpiThreshold.of(7L, ComparisonOperator.AT_MOST, null, "k", "o", "v"))
			.isInstanceOfSatisfying(BusinessRuleViolation.class, (ex) -> assertThat(ex.field()).isEqualTo("v"));
		assertThatThrownBy(() -> KpiThreshold.of(null, ComparisonOperator.AT_MOST, BigDecimal.ONE, "k", "o", "v"))
			.isInstanceOfSatisfying(BusinessRuleViolation.class, (ex) -> assertThat(ex.field()).isEqualTo("k"));
	}

	@Test
	void comparesAMeasuredValueWithTheGate() {
		KpiThreshold atLeast = new KpiThreshold(1L, ComparisonOperator.AT_LEAST, new BigDecimal("300000"));
		KpiThreshold atMost = new KpiThreshold(2L, ComparisonOperator.AT_MOST, new BigDecimal("15"));

		assertThat(atLeast.isMetBy(new BigDecimal("300000.000000"))).isTrue();
		assertThat(atLeast.isMetBy(new BigDecimal("299999"))).isFalse();
		assertThat(atMost.isMetBy(new BigDecimal("15"))).isTrue();
		assertThat(atMost.isMetBy(new BigDecimal("18"))).isFalse();
	}

	@Test
	void readsComparisonOperatorsFromSymbolsAndNames() {
		assertThat(ComparisonOperator.of(">=")).isEqualTo(ComparisonOperator.AT_LEAST);
		assertThat(ComparisonOperator.of("≤")).isEqualTo(ComparisonOperator.AT_MOST);
		assertThat(ComparisonOperator.of("at_most")).isEqualTo(ComparisonOperator.AT_MOST);
		assertThat(ComparisonOperator.of(" ")).isNull();
		assertThatThrownBy(() -> ComparisonOperator.of("==")).isInstanceOf(BusinessRuleViolation.class);
	}

	@Test
	void refusesMilestoneWithoutTitleOrDueDate() {
		assertThatThrownBy(() -> new Milestone(this.plan, " ", LocalDate.of(2026, 1, 1)))
			.isInstanceOfSatisfying(BusinessRuleViolation.class, (ex) -> assertThat(ex.field()).isEqualTo("title"));
		assertThatThrownBy(() -> new Milestone(this.plan, "Kick-off", null))
			.isInstanceOfSatisfying(BusinessRuleViolation.class, (ex) -> assertThat(ex.field()).isEqualTo("dueDate"));
	}

	@Test
	void keepsDependenciesItIsGiven() {
		Milestone milestone = new Milestone(this.plan, "Launch", LocalDate.of(2026, 6, 1));

		milestone.dependOn(Set.of(3L, 4L));

		assertThat(milestone.getDependsOnIds()).containsExactlyInAnyOrder(3L, 4L);
	}

}
