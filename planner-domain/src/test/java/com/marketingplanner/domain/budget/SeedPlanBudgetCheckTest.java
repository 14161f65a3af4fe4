package com.marketingplanner.domain.budget;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.marketingplanner.domain.budget.BudgetReport.RuleStatus;
import com.marketingplanner.domain.channel.ChannelService;
import com.marketingplanner.domain.marketingdata.DataTimeZone;
import com.marketingplanner.domain.marketingdata.MarketingData;
import com.marketingplanner.domain.plan.PlanReferences;
import com.marketingplanner.domain.plan.PlanService;
import com.marketingplanner.domain.support.DomainJpaTest;
import com.marketingplanner.domain.template.ImportOptions;
import com.marketingplanner.domain.template.PlanDocumentImporter;
import com.marketingplanner.domain.template.PlanTemplateCatalog;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The budget check on the seed plans as the template importer stores them: the
 * inconsistencies of the source documents show as warnings.
 */
@DomainJpaTest
@Import({ PlanReferences.class, PlanDocumentImporter.class, PlanTemplateCatalog.class, BudgetService.class,
		BudgetCheckService.class, MarketingData.class, DataTimeZone.class, PlanService.class, ChannelService.class })
class SeedPlanBudgetCheckTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlanDocumentImporter importer;

	@Autowired
	PlanTemplateCatalog catalog;

	@Autowired
	BudgetCheckService checks;

	@Autowired
	BudgetService budget;

	long ownerId;

	@BeforeEach
	void createOwner() {
		this.ownerId = this.jdbc.sql("""
				insert into app_user (username, display_name, password_hash, role)
				values (?, 'Seed owner', '{noop}x', 'PLANNER') returning id""")
			.param("seed-owner-" + System.nanoTime())
			.query(Long.class)
			.single();
	}

	BudgetReport checkSeed(String code) {
		long planId = this.importer.importPlan(this.catalog.load(code),
				new ImportOptions(this.ownerId, null, null, code));
		return this.checks.check(planId);
	}

	@Test
	void reportsSeed000OverAllocatedByThirtyMillionWithTheTechSubProjectsOverTheTechLine() {
		BudgetReport report = checkSeed("seed-000");

		assertThat(report.warnings("over-allocated")).singleElement().satisfies((warning) -> {
			assertThat(warning.figure("over").value()).isEqualByComparingTo("30000000");
			assertThat(warning.message()).contains("CNY 30,000,000.00 (10.7%)");
		});
		assertThat(report.warnings("children-exceed-parent")).singleElement()
			.satisfies((warning) -> assertThat(warning.figure("excess").value()).isEqualByComparingTo("90000000"));
		assertThat(report.rules())
			.filteredOn((rule) -> "tech".equals(rule.scopeValue()) && rule.kind() == AllocationRuleKind.MIN_SHARE)
			.singleElement()
			.satisfies((rule) -> assertThat(rule.status()).isEqualTo(RuleStatus.PASSED));
		assertThat(report.rules()).filteredOn((rule) -> rule.kind() == AllocationRuleKind.SALES_YIELD_FLOOR)
			.hasSize(3)
			.allSatisfy((rule) -> assertThat(rule.status()).isEqualTo(RuleStatus.NOT_MEASURABLE));
	}

	@Test
	void reportsSeed002PercentagesSummingToNinetyFivePercentAndTheBrandItemsOverTheirLine() {
		BudgetReport report = checkSeed("seed-002");

		assertThat(report.warnings("percentages-not-100")).singleElement()
			.satisfies((warning) -> assertThat(warning.figure("sum").value()).isEqualByComparingTo("95"));
		assertThat(report.warnings("children-exceed-parent"))
			.anySatisfy((warning) -> assertThat(warning.figure("children").value()).isEqualByComparingTo("2750000"));
		// marketing budget = channel category 225萬 + Tmall store upgrade 50萬 = 275萬
		assertThat(report.marketingBudget()).isEqualByComparingTo("2750000");
		assertThat(report.rules()).filteredOn((rule) -> rule.kind() == AllocationRuleKind.CHANNEL_CAP)
			.extracting(BudgetReport.RuleResult::scopeValue, BudgetReport.RuleResult::status)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("douyin", RuleStatus.VIOLATED),
					org.assertj.core.groups.Tuple.tuple("xiaohongshu", RuleStatus.PASSED),
					org.assertj.core.groups.Tuple.tuple("wechat", RuleStatus.PASSED),
					org.assertj.core.groups.Tuple.tuple("douyin", RuleStatus.PASSED),
					org.assertj.core.groups.Tuple.tuple("xiaohongshu", RuleStatus.PASSED),
					org.assertj.core.groups.Tuple.tuple(null, RuleStatus.PASSED));
		assertThat(report.warnings("rule-channel-cap")).singleElement()
			.satisfies((warning) -> assertThat(warning.figure("share").value()).isEqualByComparingTo("29.0909"));
		assertThat(report.warnings("rule-reserve-below")).singleElement()
			.satisfies((warning) -> assertThat(warning.figure("share").value()).isEqualByComparingTo("4"));
	}

	@Test
	void checksEverySeedPlanAndBuildsItsTree() {
		for (String code : new String[] { "seed-000", "seed-001", "seed-002", "seed-003", "seed-004" }) {
			long planId = this.importer.importPlan(this.catalog.load(code),
					new ImportOptions(this.ownerId, null, null, code));
			assertThat(this.budget.overview(planId).tree()).as(code)
				.hasSize((int) this.jdbc.sql("select count(*) from budget_line where plan_id = ? and parent_id is null")
					.param(planId)
					.query(Long.class)
					.single()
					.longValue());
		}
	}

}
