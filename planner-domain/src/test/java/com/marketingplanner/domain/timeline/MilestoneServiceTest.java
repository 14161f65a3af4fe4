package com.marketingplanner.domain.timeline;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

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
class MilestoneServiceTest {

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

	Phase build;

	@BeforeEach
	void setUp() {
		this.fixtures = new PlanFixtures(this.entities, this.jdbc);
		this.plan = this.fixtures.plan2026();
		this.build = this.phases.add(this.plan.getId(),
				new PhaseCommand("Build", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 6, 30), null, null, null));
	}

	private Milestone add(String title, String due, Long phaseId, Long... dependsOn) {
		return this.milestones.add(this.plan.getId(), command(title, due, phaseId, null, Set.of(dependsOn), null));
	}

	private static MilestoneCommand command(String title, String due, Long phaseId, MilestoneStatus status,
			Set<Long> dependsOn, Long version) {
		return new MilestoneCommand(title, LocalDate.parse(due), phaseId, "deliverable", "accepted when", status,
				"owner", dependsOn, null, null, null, null, version, null, null);
	}

	@Test
	void listsMilestonesInDueDateOrderWithFilters() {
		add("Annual target", "2026-12-31", null);
		Milestone platform = add("Data platform", "2026-06-30", this.build.getId());
		add("Requirements frozen", "2026-03-31", this.build.getId());
		this.milestones.changeStatus(this.plan.getId(), platform.getId(),
				new MilestoneStatusCommand(MilestoneStatus.IN_PROGRESS, 0L));

		assertThat(this.milestones.list(this.plan.getId(), MilestoneFilter.none(), PageRequest.of(0, 10)))
			.extracting(Milestone::getTitle)
			.containsExactly("Requirements frozen", "Data platform", "Annual target");
		assertThat(this.milestones.list(this.plan.getId(), new MilestoneFilter(null, this.build.getId()),
				PageRequest.of(0, 10)))
			.extracting(Milestone::getTitle)
			.containsExactly("Requirements frozen", "Data platform");
		assertThat(this.milestones.list(this.plan.getId(), new MilestoneFilter(MilestoneStatus.IN_PROGRESS, null),
				PageRequest.of(0, 10)))
			.extracting(Milestone::getTitle)
			.containsExactly("Data platform");
	}

	@Test
	void storesDependenciesAndAKpiGate() {
		long users = this.fixtures.kpi(this.plan, "Users");
		Milestone live = add("System live", "2026-03-31", null);
		Milestone gated = this.milestones.add(this.plan.getId(),
				new MilestoneCommand("300k users", LocalDate.of(2026, 9, 30), null, null, "repurchase ≥ 20%", null,
						null, Set.of(live.getId()), users, ComparisonOperator.AT_LEAST, new BigDecimal("300000"),
						"users ≥ 300 000", null, null, null));
		this.entities.flush();
		this.entities.clear();

		Milestone reloaded = this.milestones.get(this.plan.getId(), gated.getId());
		assertThat(reloaded.getDependsOnIds()).containsExactly(live.getId());
		assertThat(reloaded.getGate().getKpiId()).isEqualTo(users);
		assertThat(reloaded.getGate().getOperator()).isEqualTo(ComparisonOperator.AT_LEAST);
		assertThat(reloaded.getGate().getValue()).isEqualByComparingTo("300000");
		assertThat(reloaded.getGateText()).isEqualTo("users ≥ 300 000");
		String storedOperator = this.jdbc
			.sql("select operator from milestone_gate_condition where milestone_id = :id and position = 0")
			.param("id", gated.getId())
			.query(String.class)
			.single();
		assertThat(storedOperator).isEqualTo(">=");
	}

	@Test
	void forgetsTheGateWhenItsKpiIsDeleted() {
		long users = this.fixtures.kpi(this.plan, "Users");
		Milestone gated = this.milestones.add(this.plan.getId(),
				new MilestoneCommand("300k users", LocalDate.of(2026, 9, 30), null, null, null, null, null, null, users,
						ComparisonOperator.AT_LEAST, new BigDecimal("300000"), "users ≥ 300 000", null, null, null));
		this.entities.flush();
		this.jdbc.sql("delete from kpi where id = :id").param("id", users).update();
		this.entities.clear();

		Milestone reloaded = this.milestones.get(this.plan.getId(), gated.getId());
		assertThat(reloaded.getGate()).isNull();
		assertThat(reloaded.getGateText()).isEqualTo("users ≥ 300 000");
	}

	@Test
	void keepsAGateOfFreeTextOnly() {
		Milestone milestone = this.milestones.add(this.plan.getId(),
				new MilestoneCommand("Budget approved", LocalDate.of(2026, 2, 28), null, null, null, null, null, null,
						null, null, null, "budget approved by the board", null, null, null));

		assertThat(milestone.getGate()).isNull();
		assertThat(milestone.getGateText()).isEqualTo("budget approved by the board");
	}

	@Test
	void rejectsAGateOnAKpiOfAnotherPlan() {
		long foreignKpi = this.fixtures.kpi(this.fixtures.plan2026(), "Users elsewhere");

		assertThatThrownBy(() -> this.milestones.add(this.plan.getId(),
				new MilestoneCommand("300k users", LocalDate.of(2026, 9, 30), null, null, null, null, null, null,
						foreignKpi, ComparisonOperator.AT_LEAST, BigDecimal.TEN, null, null, null, null)))
			.isInstanceOfSatisfying(BusinessRuleViolation.class, (ex) -> {
				assertThat(ex.field()).isEqualTo("gateKpiId");
				assertThat(ex.messageKey()).isEqualTo("error.reference.kpi-unknown");
			});
		assertThat(this.milestones.all(this.plan.getId())).isEmpty();
	}

	@Test
	void rejectsAGateWithoutOperator() {
		long users = this.fixtures.kpi(this.plan, "Users");

		assertThatThrownBy(() -> this.milestones.add(this.plan.getId(),
				new MilestoneCommand("300k users", LocalDate.of(2026, 9, 30), null, null, null, null, null, null, users,
						null, BigDecimal.TEN, null, null, null, null)))
			.isInstanceOfSatisfying(BusinessRuleViolation.class,
					(ex) -> assertThat(ex.field()).isEqualTo("gateOperator"));
	}

	@Test
	void rejectsADependencyCycleWithAClearFieldErrorAndChangesNothing() {
		Milestone live = add("System live", "2026-03-31", null);
		Milestone gmv = add("First month GMV", "2026-06-30", null, live.getId());
		Milestone users = add("300k users", "2026-09-30", null, gmv.getId());
		this.entities.flush();

		assertThatThrownBy(() -> this.milestones.update(this.plan.getId(), live.getId(),
				command("System live", "2026-04-15", null, null, Set.of(users.getId()), live.getVersion())))
			.isInstanceOfSatisfying(BusinessRuleViolation.class, (ex) -> {
				assertThat(ex.field()).isEqualTo("dependsOnIds");
				assertThat(ex.messageKey()).isEqualTo("error.milestone.dependency-cycle");
				assertThat(ex.getMessage())
					.contains("'System live' → '300k users' → 'First month GMV' → 'System live'");
			});
		Milestone unchanged = this.milestones.get(this.plan.getId(), live.getId());
		assertThat(unchanged.getDependsOnIds()).isEmpty();
		assertThat(unchanged.getDueDate()).isEqualTo(LocalDate.of(2026, 3, 31));
	}

	@Test
	void rejectsADependencyOnItself() {
		Milestone live = add("System live", "2026-03-31", null);
		this.entities.flush();

		assertThatThrownBy(() -> this.milestones.update(this.plan.getId(), live.getId(),
				command("System live", "2026-03-31", null, null, Set.of(live.getId()), 0L)))
			.isInstanceOfSatisfying(BusinessRuleViolation.class, (ex) -> {
				assertThat(ex.field()).isEqualTo("dependsOnIds");
				assertThat(ex.messageKey()).isEqualTo("error.milestone.depends-on-itself");
			});
	}

	@Test
	void rejectsADependencyOnAMilestoneOfAnotherPlan() {
		Plan other = this.fixtures.plan2026();
		Milestone foreign = this.milestones.add(other.getId(),
				MilestoneCommand.of("Elsewhere", LocalDate.of(2026, 1, 1)));

		assertThatThrownBy(() -> add("Launch", "2026-05-01", null, foreign.getId()))
			.isInstanceOfSatisfying(BusinessRuleViolation.class, (ex) -> {
				assertThat(ex.field()).isEqualTo("dependsOnIds");
				assertThat(ex.messageKey()).isEqualTo("error.milestone.dependency-unknown");
			});
	}

	@Test
	void rejectsAPhaseOfAnotherPlan() {
		Plan other = this.fixtures.plan2026();
		Phase foreign = this.phases.add(other.getId(),
				new PhaseCommand("Other", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1), null, null, null));

		assertThatThrownBy(() -> add("Launch", "2026-01-15", foreign.getId()))
			.isInstanceOfSatisfying(BusinessRuleViolation.class, (ex) -> {
				assertThat(ex.field()).isEqualTo("phaseId");
				assertThat(ex.messageKey()).isEqualTo("error.milestone.phase-unknown");
			});
	}

	@Test
	void changesStatusThroughTheLifeCycleAndRefusesForbiddenSteps() {
		Milestone live = add("System live", "2026-03-31", null);
		this.entities.flush();

		Milestone done = this.milestones.changeStatus(this.plan.getId(), live.getId(),
				new MilestoneStatusCommand(MilestoneStatus.DONE, 0L));
		assertThat(done.getStatus()).isEqualTo(MilestoneStatus.DONE);

		assertThatThrownBy(() -> this.milestones.changeStatus(this.plan.getId(), live.getId(),
				new MilestoneStatusCommand(MilestoneStatus.PLANNED, done.getVersion())))
			.isInstanceOfSatisfying(BusinessRuleViolation.class, (ex) -> assertThat(ex.field()).isEqualTo("status"));
		assertThatThrownBy(() -> this.milestones.changeStatus(this.plan.getId(), live.getId(),
				new MilestoneStatusCommand(MilestoneStatus.CANCELLED, 0L)))
			.isInstanceOf(StaleVersionException.class);
	}

	@Test
	void changesStatusAsPartOfAnEdit() {
		Milestone live = add("System live", "2026-03-31", null);
		this.entities.flush();

		Milestone edited = this.milestones.update(this.plan.getId(), live.getId(),
				command("System live", "2026-03-31", null, MilestoneStatus.IN_PROGRESS, Set.of(), 0L));

		assertThat(edited.getStatus()).isEqualTo(MilestoneStatus.IN_PROGRESS);
	}

	@Test
	void warnsAboutMilestonesDueOutsideTheirPhaseOrBeforeTheirDependencies() {
		Milestone platform = add("Data platform", "2026-06-30", this.build.getId());
		Milestone early = add("Requirements frozen", "2026-02-27", this.build.getId(), platform.getId());
		add("Year two", "2027-01-31", null);

		var warnings = this.timeline.warnings(this.plan.getId());

		assertThat(warnings).extracting(TimelineWarning::kind)
			.containsExactly(TimelineWarning.Kind.MILESTONE_OUTSIDE_PHASE,
					TimelineWarning.Kind.MILESTONE_DUE_BEFORE_DEPENDENCY,
					TimelineWarning.Kind.MILESTONE_OUTSIDE_PLAN_PERIOD);
		assertThat(warnings.get(0).milestoneId()).isEqualTo(early.getId());
		assertThat(warnings.get(1).arguments()).containsExactly("Requirements frozen", LocalDate.of(2026, 2, 27),
				"Data platform", LocalDate.of(2026, 6, 30));
	}

	@Test
	void groupsMilestonesUnderTheirPhasesInTheOverview() {
		Phase prep = this.phases.add(this.plan.getId(),
				new PhaseCommand("Prep", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 28), null, null, null));
		add("Data platform", "2026-06-30", this.build.getId());
		add("Requirements frozen", "2026-03-31", this.build.getId());
		add("Budget approved", "2026-02-28", prep.getId());
		add("Annual target", "2026-12-31", null);

		TimelineOverview overview = this.timeline.overview(this.plan.getId());

		assertThat(overview.phases()).extracting((p) -> p.phase().getName()).containsExactly("Prep", "Build");
		assertThat(overview.phases().get(1).milestones()).extracting(Milestone::getTitle)
			.containsExactly("Requirements frozen", "Data platform");
		assertThat(overview.unphased()).extracting(Milestone::getTitle).containsExactly("Annual target");
		assertThat(overview.warnings()).isEmpty();
	}

	@Test
	void deletingAMilestoneRemovesTheDependenciesOnIt() {
		Milestone live = add("System live", "2026-03-31", null);
		Milestone gmv = add("First month GMV", "2026-06-30", null, live.getId());
		this.entities.flush();

		this.milestones.delete(this.plan.getId(), live.getId(), 0L);
		this.entities.flush();
		this.entities.clear();

		assertThat(this.milestones.get(this.plan.getId(), gmv.getId()).getDependsOnIds()).isEmpty();
		assertThatThrownBy(() -> this.milestones.get(this.plan.getId(), live.getId()))
			.isInstanceOf(ResourceNotFoundException.class);
	}

	@Test
	void answersNotFoundForAMilestoneOfAnotherPlan() {
		Plan other = this.fixtures.plan2026();
		Milestone foreign = this.milestones.add(other.getId(),
				MilestoneCommand.of("Elsewhere", LocalDate.of(2026, 1, 1)));

		assertThatThrownBy(() -> this.milestones.update(this.plan.getId(), foreign.getId(),
				command("Mine now", "2026-01-01", null, null, Set.of(), 0L)))
			.isInstanceOf(ResourceNotFoundException.class);
	}

}
