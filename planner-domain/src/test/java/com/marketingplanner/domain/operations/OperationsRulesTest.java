package com.marketingplanner.domain.operations;

import java.time.LocalDate;
import java.util.List;

import com.marketingplanner.domain.shared.BusinessRuleViolation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of tools, dashboards and operating standards. */
class OperationsRulesTest {

	@Test
	void onlyAPlannedToolHasADateOrMonthAndNeverBoth() {
		PlanTool tool = new PlanTool(null, 0, "智能客服系统", ToolCategory.CUSTOMER_SERVICE);

		assertThatThrownBy(() -> tool.schedule(ToolStatus.IN_USE, null, 6)).isInstanceOf(BusinessRuleViolation.class)
			.hasFieldOrPropertyWithValue("field", "plannedMonth")
			.hasFieldOrPropertyWithValue("messageKey", "error.operations.schedule-only-when-planned");
		assertThatThrownBy(() -> tool.schedule(ToolStatus.PLANNED, LocalDate.of(2024, 6, 30), 6))
			.isInstanceOf(BusinessRuleViolation.class)
			.hasFieldOrPropertyWithValue("messageKey", "error.operations.one-schedule");
		assertThatThrownBy(() -> tool.schedule(ToolStatus.PLANNED, null, 0)).isInstanceOf(BusinessRuleViolation.class)
			.hasFieldOrPropertyWithValue("field", "plannedMonth")
			.hasFieldOrPropertyWithValue("messageKey", "error.operations.count-too-small");
		assertThatThrownBy(() -> tool.schedule(null, null, null)).isInstanceOf(BusinessRuleViolation.class)
			.hasFieldOrPropertyWithValue("field", "status");
	}

	@Test
	void aPlannedToolKeepsItsMonthAndAToolInUseHasNoDueDate() {
		PlanTool erp = new PlanTool(null, 0, "ERP", ToolCategory.ERP);
		erp.schedule(ToolStatus.PLANNED, null, 3);
		PlanTool crm = new PlanTool(null, 1, "Zoho+自研CRM", ToolCategory.CRM);
		crm.schedule(ToolStatus.IN_USE, null, null);

		assertThat(erp.isPlanned()).isTrue();
		assertThat(erp.getPlannedMonth()).isEqualTo(3);
		assertThat(crm.dueDate()).isNull();
	}

	@Test
	void aToolNeedsANameAndACategory() {
		assertThatThrownBy(() -> new PlanTool(null, 0, " ", ToolCategory.BI)).isInstanceOf(BusinessRuleViolation.class)
			.hasFieldOrPropertyWithValue("messageKey", "error.operations.name-required");
		assertThatThrownBy(() -> new PlanTool(null, 0, "BI", null)).isInstanceOf(BusinessRuleViolation.class)
			.hasFieldOrPropertyWithValue("field", "category");
	}

	@Test
	void dashboardZonesHaveNamesUniqueIgnoringCase() {
		Dashboard dashboard = new Dashboard(null, 0, "营销资源仪表盘");

		assertThatThrownBy(
				() -> dashboard.divideInto(List.of(new Dashboard.Zone("Red", "a"), new Dashboard.Zone("red", "b"))))
			.isInstanceOf(BusinessRuleViolation.class)
			.hasFieldOrPropertyWithValue("field", "zones[1].name")
			.hasFieldOrPropertyWithValue("messageKey", "error.operations.zone-duplicate");
		assertThatThrownBy(() -> dashboard.divideInto(List.of(new Dashboard.Zone(" ", "rule"))))
			.isInstanceOf(BusinessRuleViolation.class)
			.hasFieldOrPropertyWithValue("field", "zones[0].name");

		dashboard.divideInto(List.of(new Dashboard.Zone(" 红色预警区 ", "触达红色区域时预警"), new Dashboard.Zone("绿色安全区", " ")));

		assertThat(dashboard.getZones()).extracting(DashboardZone::getName).containsExactly("红色预警区", "绿色安全区");
		assertThat(dashboard.getZones().get(1).getRule()).isNull();
	}

	@Test
	void aDashboardHasAtMostTenZonesAndAForecastOfOneDayToAYear() {
		Dashboard dashboard = new Dashboard(null, 0, "数据看板系统");
		List<Dashboard.Zone> eleven = java.util.stream.IntStream.range(0, 11)
			.mapToObj((i) -> new Dashboard.Zone("zone " + i, null))
			.toList();

		assertThatThrownBy(() -> dashboard.divideInto(eleven)).isInstanceOf(BusinessRuleViolation.class)
			.hasFieldOrPropertyWithValue("messageKey", "error.operations.too-many-zones");
		assertThatThrownBy(() -> dashboard.measure(30, 8, 0)).isInstanceOf(BusinessRuleViolation.class)
			.hasFieldOrPropertyWithValue("field", "forecastHorizonDays");
		assertThatThrownBy(() -> dashboard.measure(30, 8, 367)).isInstanceOf(BusinessRuleViolation.class)
			.hasFieldOrPropertyWithValue("messageKey", "error.operations.horizon-too-long");
		assertThatThrownBy(() -> dashboard.measure(-1, 8, 7)).isInstanceOf(BusinessRuleViolation.class)
			.hasFieldOrPropertyWithValue("field", "metricCount");

		dashboard.measure(30, 8, 7);

		assertThat(dashboard.getMetricCount()).isEqualTo(30);
		assertThat(dashboard.getWarningModuleCount()).isEqualTo(8);
		assertThat(dashboard.getForecastHorizonDays()).isEqualTo(7);
	}

	@Test
	void aStandardCountsAtLeastOneScenarioHourAndDay() {
		OperatingStandard listing = new OperatingStandard(null, 0, "商品上新流程");

		assertThatThrownBy(() -> listing.cover("全业务链路", 0)).isInstanceOf(BusinessRuleViolation.class)
			.hasFieldOrPropertyWithValue("field", "scenarioCount");
		assertThatThrownBy(() -> listing.time(0, null)).isInstanceOf(BusinessRuleViolation.class)
			.hasFieldOrPropertyWithValue("field", "timeLimitHours");
		assertThatThrownBy(() -> listing.time(null, 0)).isInstanceOf(BusinessRuleViolation.class)
			.hasFieldOrPropertyWithValue("field", "leadTimeDays");

		listing.time(72, null);
		listing.require(" 三审三校 ", "", null);

		assertThat(listing.getTimeLimitHours()).isEqualTo(72);
		assertThat(listing.getChecks()).isEqualTo("三审三校");
		assertThat(listing.getOwner()).isNull();
	}

}
