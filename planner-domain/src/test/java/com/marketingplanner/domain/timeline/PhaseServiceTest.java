package com.marketingplanner.domain.timeline;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.marketingplanner.domain.plan.PlanReferences;
import com.marketingplanner.domain.campaign.CampaignService;
import com.marketingplanner.domain.channel.ChannelService;
import com.marketingplanner.domain.plan.Plan;
import com.marketingplanner.domain.plan.PlanService;
import com.marketingplanner.domain.risk.RiskService;
import com.marketingplanner.domain.shared.BusinessRuleViolation;
import com.marketingplanner.domain.shared.ResourceNotFoundException;
import com.marketingplanner.domain.shared.StaleVersionException;
import com.marketingplanner.domain.support.DomainJpaTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DomainJpaTest
@Import({ PlanService.class, ChannelService.class, PlanReferences.class, PhaseService.class, MilestoneService.class,
		TimelineService.class, RiskService.class, CampaignService.class })
class PhaseServiceTest {

	@Autowired
	PhaseService phases;

	@Autowired
	MilestoneService milestones;

	@Autowired
	TimelineService timeline;

	@Autowired
	TestEntityManager entities;

	@Autowired
	JdbcClient jdbc;

	PlanFixtures fixtures;

	Plan plan;

	@BeforeEach
	void setUp() {
		this.fixtures = new PlanFixtures(this.entities, this.jdbc);
		this.plan = this.fixtures.plan2026();
	}

	private static PhaseCommand phase(String name, String start, String end) {
		return new PhaseCommand(name, LocalDate.parse(start), LocalDate.parse(end), "focus", null, null);
	}

	@Test
	void listsPhasesInDateOrder() {
		this.phases.add(this.plan.getId(), phase("Rollout", "2026-10-01", "2026-12-31"));
		this.phases.add(this.plan.getId(), phase("Prep", "2026-01-01", "2026-02-28"));
		this.phases.add(this.plan.getId(), phase("Build", "2026-03-01", "2026-06-30"));

		assertThat(this.phases.all(this.plan.getId())).extracting(Phase::getName)
			.containsExactly("Prep", "Build", "Rollout");
		var page = this.phases.list(this.plan.getId(), PageRequest.of(0, 2));
		assertThat(page.getContent()).extracting(Phase::getName).containsExactly("Prep", "Build");
		assertThat(page.getTotalElements()).isEqualTo(3);
	}

	@Test
	void rejectsPhaseThatEndsBeforeItStartsAndWritesNothing() {
		assertThatThrownBy(() -> this.phases.add(this.plan.getId(), phase("Prep", "2026-03-01", "2026-02-28")))
			.isInstanceOfSatisfying(BusinessRuleViolation.class, (ex) -> assertThat(ex.field()).isEqualTo("endDate"));

		assertThat(this.phases.all(this.plan.getId())).isEmpty();
	}

	@Test
	void keepsPhaseOutsideThePlanPeriodAndWarnsAboutIt() {
		Phase moat = this.phases.add(this.plan.getId(), phase("Moat", "2026-11-01", "2027-06-30"));

		assertThat(this.timeline.warnings(this.plan.getId())).singleElement().satisfies((warning) -> {
			assertThat(warning.kind()).isEqualTo(TimelineWarning.Kind.PHASE_OUTSIDE_PLAN_PERIOD);
			assertThat(warning.phaseId()).isEqualTo(moat.getId());
			assertThat(warning.messageKey()).isEqualTo("warning.phase.outside-plan-period");
			assertThat(warning.arguments()).first().isEqualTo("Moat");
		});
	}

	@Test
	void flagsPhasesOfOneSchemeThatOverlapButNotAlternativeBreakdowns() {
		long planId = this.plan.getId();
		Phase weeks = this.phases.add(planId, new PhaseCommand("Weeks 1–12", LocalDate.of(2026, 1, 1),
				LocalDate.of(2026, 3, 24), null, "12 weeks", null, null));
		this.phases.add(planId, new PhaseCommand("Q1", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), null,
				"Quarters", null, null));
		this.phases.add(planId, new PhaseCommand("Q2", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30), null,
				" Quarters ", null, null));
		this.phases.add(planId, phase("Build", "2026-03-01", "2026-06-30"));
		Phase rollout = this.phases.add(planId, phase("Rollout", "2026-06-01", "2026-12-31"));

		assertThat(this.timeline.warnings(planId)).singleElement().satisfies((warning) -> {
			assertThat(warning.kind()).isEqualTo(TimelineWarning.Kind.PHASES_OVERLAP_IN_SCHEME);
			assertThat(warning.messageKey()).isEqualTo("warning.phase.overlap-in-scheme");
			assertThat(warning.arguments()).containsExactly("Build", LocalDate.of(2026, 3, 1),
					LocalDate.of(2026, 6, 30), "Rollout", LocalDate.of(2026, 6, 1), LocalDate.of(2026, 12, 31), "—");
		});
		assertThat(weeks.getScheme()).isEqualTo("12 weeks");
		assertThat(rollout.getScheme()).isNull();
	}

	@Test
	void editsAPhaseNamingTheVersionItRead() {
		Phase prep = this.phases.add(this.plan.getId(), phase("Prep", "2026-01-01", "2026-02-28"));
		this.entities.flush();

		Phase edited = this.phases.update(this.plan.getId(), prep.getId(), new PhaseCommand("Preparation",
				LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 15), "budget approval", null, prep.getVersion()));

		assertThat(edited.getName()).isEqualTo("Preparation");
		assertThat(edited.getEndDate()).isEqualTo(LocalDate.of(2026, 3, 15));
		assertThat(edited.getVersion()).isEqualTo(1);
	}

	@Test
	void refusesAStaleEditAndChangesNothing() {
		Phase prep = this.phases.add(this.plan.getId(), phase("Prep", "2026-01-01", "2026-02-28"));
		this.entities.flush();
		this.phases.update(this.plan.getId(), prep.getId(),
				new PhaseCommand("Prep", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 28), "v1", null, 0L));

		assertThatThrownBy(() -> this.phases.update(this.plan.getId(), prep.getId(),
				new PhaseCommand("Late", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 28), "v?", null, 0L)))
			.isInstanceOf(StaleVersionException.class);
		assertThat(this.phases.get(this.plan.getId(), prep.getId()).getName()).isEqualTo("Prep");
	}

	@Test
	void refusesABadEditWithoutChangingAnyField() {
		Phase prep = this.phases.add(this.plan.getId(), phase("Prep", "2026-01-01", "2026-02-28"));
		this.entities.flush();

		assertThatThrownBy(() -> this.phases.update(this.plan.getId(), prep.getId(),
				new PhaseCommand("Renamed", LocalDate.of(2026, 5, 1), LocalDate.of(2026, 4, 1), "x", null, 0L)))
			.isInstanceOf(BusinessRuleViolation.class);
		Phase unchanged = this.phases.get(this.plan.getId(), prep.getId());
		assertThat(unchanged.getName()).isEqualTo("Prep");
		assertThat(unchanged.getStartDate()).isEqualTo(LocalDate.of(2026, 1, 1));
	}

	@Test
	void answersNotFoundForAPhaseOfAnotherPlan() {
		Plan other = this.fixtures.plan2026();
		Phase foreign = this.phases.add(other.getId(), phase("Prep", "2026-01-01", "2026-02-28"));

		assertThatThrownBy(() -> this.phases.get(this.plan.getId(), foreign.getId()))
			.isInstanceOf(ResourceNotFoundException.class);
		assertThatThrownBy(() -> this.phases.delete(this.plan.getId(), foreign.getId(), 0))
			.isInstanceOf(ResourceNotFoundException.class);
	}

	@Test
	void deletingAPhaseKeepsItsMilestonesWithoutPhase() {
		Phase build = this.phases.add(this.plan.getId(), phase("Build", "2026-03-01", "2026-06-30"));
		Milestone platform = this.milestones.add(this.plan.getId(),
				new MilestoneCommand("Data platform", LocalDate.of(2026, 6, 30), build.getId(), null, null, null, null,
						null, null, null, null, null, null, null, null));
		this.entities.flush();

		this.phases.delete(this.plan.getId(), build.getId(), build.getVersion());
		this.entities.flush();
		this.entities.clear();

		assertThat(this.phases.all(this.plan.getId())).isEmpty();
		assertThat(this.milestones.get(this.plan.getId(), platform.getId()).getPhaseId()).isNull();
	}

	@Test
	void refusesToAddPhasesToAClosedPlan() {
		this.fixtures.close(this.plan);

		assertThatThrownBy(() -> this.phases.add(this.plan.getId(), phase("Prep", "2026-01-01", "2026-02-28")))
			.isInstanceOfSatisfying(BusinessRuleViolation.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("error.plan.read-only"));
	}

}
