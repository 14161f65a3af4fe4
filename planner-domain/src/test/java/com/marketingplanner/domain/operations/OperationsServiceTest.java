package com.marketingplanner.domain.operations;

import java.util.List;
import java.util.Set;

import com.marketingplanner.domain.organisation.OrganisationService;
import com.marketingplanner.domain.shared.BusinessRuleViolation;
import com.marketingplanner.domain.support.DomainJpaTest;
import com.marketingplanner.domain.support.DomainServices;
import com.marketingplanner.domain.template.PlansFromTemplates;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Tools, dashboards and standards through the service: owners and KPIs of the same plan
 * only, zones and order as given, and a deleted team unit leaving its tools' owner in
 * words.
 */
@DomainJpaTest
@Import(DomainServices.class)
class OperationsServiceTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlansFromTemplates templates;

	@Autowired
	OperationsService operations;

	@Autowired
	OrganisationService organisation;

	String owner;

	@BeforeEach
	void owner() {
		this.owner = DomainServices.createUser(this.jdbc, "PLANNER");
	}

	@Test
	void aToolsOwnerIsATeamUnitOfTheSamePlanAndOutlivesItInWords() {
		long planId = this.templates.create("seed-003", this.owner, null, null);
		long otherPlan = this.templates.create("seed-001", this.owner, null, null);
		long tech = this.organisation.team(planId)
			.stream()
			.filter((u) -> u.getName().equals("技术团队"))
			.findFirst()
			.orElseThrow()
			.getId();
		long foreignUnit = this.organisation.team(otherPlan).get(0).getId();

		assertThatThrownBy(() -> this.operations.addTool(planId, tool(foreignUnit)))
			.isInstanceOf(BusinessRuleViolation.class)
			.hasFieldOrPropertyWithValue("field", "ownerUnitId");
		PlanTool tool = this.operations.addTool(planId, tool(tech));
		assertThat(tool.getOwnerUnitId()).isEqualTo(tech);

		var unit = this.organisation.teamUnit(planId, tech);
		this.organisation.deleteTeamUnit(planId, tech, unit.getVersion());

		assertThat(this.jdbc.sql("select owner_unit_id, owner from plan_tool where id = ?")
			.param(tool.getId())
			.query((rs, row) -> new Object[] { rs.getObject(1), rs.getString(2) })
			.single()).containsExactly(null, "技术团队负责人");
	}

	@Test
	void aDashboardFollowsOnlyKpisOfItsPlanAndKeepsItsZonesInOrder() {
		long planId = this.templates.create("seed-002", this.owner, null, null);
		long otherPlan = this.templates.create("seed-004", this.owner, null, null);
		long foreignKpi = this.jdbc.sql("select min(id) from kpi where plan_id = ?")
			.param(otherPlan)
			.query(Long.class)
			.single();

		assertThatThrownBy(() -> this.operations.addDashboard(planId, dashboard(Set.of(foreignKpi))))
			.isInstanceOf(BusinessRuleViolation.class);
		Dashboard added = this.operations.addDashboard(planId, dashboard(Set.of()));

		assertThat(added.getZones()).extracting(DashboardZone::getName).containsExactly("绿色安全区", "红色预警区");
		assertThat(this.operations.dashboards(planId)).hasSize(5).last().isEqualTo(added);
		assertThat(this.jdbc.sql("select count(*) from plan_dashboard where plan_id = ?")
			.param(otherPlan)
			.query(Long.class)
			.single()).isZero();
	}

	private static PlanToolCommand tool(Long unitId) {
		return new PlanToolCommand("Google Analytics", ToolCategory.ANALYTICS, null, unitId, "技术团队负责人",
				ToolStatus.IN_USE, null, null, null, null, null);
	}

	private static DashboardCommand dashboard(Set<Long> kpis) {
		return new DashboardCommand("分区看板", null, null, null, null, DashboardRefresh.DAILY, null,
				List.of(new DashboardCommand.Zone("绿色安全区", "ROI ≥ 1.5"), new DashboardCommand.Zone("", ""),
						new DashboardCommand.Zone("红色预警区", "ROI < 1.5")),
				kpis, null, null, null);
	}

}
