package com.marketingplanner.domain.risk;

import java.util.List;
import java.util.Set;

import com.marketingplanner.domain.shared.BusinessRuleViolation;
import com.marketingplanner.domain.support.DomainJpaTest;
import com.marketingplanner.domain.support.DomainServices;
import com.marketingplanner.domain.template.PlansFromTemplates;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The crisis playbook and scenario library, and the seed plans' risks as their templates
 * state them: every risk on the heat map, several triggers, 002's levels and scenarios.
 */
@DomainJpaTest
@Import(DomainServices.class)
class PlaybookAndSeedRisksTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlansFromTemplates templates;

	@Autowired
	RiskService risks;

	@Autowired
	CrisisPlaybookService playbook;

	@Autowired
	RiskScenarioService scenarios;

	@Autowired
	TestEntityManager entities;

	String owner;

	@BeforeEach
	void owner() {
		this.owner = DomainServices.createUser(this.jdbc, "PLANNER");
	}

	@Test
	void putsEveryRiskOfTheDemoPlansOnTheHeatMap() {
		for (String code : List.of("seed-000", "seed-002", "seed-004")) {
			long planId = this.templates.create(code, this.owner, null, null);
			RiskHeatMap map = this.risks.heatMap(planId);
			int onMap = map.cells().values().stream().mapToInt(List::size).sum() + map.unplaced().size();
			assertThat(onMap).as(code).isEqualTo(this.risks.all(planId).size());
		}
		long plan000 = this.templates.create("seed-000", this.owner, null, null);
		Risk delay = this.risks.all(plan000)
			.stream()
			.filter((r) -> r.getTitle().equals("智能平台开发延期"))
			.findFirst()
			.orElseThrow();
		assertThat(delay.heatMapCell()).isPresent();
		assertThat(delay.expectedMonetaryImpact())
			.hasValueSatisfying((e) -> assertThat(e).isEqualByComparingTo("9240000"));
		assertThat(this.risks.heatMap(plan000).cells()).isNotEmpty();
	}

	@Test
	void plan002KeepsItsCrisisLevelsScenariosAndSeveralTriggersPerRisk() {
		long planId = this.templates.create("seed-002", this.owner, null, null);

		List<CrisisLevel> levels = this.playbook.levels(planId);
		assertThat(levels).extracting(CrisisLevel::getName).containsExactly("严重", "普通", "关注");
		assertThat(levels.get(0).getResponseMinutes()).isEqualTo(30);
		assertThat(levels.get(0).getResolutionMinutes()).isEqualTo(240);
		assertThat(levels.get(0).getActions()).contains("停售公告", "致歉声明");
		Risk sentiment = byTitle(planId, "用户舆情波动");
		assertThat(sentiment.getCrisisLevelIds()).hasSize(3);
		Risk budget = byTitle(planId, "营销预算失控");
		assertThat(budget.getTriggers()).extracting(RiskTrigger::getCondition)
			.containsExactly(TriggerCondition.BELOW, TriggerCondition.ABOVE);
		Risk policy = byTitle(planId, "平台政策风险");
		assertThat(this.scenarios.all(planId)).filteredOn((s) -> policy.getId().equals(s.getRiskId()))
			.extracting(RiskScenario::getTitle)
			.containsExactly("平台发布新规则", "店铺链接被降权");
	}

	@Test
	void deletingACrisisLevelUnlinksItFromItsRisks() {
		long planId = this.templates.create("seed-002", this.owner, null, null);
		CrisisLevel watch = this.playbook.levels(planId).get(2);
		this.entities.flush();

		this.playbook.delete(planId, watch.getId(), watch.getVersion());
		this.entities.flush();
		this.entities.clear();

		assertThat(byTitle(planId, "用户舆情波动").getCrisisLevelIds()).hasSize(2);
		assertThat(this.playbook.levels(planId)).extracting(CrisisLevel::getPosition).containsExactly(0, 1);
	}

	@Test
	void refusesResolutionBeforeResponseAndAScenarioOfAnotherPlansRisk() {
		long planId = this.templates.create("seed-002", this.owner, null, null);
		long other = this.templates.create("seed-000", this.owner, null, null);
		long foreignRisk = this.risks.all(other).get(0).getId();

		assertThatThrownBy(
				() -> this.playbook.add(planId, new CrisisLevelCommand("紧急", null, null, null, 60, 30, null, null)))
			.isInstanceOfSatisfying(BusinessRuleViolation.class,
					(ex) -> assertThat(ex.field()).isEqualTo("resolutionMinutes"));
		assertThatThrownBy(() -> this.scenarios.add(planId,
				new RiskScenarioCommand(foreignRisk, "x", null, List.of("a"), null, null, null)))
			.isInstanceOfSatisfying(BusinessRuleViolation.class, (ex) -> assertThat(ex.field()).isEqualTo("riskId"));
		assertThatThrownBy(() -> this.risks.add(planId,
				new RiskCommand("市场", "x", null, null, null, null, null, null, null, null, null, null, null, null, null,
						List.of(), null,
						Set.of(this.playbook.levels(other).isEmpty() ? 987654L
								: this.playbook.levels(other).get(0).getId()),
						null, null)))
			.isInstanceOfSatisfying(BusinessRuleViolation.class,
					(ex) -> assertThat(ex.field()).isEqualTo("crisisLevelIds"));
	}

	private Risk byTitle(long planId, String title) {
		return this.risks.all(planId).stream().filter((r) -> r.getTitle().equals(title)).findFirst().orElseThrow();
	}

}
