package com.marketingplanner.domain.template;

import java.time.LocalDate;
import java.util.List;

import com.marketingplanner.domain.operations.Dashboard;
import com.marketingplanner.domain.operations.DashboardRefresh;
import com.marketingplanner.domain.operations.DashboardView;
import com.marketingplanner.domain.operations.DashboardZone;
import com.marketingplanner.domain.operations.OperationsService;
import com.marketingplanner.domain.operations.PlanTool;
import com.marketingplanner.domain.operations.ToolCategory;
import com.marketingplanner.domain.operations.ToolStatus;
import com.marketingplanner.domain.plan.PlanNoteKind;
import com.marketingplanner.domain.support.DomainJpaTest;
import com.marketingplanner.domain.support.DomainServices;
import com.marketingplanner.domain.template.PlanDocument.Standard;
import com.marketingplanner.domain.template.PlanDocument.Tool;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seeds' tools, dashboards and operating standards are fields of the templates (002:
 * the tool matrix and the dashboards; 004: the 2.5 tech roadmap, also as milestones, and
 * the SOPs with the 20/30 scenarios kept side by side) and enter the plan as they are.
 */
@DomainJpaTest
@Import(DomainServices.class)
class OperationsTemplateContentTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlanDocumentImport importer;

	@Autowired
	OperationsService operations;

	String owner;

	@BeforeEach
	void createOwner() {
		this.owner = DomainServices.createUser(this.jdbc, "PLANNER");
	}

	@Test
	void seed002HoldsItsToolMatrixAndItsDashboards() {
		PlanDocument plan = TemplateDocuments.load("seed-002");

		assertThat(plan.tools()).extracting(Tool::name, Tool::category)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Zoho+自研CRM", ToolCategory.CRM),
					org.assertj.core.groups.Tuple.tuple("SAS+企业微信", ToolCategory.CUSTOMER_SERVICE),
					org.assertj.core.groups.Tuple.tuple("Hadoop", ToolCategory.DATA_PLATFORM),
					org.assertj.core.groups.Tuple.tuple("BI", ToolCategory.BI),
					org.assertj.core.groups.Tuple.tuple("LSTM", ToolCategory.FORECAST_MODEL),
					org.assertj.core.groups.Tuple.tuple("ARIMA", ToolCategory.FORECAST_MODEL));
		PlanDocument.Dashboard board = plan.dashboards().get(0);
		assertThat(board.metricCount()).isEqualTo(30);
		assertThat(board.warningModuleCount()).isEqualTo(8);
		assertThat(board.forecastHorizonDays()).isEqualTo(7);
		assertThat(board.refresh()).isEqualTo(DashboardRefresh.REAL_TIME);
		assertThat(plan.dashboards().get(1).zones()).extracting(PlanDocument.Zone::name)
			.containsExactly("红色预警区", "绿色安全区");
		assertThat(plan.dashboards()).filteredOn((d) -> d.view() == DashboardView.BUDGET_BOARD)
			.singleElement()
			.satisfies((d) -> assertThat(d.name()).isEqualTo("预算执行看板"));
	}

	@Test
	void seed004HoldsItsTechRoadmapAsPlannedToolsAndMilestonesAndItsStandards() {
		PlanDocument plan = TemplateDocuments.load("seed-004");

		assertThat(plan.tools()).filteredOn((t) -> t.status() == ToolStatus.PLANNED)
			.extracting(Tool::category, Tool::plannedMonth)
			.startsWith(org.assertj.core.groups.Tuple.tuple(ToolCategory.ERP, 3),
					org.assertj.core.groups.Tuple.tuple(ToolCategory.CUSTOMER_SERVICE, 6),
					org.assertj.core.groups.Tuple.tuple(ToolCategory.SUPPLY_CHAIN, 12));
		assertThat(plan.milestones()).extracting(PlanDocument.Milestone::key, PlanDocument.Milestone::dueDate)
			.contains(org.assertj.core.groups.Tuple.tuple("m-erp", LocalDate.of(2024, 3, 31)),
					org.assertj.core.groups.Tuple.tuple("m-smart-cs", LocalDate.of(2024, 6, 30)),
					org.assertj.core.groups.Tuple.tuple("m-sc-visibility", LocalDate.of(2024, 12, 31)));
		assertThat(plan.standards()).extracting(Standard::scenarioCount).startsWith(20, 30);
		assertThat(plan.standards()).filteredOn((s) -> s.timeLimitHours() != null && s.timeLimitHours() == 72)
			.singleElement()
			.satisfies((s) -> assertThat(s.checks()).startsWith("三审三校"));
		assertThat(plan.standards()).extracting(Standard::leadTimeDays).contains(15);
		assertThat(plan.notes()).filteredOn((n) -> n.kind() == PlanNoteKind.SOURCE_INCONSISTENCY)
			.anySatisfy((n) -> assertThat(n.subject()).isEqualTo("$.standards[0]、$.standards[1]"));
	}

	@Test
	void importedDashboardsFollowTheirKpisAndPlannedToolsFallDueAtTheEndOfTheirMonth() {
		long seed002 = this.importer.importPlan(TemplateDocuments.load("seed-002"), ImportOptions.forOwner(this.owner))
			.planId();
		long seed004 = this.importer
			.importPlan(TemplateDocuments.load("seed-004"),
					new ImportOptions(this.owner, null, LocalDate.of(2027, 1, 1), "seed-004"))
			.planId();

		List<Dashboard> dashboards = this.operations.dashboards(seed002);
		assertThat(dashboards).hasSize(4);
		assertThat(dashboards.get(0).getKpiIds()).hasSize(2);
		assertThat(dashboards.get(1).getZones()).extracting(DashboardZone::getName).containsExactly("红色预警区", "绿色安全区");
		assertThat(this.operations.tools(seed004)).filteredOn((t) -> t.getCategory() == ToolCategory.ERP)
			.singleElement()
			.extracting(PlanTool::dueDate)
			.isEqualTo(LocalDate.of(2027, 3, 31));
	}

}
