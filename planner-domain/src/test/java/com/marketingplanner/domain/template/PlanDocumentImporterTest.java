package com.marketingplanner.domain.template;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.marketingplanner.domain.support.DomainJpaTest;
import com.marketingplanner.domain.template.PlanDocument.BudgetLine;
import com.marketingplanner.domain.template.PlanDocument.Section;
import com.marketingplanner.domain.template.PlanDocumentInvalidException.Problem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@DomainJpaTest
@Import({ PlanDocumentImporter.class, PlanTemplateCatalog.class })
class PlanDocumentImporterTest {

	private static final List<String> PLAN_TABLES = List.of("plan_section", "goal", "kpi", "phase", "milestone",
			"budget_line", "allocation_rule", "risk", "campaign");

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlanDocumentImporter importer;

	@Autowired
	PlanTemplateCatalog catalog;

	long ownerId;

	@BeforeEach
	void createOwner() {
		this.ownerId = this.jdbc.sql("""
				insert into app_user (username, display_name, password_hash, role)
				values (?, 'Seed admin', '{noop}x', 'ADMIN') returning id""")
			.param("seed-admin-" + System.nanoTime())
			.query(Long.class)
			.single();
	}

	@ParameterizedTest
	@ValueSource(strings = { "seed-000", "seed-001", "seed-002", "seed-003", "seed-004" })
	void importsEveryTemplateWithOneRowPerDocumentItem(String code) {
		PlanDocument document = this.catalog.load(code);

		long planId = this.importer.importPlan(document, new ImportOptions(this.ownerId, null, null, code));

		assertThat(this.jdbc.sql("select title, template_code, language, currency from plan where id = ?")
			.param(planId)
			.query((rs, row) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.single()).containsExactly(document.title(), code, "ZH", "CNY");
		assertThat(countRows(planId)).containsAllEntriesOf(Map.of("plan_section", countSections(document.sections()),
				"goal", (long) document.goals().size(), "kpi", (long) document.kpis().size(), "phase",
				(long) document.phases().size(), "milestone", (long) document.milestones().size(), "budget_line",
				countLines(document.budgetLines()), "allocation_rule", (long) document.allocationRules().size(), "risk",
				(long) document.risks().size(), "campaign", (long) document.campaigns().size()));
		assertThat(countWhere("milestone_dependency d join milestone m on m.id = d.milestone_id", planId))
			.isEqualTo(document.milestones().stream().mapToLong((m) -> m.dependsOn().size()).sum());
	}

	@Test
	void catalogListsFiveTemplatesOfWhichThreeAreDemoPlans() {
		assertThat(this.catalog.templates()).extracting(PlanTemplate::code)
			.containsExactly("seed-000", "seed-001", "seed-002", "seed-003", "seed-004");
		assertThat(this.catalog.templates()).filteredOn(PlanTemplate::demo)
			.extracting(PlanTemplate::code)
			.containsExactly("seed-000", "seed-002", "seed-004");
		assertThat(this.catalog.get("seed-002").titleZh()).isEqualTo("网店运营市场推广方案");
		assertThat(this.catalog.get("seed-000").sourceFile()).isEqualTo("000_70394ce2632bb179.txt");
	}

	@Test
	void loadingAnUnknownTemplateFailsWithTheKnownCodes() {
		assertThatExceptionOfType(UnknownPlanTemplateException.class).isThrownBy(() -> this.catalog.load("seed-999"))
			.withMessageContaining("seed-999")
			.withMessageContaining("seed-000");
	}

	@Test
	void everyTemplateIsInSimplifiedChinese() {
		for (PlanTemplate template : this.catalog.templates()) {
			PlanDocument document = this.catalog.load(template.code());
			assertThat(document.language()).isEqualTo("ZH");
			assertThat(document.title()).isEqualTo(template.titleZh());
			String all = document.toString();
			assertThat(all).as(template.code()).doesNotContain("營", "銷", "電", "務", "預", "標", "歷", "劃", "應");
		}
	}

	@Test
	void keepsTheBudgetOfPlan000AsStatedIncludingLinesOverTheTotal() {
		long planId = importTemplate("seed-000");

		assertThat(this.jdbc.sql("select total_budget from plan where id = ?")
			.param(planId)
			.query(BigDecimal.class)
			.single()).isEqualByComparingTo("280000000.00");
		assertThat(sumLines(planId, "parent_id is null")).isEqualByComparingTo("310000000.00");
		assertThat(sumLines(planId,
				"parent_id = (select id from budget_line where plan_id = :plan and parent_id is null and name = '技术研发投入')"))
			.isEqualByComparingTo("210000000.00");
		assertThat(amountOf(planId, "技术研发投入")).isEqualByComparingTo("120000000.00");
		assertThat(this.jdbc.sql("""
				select t.tag from budget_line_tag t join budget_line l on l.id = t.budget_line_id
				where l.plan_id = ? and l.name = '技术研发投入'""").param(planId).query(String.class).set())
			.containsExactlyInAnyOrder("tech", "digital", "long-term");
		assertThat(this.jdbc.sql("""
				select kind || ':' || scope_value || ':' || coalesce(share::text, threshold::text)
				from allocation_rule where plan_id = ? and scope_type = 'TAG'""")
			.param(planId)
			.query(String.class)
			.list()).contains("MIN_SHARE:tech:40.0000", "SALES_YIELD_FLOOR:tech:5.000000",
					"SALES_YIELD_FLOOR:digital:0.015000");
		assertThat(this.jdbc
			.sql("select probability from risk where plan_id = ? and probability is not null order by position")
			.param(planId)
			.query(BigDecimal.class)
			.list()).usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("0.22"), new BigDecimal("0.18"), new BigDecimal("0.35"));
	}

	@Test
	void keepsTheConflictingChannelCapsAndGuardrailsOfPlan002() {
		long planId = importTemplate("seed-002");

		assertThat(this.jdbc.sql("""
				select scope_value || ':' || base || ':' || share::int from allocation_rule
				where plan_id = ? and kind = 'CHANNEL_CAP' and scope_type = 'CHANNEL'""")
			.param(planId)
			.query(String.class)
			.list()).containsExactlyInAnyOrder("douyin:MARKETING:28", "xiaohongshu:MARKETING:22", "wechat:MARKETING:15",
					"douyin:MONTHLY:25", "xiaohongshu:MONTHLY:20");
		assertThat(thresholdOf(planId, "ROI_FLOOR")).isEqualByComparingTo("1.5");
		assertThat(thresholdOf(planId, "OVERSPEND_FREEZE")).isEqualByComparingTo("10");
		assertThat(this.jdbc.sql("select total_budget from plan where id = ?")
			.param(planId)
			.query(BigDecimal.class)
			.single()).isEqualByComparingTo("5000000.00");
		assertThat(
				this.jdbc.sql("select sum(planned_percentage) from budget_line where plan_id = ? and parent_id is null")
					.param(planId)
					.query(BigDecimal.class)
					.single())
			.isEqualByComparingTo("95");
		assertThat(sumLines(planId,
				"parent_id = (select id from budget_line where plan_id = :plan and parent_id is null and name = '品牌建设类')"))
			.isEqualByComparingTo("2750000.00");
		assertThat(this.jdbc.sql("""
				select c.code from budget_line l join channel c on c.id = l.channel_id
				where l.plan_id = ? order by l.id""").param(planId).query(String.class).list()).containsExactly("tmall",
				"douyin", "xiaohongshu", "live-stream");
		assertThat(this.jdbc.sql(
				"select count(*) from campaign_channel cc join campaign c on c.id = cc.campaign_id where c.plan_id = ?")
			.param(planId)
			.query(Long.class)
			.single()).isPositive();
	}

	@Test
	void keepsTheThreeLevelGmvTargetOfPlan004() {
		long planId = importTemplate("seed-004");

		var gmv = this.jdbc.sql("select baseline, target, challenge from kpi where plan_id = ? and name = '首年GMV'")
			.param(planId)
			.query((rs, row) -> List.of(rs.getBigDecimal(1), rs.getBigDecimal(2), rs.getBigDecimal(3)))
			.single();
		assertThat(gmv).usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("80000000"), new BigDecimal("100000000"), new BigDecimal("120000000"));
		assertThat(this.jdbc.sql("""
				select k.name || ' ' || m.gate_operator || ' ' || m.gate_value::bigint from milestone m
				join kpi k on k.id = m.gate_kpi_id where m.plan_id = ?""").param(planId).query(String.class).list())
			.contains("用户规模 >= 300000");
		assertThat(this.jdbc.sql("""
				select kind || ':' || scope_value || ':' || share::int from allocation_rule
				where plan_id = ? and kind = 'FIXED_SHARE'""").param(planId).query(String.class).list())
			.containsExactlyInAnyOrder("FIXED_SHARE:marketing:70", "FIXED_SHARE:supply-chain:20",
					"FIXED_SHARE:tech:10");
	}

	@Test
	void shiftsEveryDateOfThePlanWhenTheStartDateIsOverridden() {
		PlanDocument document = this.catalog.load("seed-002");
		LocalDate newStart = LocalDate.of(2027, 3, 1);
		long days = ChronoUnit.DAYS.between(document.periodStart(), newStart);

		long planId = this.importer.importPlan(document,
				new ImportOptions(this.ownerId, "我的推广方案", newStart, "seed-002"));

		assertThat(this.jdbc.sql("select title from plan where id = ?").param(planId).query(String.class).single())
			.isEqualTo("我的推广方案");
		assertThat(dates("select period_start, period_end from plan where id = ?", planId)).containsExactly(newStart,
				document.periodEnd().plusDays(days));
		assertThat(dates("select due_date from milestone where plan_id = ? order by id", planId))
			.containsExactlyElementsOf(document.milestones().stream().map((m) -> m.dueDate().plusDays(days)).toList());
		assertThat(dates("select start_date from phase where plan_id = ? order by position", planId))
			.containsExactlyElementsOf(document.phases().stream().map((p) -> p.startDate().plusDays(days)).toList());
		assertThat(dates("select end_date from campaign where plan_id = ? order by id", planId))
			.containsExactlyElementsOf(document.campaigns().stream().map((c) -> c.endDate().plusDays(days)).toList());
		assertThat(
				dates("select due_date from kpi where plan_id = ? and due_date is not null order by position", planId))
			.containsExactlyElementsOf(document.kpis()
				.stream()
				.filter((k) -> k.dueDate() != null)
				.map((k) -> k.dueDate().plusDays(days))
				.toList());
	}

	@Test
	void rejectsADanglingKeyWithItsPathAndWritesNothing() {
		PlanDocument document = this.catalog.load("seed-000");
		var milestones = new ArrayList<>(document.milestones());
		var first = milestones.get(0);
		milestones.set(0, new PlanDocument.Milestone(first.key(), "no-such-phase", first.title(), first.dueDate(),
				first.deliverable(), first.acceptanceCriteria(), first.owner(), first.gate(), first.dependsOn()));
		PlanDocument broken = withMilestones(document, milestones);

		assertRejectedWithoutWriting(broken,
				new Problem("$.milestones[0].phase", "refers to unknown phase key 'no-such-phase'"));
	}

	@Test
	void rejectsAnUnknownChannelCodeWithItsPathAndWritesNothing() {
		PlanDocument document = this.catalog.load("seed-002");
		var lines = new ArrayList<>(document.budgetLines());
		BudgetLine promo = lines.get(1);
		var children = new ArrayList<>(promo.children());
		BudgetLine douyin = children.get(0);
		children.set(0,
				new BudgetLine(douyin.key(), douyin.name(), douyin.description(), "myspace", douyin.phase(),
						douyin.quarter(), douyin.plannedAmount(), douyin.plannedPercentage(), douyin.percentageBase(),
						douyin.tags(), douyin.children()));
		lines.set(1,
				new BudgetLine(promo.key(), promo.name(), promo.description(), promo.channel(), promo.phase(),
						promo.quarter(), promo.plannedAmount(), promo.plannedPercentage(), promo.percentageBase(),
						promo.tags(), children));

		assertRejectedWithoutWriting(withBudgetLines(document, lines),
				new Problem("$.budget_lines[1].children[0].channel", "unknown channel code 'myspace'"));
	}

	@Test
	void rejectsANegativeAmountAndReportsEveryProblemAtOnce() {
		PlanDocument document = this.catalog.load("seed-000");
		var lines = new ArrayList<>(document.budgetLines());
		BudgetLine brand = lines.get(2);
		lines.set(2,
				new BudgetLine(brand.key(), brand.name(), brand.description(), brand.channel(), brand.phase(),
						brand.quarter(), new BigDecimal("-1.00"), brand.plannedPercentage(), brand.percentageBase(),
						brand.tags(), brand.children()));
		var risks = new ArrayList<>(document.risks());
		var risk = risks.get(0);
		risks.set(0,
				new PlanDocument.Risk(risk.key(), risk.category(), risk.title(), risk.description(),
						new BigDecimal("1.5"), risk.impact(), risk.impactAmount(), risk.impactText(), risk.strategy(),
						risk.mitigation(), risk.contingency(), risk.owner(), risk.reviewCadence(), risk.warning()));
		PlanDocument broken = new PlanDocument(document.title(), document.description(), document.language(),
				document.currency(), document.periodEnd(), document.periodStart(), document.totalBudget(),
				document.sections(), document.goals(), document.kpis(), document.phases(), document.milestones(), lines,
				document.allocationRules(), risks, document.campaigns());

		assertRejectedWithoutWriting(broken,
				new Problem("$.budget_lines[2].planned_amount", "must not be negative, was -1.00"),
				new Problem("$.risks[0].probability", "must be from 0 to 1, was 1.5"),
				new Problem("$.period_end", "period_end 2026-01-01 is before period_start 2026-12-31"));
	}

	@Test
	void reportsEveryProblemOfAJsonDocumentWithItsPath() {
		String json = """
				{"title": " ", "period_start": "2026-01-01", "period_end": "2026-12-31",
				 "kpis": [{"key": "k1", "goal": "g9", "name": "x", "direction": "HIGHER_IS_BETTER",
				           "target_type": "AT_LEAST"}],
				 "budget_lines": [null, {"name": "ads", "channel": "myspace", "planned_amount": -5,
				                         "children": [{"name": "sub", "planned_amount": 1.005}]}],
				 "risks": [{"category": "市场", "title": "t", "probability": 1.2, "impact": 7}]}
				""";
		PlanDocument document = PlanTemplateCatalog.documentMapper().readValue(json, PlanDocument.class);

		assertThatExceptionOfType(PlanDocumentInvalidException.class)
			.isThrownBy(() -> this.importer.importPlan(document, ImportOptions.forOwner(this.ownerId)))
			.satisfies((ex) -> assertThat(ex.getProblems()).extracting(Problem::path)
				.containsExactlyInAnyOrder("$.title", "$.kpis[0].target", "$.kpis[0].goal", "$.budget_lines[0]",
						"$.budget_lines[1].planned_amount", "$.budget_lines[1].channel",
						"$.budget_lines[1].children[0].planned_amount", "$.risks[0].probability", "$.risks[0].impact"));
	}

	@Test
	void reportsAnUnknownOwnerTogetherWithTheProblemsOfTheDocument() {
		PlanDocument document = this.catalog.load("seed-003");
		PlanDocument untitled = new PlanDocument(null, document.description(), document.language(), document.currency(),
				document.periodStart(), document.periodEnd(), document.totalBudget(), document.sections(),
				document.goals(), document.kpis(), document.phases(), document.milestones(), document.budgetLines(),
				document.allocationRules(), document.risks(), document.campaigns());

		assertThatExceptionOfType(PlanDocumentInvalidException.class)
			.isThrownBy(() -> this.importer.importPlan(untitled, ImportOptions.forOwner(-1)))
			.satisfies((ex) -> assertThat(ex.getProblems()).containsExactly(
					new Problem("options.owner_id", "no user with id -1"), new Problem("$.title", "is required")));
	}

	@Test
	void rejectsCyclicMilestoneDependencies() {
		PlanDocument document = this.catalog.load("seed-004");
		var milestones = new ArrayList<>(document.milestones());
		var first = milestones.get(0);
		milestones.set(0, new PlanDocument.Milestone(first.key(), first.phase(), first.title(), first.dueDate(),
				first.deliverable(), first.acceptanceCriteria(), first.owner(), first.gate(), List.of("m24")));

		assertRejectedWithoutWriting(withMilestones(document, milestones),
				new Problem("$.milestones[0].depends_on", "milestone 'm3' depends on itself through a cycle"));
	}

	@Test
	void storesTheIdOfTheBudgetLineAsTheScopeOfALineRule() {
		PlanDocument document = this.catalog.load("seed-002");
		var rules = new ArrayList<>(document.allocationRules());
		rules.add(new PlanDocument.AllocationRule(PlanDocument.RuleKind.MAX_SHARE, PlanDocument.ScopeType.LINE,
				"promo-douyin", new BigDecimal("40"), null, PlanDocument.ShareBase.PARENT, null));
		PlanDocument withLineRule = new PlanDocument(document.title(), document.description(), document.language(),
				document.currency(), document.periodStart(), document.periodEnd(), document.totalBudget(),
				document.sections(), document.goals(), document.kpis(), document.phases(), document.milestones(),
				document.budgetLines(), rules, document.risks(), document.campaigns());

		long planId = this.importer.importPlan(withLineRule, ImportOptions.forOwner(this.ownerId));

		assertThat(this.jdbc.sql("select scope_value from allocation_rule where plan_id = ? and scope_type = 'LINE'")
			.param(planId)
			.query(String.class)
			.single())
			.isEqualTo(String.valueOf(this.jdbc.sql("select id from budget_line where plan_id = ? and name = '抖音信息流广告'")
				.param(planId)
				.query(Long.class)
				.single()));
	}

	/**
	 * Runs outside the test transaction so that the importer's own transaction is the one
	 * that rolls back.
	 */
	@Test
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	void leavesNoTraceWhenTheDatabaseRejectsARowHalfWayThrough() {
		PlanDocument document = this.catalog.load("seed-000");
		Map<String, Long> before = countAll();
		this.jdbc.sql("alter table risk add constraint ck_test_reject check (title <> '舆情危机')").update();
		try {
			assertThatExceptionOfType(DataAccessException.class)
				.isThrownBy(() -> this.importer.importPlan(document, ImportOptions.forOwner(this.ownerId)));
			assertThat(countAll()).isEqualTo(before);
		}
		finally {
			this.jdbc.sql("alter table risk drop constraint ck_test_reject").update();
			this.jdbc.sql("delete from app_user where id = ?").param(this.ownerId).update();
		}
	}

	private void assertRejectedWithoutWriting(PlanDocument document, Problem... expected) {
		Map<String, Long> before = countAll();
		assertThatExceptionOfType(PlanDocumentInvalidException.class)
			.isThrownBy(() -> this.importer.importPlan(document, ImportOptions.forOwner(this.ownerId)))
			.satisfies((ex) -> assertThat(ex.getProblems()).contains(expected))
			.withMessageContaining(expected[0].path());
		assertThat(countAll()).isEqualTo(before);
	}

	private long importTemplate(String code) {
		return this.importer.importPlan(this.catalog.load(code), new ImportOptions(this.ownerId, null, null, code));
	}

	private Map<String, Long> countRows(long planId) {
		Map<String, Long> counts = new TreeMap<>();
		PLAN_TABLES.forEach((table) -> counts.put(table, countWhere(table, planId)));
		return counts;
	}

	private Map<String, Long> countAll() {
		Map<String, Long> counts = new TreeMap<>();
		for (String table : List.of("plan", "plan_section", "goal", "kpi", "phase", "milestone", "milestone_dependency",
				"budget_line", "budget_line_tag", "allocation_rule", "risk", "campaign", "campaign_channel",
				"campaign_kpi")) {
			counts.put(table, this.jdbc.sql("select count(*) from " + table).query(Long.class).single());
		}
		return counts;
	}

	private long countWhere(String from, long planId) {
		String planColumn = from.contains(" m ") ? "m.plan_id" : "plan_id";
		return this.jdbc.sql("select count(*) from " + from + " where " + planColumn + " = ?")
			.param(planId)
			.query(Long.class)
			.single();
	}

	private BigDecimal sumLines(long planId, String condition) {
		return this.jdbc.sql("select sum(planned_amount) from budget_line where plan_id = :plan and " + condition)
			.param("plan", planId)
			.query(BigDecimal.class)
			.single();
	}

	private BigDecimal amountOf(long planId, String name) {
		return this.jdbc.sql("select planned_amount from budget_line where plan_id = ? and name = ?")
			.params(planId, name)
			.query(BigDecimal.class)
			.single();
	}

	private BigDecimal thresholdOf(long planId, String kind) {
		return this.jdbc.sql("select threshold from allocation_rule where plan_id = ? and kind = ?")
			.params(planId, kind)
			.query(BigDecimal.class)
			.single();
	}

	private List<LocalDate> dates(String sql, long planId) {
		return this.jdbc.sql(sql).param(planId).query((rs, row) -> {
			List<LocalDate> values = new ArrayList<>();
			for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
				values.add(rs.getObject(i, LocalDate.class));
			}
			return values;
		}).list().stream().flatMap(List::stream).toList();
	}

	private static long countSections(List<Section> sections) {
		return sections.stream().mapToLong((s) -> 1 + countSections(s.children())).sum();
	}

	private static long countLines(List<BudgetLine> lines) {
		return lines.stream().mapToLong((l) -> 1 + countLines(l.children())).sum();
	}

	private static PlanDocument withMilestones(PlanDocument d, List<PlanDocument.Milestone> milestones) {
		return new PlanDocument(d.title(), d.description(), d.language(), d.currency(), d.periodStart(), d.periodEnd(),
				d.totalBudget(), d.sections(), d.goals(), d.kpis(), d.phases(), milestones, d.budgetLines(),
				d.allocationRules(), d.risks(), d.campaigns());
	}

	private static PlanDocument withBudgetLines(PlanDocument d, List<BudgetLine> lines) {
		return new PlanDocument(d.title(), d.description(), d.language(), d.currency(), d.periodStart(), d.periodEnd(),
				d.totalBudget(), d.sections(), d.goals(), d.kpis(), d.phases(), d.milestones(), lines,
				d.allocationRules(), d.risks(), d.campaigns());
	}

}
