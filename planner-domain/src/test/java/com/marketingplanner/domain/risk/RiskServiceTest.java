package com.marketingplanner.domain.risk;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.marketingplanner.analytics.risk.HeatMapCell;
import com.marketingplanner.domain.campaign.CampaignService;
import com.marketingplanner.domain.channel.ChannelService;
import com.marketingplanner.domain.plan.Plan;
import com.marketingplanner.domain.plan.PlanReferences;
import com.marketingplanner.domain.plan.PlanService;
import com.marketingplanner.domain.shared.BusinessRuleViolation;
import com.marketingplanner.domain.shared.Frequency;
import com.marketingplanner.domain.shared.ResourceNotFoundException;
import com.marketingplanner.domain.shared.StaleVersionException;
import com.marketingplanner.domain.support.DomainJpaTest;
import com.marketingplanner.domain.timeline.MilestoneService;
import com.marketingplanner.domain.timeline.PhaseService;
import com.marketingplanner.domain.timeline.PlanFixtures;
import com.marketingplanner.domain.timeline.TimelineService;

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
class RiskServiceTest {

	@Autowired
	RiskService risks;

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

	private Risk add(String category, String title, String probability, Integer impact, RiskStrategy strategy) {
		return this.risks.add(this.plan.getId(), command(category, title, probability, impact, strategy, null, null));
	}

	private static RiskCommand command(String category, String title, String probability, Integer impact,
			RiskStrategy strategy, RiskStatus status, Long version) {
		return new RiskCommand(category, title, null, (probability != null) ? new BigDecimal(probability) : null,
				impact, null, null, null, null, strategy, null, null, null, status, null, List.of(), null, Set.of(),
				null, version);
	}

	@Test
	void listsTheRegisterByScoreDescendingWithUnscoredRisksLast() {
		add("技術", "Platform delay", "0.22", 4, RiskStrategy.MITIGATE); // 0.88
		add("市場", "Competitor strategy", "0.18", 3, RiskStrategy.MITIGATE); // 0.54
		add("合規", "Data privacy", null, 5, RiskStrategy.AVOID);
		add("技術+市場", "Combined", "0.35", 5, null); // 1.75
		add("安全", "Cyber attack", "0.05", null, RiskStrategy.ACCEPT);

		assertThat(this.risks.list(this.plan.getId(), RiskFilter.none(), PageRequest.of(0, 10)))
			.extracting(Risk::getTitle)
			.containsExactly("Combined", "Platform delay", "Competitor strategy", "Cyber attack", "Data privacy");
		var firstPage = this.risks.list(this.plan.getId(), RiskFilter.none(), PageRequest.of(0, 2));
		assertThat(firstPage.getContent()).extracting(Risk::getTitle).containsExactly("Combined", "Platform delay");
		assertThat(firstPage.getTotalElements()).isEqualTo(5);
	}

	@Test
	void filtersTheRegisterByCategoryStatusAndStrategy() {
		Risk delay = add("技術", "Platform delay", "0.22", 4, RiskStrategy.MITIGATE);
		add("技術", "AI below expectations", null, null, RiskStrategy.MITIGATE);
		add("合規", "Data privacy", null, 5, RiskStrategy.AVOID);
		this.risks.changeStatus(this.plan.getId(), delay.getId(), new RiskStatusCommand(RiskStatus.MONITORING, 0L));

		assertThat(this.risks.list(this.plan.getId(), new RiskFilter("技術", null, null), PageRequest.of(0, 10)))
			.extracting(Risk::getTitle)
			.containsExactly("Platform delay", "AI below expectations");
		assertThat(this.risks.list(this.plan.getId(), new RiskFilter(null, RiskStatus.MONITORING, null),
				PageRequest.of(0, 10)))
			.extracting(Risk::getTitle)
			.containsExactly("Platform delay");
		assertThat(this.risks.list(this.plan.getId(), new RiskFilter(null, null, RiskStrategy.AVOID),
				PageRequest.of(0, 10)))
			.extracting(Risk::getTitle)
			.containsExactly("Data privacy");
	}

	@Test
	void storesTheWholeRiskAndComputesScoreAndExpectedImpact() {
		long leadTime = this.fixtures.kpi(this.plan, "Risk detection lead time");
		Risk risk = this.risks.add(this.plan.getId(), new RiskCommand("技術", "Platform delay", "智能平臺開發延期",
				new BigDecimal("0.22"), 4, new BigDecimal("42000000"), null, null, "budget +15%", RiskStrategy.MITIGATE,
				"容災方案, 異地備份", "手動操作流程", "CTO", null, Frequency.MONTHLY,
				List.of(new RiskTriggerCommand(leadTime, null, TriggerCondition.ABOVE, new BigDecimal("3"), null, null,
						"天", "escalate"),
						new RiskTriggerCommand(null, "竞品价格", TriggerCondition.CHANGE_BEYOND, new BigDecimal("5"), null,
								7, "%", null)),
				"lead time ≤ 3 d", Set.of(), null, null));
		this.entities.flush();
		this.entities.clear();

		Risk reloaded = this.risks.get(this.plan.getId(), risk.getId());
		assertThat(reloaded.score()).contains(new BigDecimal("0.8800"));
		assertThat(reloaded.expectedMonetaryImpact()).contains(new BigDecimal("9240000.00"));
		assertThat(reloaded.heatMapCell()).contains(new HeatMapCell(2, 4));
		assertThat(reloaded.getReviewCadence()).isEqualTo(Frequency.MONTHLY);
		assertThat(reloaded.getTriggers())
			.extracting(RiskTrigger::getKpiId, RiskTrigger::getMetric, RiskTrigger::getCondition,
					RiskTrigger::getPeriodDays)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(leadTime, null, TriggerCondition.ABOVE, null),
					org.assertj.core.groups.Tuple.tuple(null, "竞品价格", TriggerCondition.CHANGE_BEYOND, 7));
		assertThat(reloaded.getWarningText()).isEqualTo("lead time ≤ 3 d");
		assertThat(reloaded.getStatus()).isEqualTo(RiskStatus.IDENTIFIED);
	}

	@Test
	void rejectsProbabilityAboveOneAndWritesNothing() {
		assertThatThrownBy(() -> add("技術", "Platform delay", "1.5", 4, null)).isInstanceOfSatisfying(
				BusinessRuleViolation.class, (ex) -> assertThat(ex.field()).isEqualTo("probability"));

		assertThat(this.risks.all(this.plan.getId())).isEmpty();
	}

	@Test
	void refusesABadEditWithoutChangingAnyField() {
		Risk risk = add("技術", "Platform delay", "0.22", 4, null);
		this.entities.flush();

		assertThatThrownBy(() -> this.risks.update(this.plan.getId(), risk.getId(),
				command("市場", "Renamed", "0.5", 9, RiskStrategy.ACCEPT, null, 0L)))
			.isInstanceOfSatisfying(BusinessRuleViolation.class, (ex) -> assertThat(ex.field()).isEqualTo("impact"));
		Risk unchanged = this.risks.get(this.plan.getId(), risk.getId());
		assertThat(unchanged.getTitle()).isEqualTo("Platform delay");
		assertThat(unchanged.getCategory()).isEqualTo("技術");
		assertThat(unchanged.getProbability()).isEqualByComparingTo("0.22");
		assertThat(unchanged.getStrategy()).isNull();
	}

	@Test
	void rejectsATriggerOnAnUnknownKpiOrMeasuringNothingAndWritesNothing() {
		RiskCommand unknownKpi = new RiskCommand("市場", "Competitor", null, null, null, null, null, null, null, null,
				null, null, null, null, null, List.of(new RiskTriggerCommand(987654L, null, TriggerCondition.BELOW,
						BigDecimal.ONE, null, null, null, null)),
				null, Set.of(), null, null);
		assertThatThrownBy(() -> this.risks.add(this.plan.getId(), unknownKpi)).isInstanceOfSatisfying(
				BusinessRuleViolation.class, (ex) -> assertThat(ex.field()).isEqualTo("triggers[0].kpiId"));
		RiskCommand noMeasure = new RiskCommand("市場", "Competitor", null, null, null, null, null, null, null, null,
				null, null, null, null, null, List.of(new RiskTriggerCommand(null, null, TriggerCondition.ABOVE,
						BigDecimal.ONE, null, null, "%", null)),
				null, Set.of(), null, null);
		assertThatThrownBy(() -> this.risks.add(this.plan.getId(), noMeasure)).isInstanceOfSatisfying(
				BusinessRuleViolation.class, (ex) -> assertThat(ex.field()).isEqualTo("triggers[0].metric"));
		assertThat(this.risks.all(this.plan.getId())).isEmpty();
	}

	@Test
	void escalatesAndClosesARiskNamingTheVersion() {
		Risk risk = add("技術", "Platform delay", "0.22", 4, null);
		this.entities.flush();

		Risk escalated = this.risks.changeStatus(this.plan.getId(), risk.getId(),
				new RiskStatusCommand(RiskStatus.MITIGATING, 0L));
		Risk closed = this.risks.update(this.plan.getId(), risk.getId(),
				command("技術", "Platform delay", "0.22", 4, null, RiskStatus.CLOSED, escalated.getVersion()));

		assertThat(closed.getStatus()).isEqualTo(RiskStatus.CLOSED);
		assertThatThrownBy(() -> this.risks.changeStatus(this.plan.getId(), risk.getId(),
				new RiskStatusCommand(RiskStatus.OCCURRED, closed.getVersion())))
			.isInstanceOfSatisfying(BusinessRuleViolation.class, (ex) -> assertThat(ex.field()).isEqualTo("status"));
		assertThatThrownBy(() -> this.risks.changeStatus(this.plan.getId(), risk.getId(),
				new RiskStatusCommand(RiskStatus.MONITORING, 0L)))
			.isInstanceOf(StaleVersionException.class);
	}

	@Test
	void drawsTheHeatMapOfTheRegister() {
		add("技術", "Platform delay", "0.22", 4, null);
		add("市場", "Competitor strategy", "0.18", 3, null);
		add("合規", "Data privacy", null, 5, null);

		RiskHeatMap map = this.risks.heatMap(this.plan.getId());

		assertThat(map.count(2, 4)).isEqualTo(1);
		assertThat(map.count(1, 3)).isEqualTo(1);
		assertThat(map.unplaced()).hasSize(1);
	}

	@Test
	void answersNotFoundForARiskOfAnotherPlan() {
		Plan other = this.fixtures.plan2026();
		Risk foreign = this.risks.add(other.getId(), RiskCommand.of("技術", "Elsewhere"));

		assertThatThrownBy(() -> this.risks.get(this.plan.getId(), foreign.getId()))
			.isInstanceOf(ResourceNotFoundException.class);
		assertThatThrownBy(() -> this.risks.delete(this.plan.getId(), foreign.getId(), 0L))
			.isInstanceOf(ResourceNotFoundException.class);
	}

	@Test
	void deletesARiskNamingItsVersion() {
		Risk risk = add("技術", "Platform delay", "0.22", 4, null);
		this.entities.flush();

		assertThatThrownBy(() -> this.risks.delete(this.plan.getId(), risk.getId(), 3L))
			.isInstanceOf(StaleVersionException.class);
		this.risks.delete(this.plan.getId(), risk.getId(), 0L);

		assertThat(this.risks.all(this.plan.getId())).isEmpty();
	}

}
