package com.marketingplanner.domain.experiment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.marketingplanner.domain.experiment.ExperimentCommand.VariantCommand;
import com.marketingplanner.domain.plan.Plan;
import com.marketingplanner.domain.plan.PlanReferences;
import com.marketingplanner.domain.plan.PlanService;
import com.marketingplanner.domain.shared.BusinessRuleViolation;
import com.marketingplanner.domain.shared.ResourceNotFoundException;
import com.marketingplanner.domain.shared.StaleVersionException;
import com.marketingplanner.domain.support.DomainJpaTest;
import com.marketingplanner.domain.timeline.PlanFixtures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DomainJpaTest
@Import({ PlanService.class, PlanReferences.class, ExperimentService.class })
class ExperimentServiceTest {

	@Autowired
	ExperimentService experiments;

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

	private static ExperimentCommand command(String name, Long kpiId, Long version, VariantCommand... variants) {
		return new ExperimentCommand(name, "A green button sells more", "orders per visit", kpiId,
				LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 14), ExperimentStatus.RUNNING, new BigDecimal("90"),
				null, new BigDecimal("15"), List.of(variants), version);
	}

	@Test
	void registersATestWithItsVariantsInOrderAndReadsItBack() {
		long kpi = this.fixtures.kpi(this.plan, "Conversion");
		Experiment experiment = this.experiments.register(this.plan.getId(), command("Button colour", kpi, null,
				new VariantCommand("blue", 1000L, 100L), new VariantCommand("green", 1000L, 130L)));
		this.entities.flush();
		this.entities.clear();

		Experiment reloaded = this.experiments.get(this.plan.getId(), experiment.getId());
		assertThat(reloaded.getVariants()).extracting(ExperimentVariant::getName).containsExactly("blue", "green");
		assertThat(reloaded.getKpiId()).isEqualTo(kpi);
		assertThat(reloaded.getStatus()).isEqualTo(ExperimentStatus.RUNNING);
		assertThat(reloaded.getConfidenceLevel()).isEqualByComparingTo("90");
		assertThat(reloaded.getPower()).isEqualByComparingTo("80");
		assertThat(reloaded.evaluate().comparisons().get(0).outcome()).isEqualTo(ExperimentEvaluation.Outcome.BETTER);
	}

	@Test
	void updatesTheCountsUnderOptimisticLocking() {
		Experiment experiment = this.experiments.register(this.plan.getId(),
				command("Headline", null, null, new VariantCommand("A", 10L, 1L), new VariantCommand("B", 10L, 2L)));
		this.entities.flush();

		Experiment updated = this.experiments.update(this.plan.getId(), experiment.getId(),
				command("Headline", null, 0L, new VariantCommand("A", 500L, 40L), new VariantCommand("B", 500L, 61L),
						new VariantCommand("C", 500L, 45L)));

		assertThat(updated.getVariants()).hasSize(3);
		assertThat(updated.getVariants().get(0).getExposures()).isEqualTo(500);
		assertThatThrownBy(() -> this.experiments.update(this.plan.getId(), experiment.getId(),
				command("Headline", null, 0L, new VariantCommand("A", 1L, 0L), new VariantCommand("B", 1L, 0L))))
			.isInstanceOf(StaleVersionException.class);
	}

	@Test
	void refusesAKpiOfAnotherPlanAndChangesNothing() {
		Plan other = this.fixtures.plan(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31));
		long foreignKpi = this.fixtures.kpi(other, "Foreign");

		assertThatThrownBy(() -> this.experiments.register(this.plan.getId(),
				command("Headline", foreignKpi, null, new VariantCommand("A", 10L, 1L),
						new VariantCommand("B", 10L, 2L))))
			.isInstanceOf(BusinessRuleViolation.class)
			.extracting("field")
			.isEqualTo("kpiId");
		assertThat(this.experiments.all(this.plan.getId())).isEmpty();
	}

	@Test
	void aTestOfAnotherPlanIsNotFound() {
		Plan other = this.fixtures.plan(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31));
		Experiment foreign = this.experiments.register(other.getId(),
				command("Theirs", null, null, new VariantCommand("A", 10L, 1L), new VariantCommand("B", 10L, 2L)));

		assertThatThrownBy(() -> this.experiments.get(this.plan.getId(), foreign.getId()))
			.isInstanceOf(ResourceNotFoundException.class);
	}

	@Test
	void deletesWithTheVersionRead() {
		Experiment experiment = this.experiments.register(this.plan.getId(),
				command("Gone", null, null, new VariantCommand("A", 10L, 1L), new VariantCommand("B", 10L, 2L)));
		this.entities.flush();

		this.experiments.delete(this.plan.getId(), experiment.getId(), 0L);

		assertThat(this.experiments.all(this.plan.getId())).isEmpty();
	}

}
