package com.marketingplanner.domain.timeline;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.marketingplanner.domain.campaign.CampaignService;
import com.marketingplanner.domain.channel.ChannelService;
import com.marketingplanner.domain.plan.Plan;
import com.marketingplanner.domain.plan.PlanReferences;
import com.marketingplanner.domain.plan.PlanService;
import com.marketingplanner.domain.risk.RiskService;
import com.marketingplanner.domain.shared.BusinessRuleViolation;
import com.marketingplanner.domain.support.DomainJpaTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Milestone gates of several conditions on PostgreSQL: stored in order, evaluated from
 * the KPIs' latest measurements, checked by a person, and kept intact by clients that
 * still send the single gate.
 */
@DomainJpaTest
@Import({ PlanService.class, ChannelService.class, PlanReferences.class, PhaseService.class, MilestoneService.class,
		TimelineService.class, RiskService.class, CampaignService.class })
class MilestoneGateServiceTest {

	@Autowired
	MilestoneService milestones;

	@Autowired
	TestEntityManager entities;

	@Autowired
	JdbcClient jdbc;

	PlanFixtures fixtures;

	Plan plan;

	long users;

	long repurchase;

	@BeforeEach
	void setUp() {
		this.fixtures = new PlanFixtures(this.entities, this.jdbc);
		this.plan = this.fixtures.plan2026();
		this.users = this.fixtures.kpi(this.plan, "Users");
		this.repurchase = this.fixtures.kpi(this.plan, "Repurchase");
	}

	private MilestoneCommand gated(GateMatch match, GateConditionCommand... conditions) {
		return new MilestoneCommand("300k users", LocalDate.of(2026, 9, 30), null, null, null, null, null, Set.of(),
				null, null, null, null, null, match, List.of(conditions));
	}

	private GateConditionCommand usersAtLeast(String value) {
		return new GateConditionCommand(this.users, ComparisonOperator.AT_LEAST, new BigDecimal(value), "users");
	}

	private static GateConditionCommand inWords(String text) {
		return new GateConditionCommand(null, null, null, text);
	}

	private void measure(long kpiId, String periodEnd, String value) {
		this.jdbc
			.sql("insert into kpi_measurement (kpi_id, period_start, period_end, value) "
					+ "values (:kpi, :end::date - 6, :end::date, :value)")
			.param("kpi", kpiId)
			.param("end", periodEnd)
			.param("value", new BigDecimal(value))
			.update();
	}

	private Milestone reloaded(Milestone milestone) {
		this.entities.flush();
		this.entities.clear();
		return this.milestones.get(this.plan.getId(), milestone.getId());
	}

	@Test
	void storesSeveralConditionsInOrderAndSkipsEmptyFormRows() {
		Milestone milestone = this.milestones.add(this.plan.getId(),
				gated(GateMatch.ANY, usersAtLeast("300000"), inWords(" "), inWords("按ROI选定主渠道"),
						new GateConditionCommand(this.repurchase, ComparisonOperator.AT_LEAST, BigDecimal.TEN, null)));

		Milestone reloaded = reloaded(milestone);
		assertThat(reloaded.getGateMatch()).isEqualTo(GateMatch.ANY);
		assertThat(reloaded.getGateConditions()).extracting(GateCondition::getKpiId, GateCondition::getText)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(this.users, "users"),
					org.assertj.core.groups.Tuple.tuple(null, "按ROI选定主渠道"),
					org.assertj.core.groups.Tuple.tuple(this.repurchase, null));
	}

	@Test
	void evaluatesGatesFromTheLatestMeasurementOfEachKpi() {
		Milestone both = this.milestones.add(this.plan.getId(), gated(GateMatch.ALL, usersAtLeast("300000"),
				new GateConditionCommand(this.repurchase, ComparisonOperator.AT_LEAST, new BigDecimal("20"), null)));
		Milestone ungated = this.milestones.add(this.plan.getId(), MilestoneCommand.of("Kick-off", LocalDate.now()));
		measure(this.users, "2026-06-30", "350000");
		measure(this.users, "2026-08-31", "290000");
		measure(this.repurchase, "2026-08-31", "25");

		MilestoneGates gates = this.milestones.gates(this.plan.getId());

		assertThat(gates.of(both).conditions()).containsExactly(GateState.NOT_MET, GateState.MET);
		assertThat(gates.stateOf(both)).isEqualTo(GateState.NOT_MET);
		assertThat(gates.of(ungated)).isNull();
	}

	@Test
	void aConditionWhoseKpiIsDeletedCannotBeEvaluated() {
		Milestone milestone = this.milestones.add(this.plan.getId(),
				gated(GateMatch.ALL, usersAtLeast("300000"), inWords("主渠道")));
		this.entities.flush();
		this.jdbc.sql("delete from kpi where id = :id").param("id", this.users).update();
		this.entities.clear();

		MilestoneGates gates = this.milestones.gates(this.plan.getId());

		Milestone reloaded = this.milestones.get(this.plan.getId(), milestone.getId());
		assertThat(reloaded.getGateConditions().get(0).isKpiComparison()).isTrue();
		assertThat(gates.of(reloaded).conditions()).containsExactly(GateState.CANNOT_EVALUATE, GateState.OPEN);
		assertThat(gates.stateOf(reloaded)).isEqualTo(GateState.CANNOT_EVALUATE);
	}

	@Test
	void recordsWhoCheckedAConditionInWordsAndWhen() {
		Milestone milestone = this.milestones.add(this.plan.getId(), gated(GateMatch.ALL, inWords("按ROI选定主渠道")));

		this.milestones.checkGateCondition(this.plan.getId(), milestone.getId(), 0,
				new GateCheckCommand(GateState.MET, milestone.getVersion()), "lead");

		GateCondition checked = reloaded(milestone).getGateConditions().get(0);
		assertThat(checked.getCheckState()).isEqualTo(GateState.MET);
		assertThat(checked.getCheckedBy()).isEqualTo("lead");
		assertThat(checked.getCheckedAt()).isNotNull();
		assertThat(this.milestones.gates(this.plan.getId()).stateOf(milestone)).isEqualTo(GateState.MET);
	}

	@Test
	void aSingleGateClientSendingTheGateBackAsReadKeepsEveryCondition() {
		Milestone milestone = this.milestones.add(this.plan.getId(),
				gated(GateMatch.ALL, inWords("主渠道"), usersAtLeast("300000"), inWords("画像一致")));
		Milestone read = reloaded(milestone);

		this.milestones.update(this.plan.getId(), milestone.getId(),
				new MilestoneCommand("300k users (renamed)", read.getDueDate(), null, null, null, null, null, Set.of(),
						read.getGate().getKpiId(), read.getGate().getOperator(), read.getGate().getValue(),
						read.getGateText(), read.getVersion(), null, null));

		Milestone after = reloaded(milestone);
		assertThat(after.getTitle()).isEqualTo("300k users (renamed)");
		assertThat(after.getGateConditions()).hasSize(3);
		this.milestones.update(this.plan.getId(), milestone.getId(),
				new MilestoneCommand("300k users", after.getDueDate(), null, null, null, null, null, Set.of(),
						this.repurchase, ComparisonOperator.AT_LEAST, BigDecimal.ONE, null, after.getVersion(), null,
						null));
		assertThat(reloaded(milestone).getGateConditions()).singleElement()
			.satisfies((condition) -> assertThat(condition.getKpiId()).isEqualTo(this.repurchase));
	}

	@Test
	void rejectsAConditionOnAnotherPlansKpiAtItsRowAndChangesNothing() {
		long foreign = this.fixtures.kpi(this.fixtures.plan2026(), "Elsewhere");

		assertThatThrownBy(() -> this.milestones.add(this.plan.getId(),
				gated(GateMatch.ALL, usersAtLeast("1"),
						new GateConditionCommand(foreign, ComparisonOperator.AT_MOST, BigDecimal.ONE, null))))
			.isInstanceOfSatisfying(BusinessRuleViolation.class, (ex) -> {
				assertThat(ex.field()).isEqualTo("gateConditions[1].kpiId");
				assertThat(ex.messageKey()).isEqualTo("error.reference.kpi-unknown");
			});
		assertThat(this.milestones.all(this.plan.getId())).isEmpty();
	}

}
