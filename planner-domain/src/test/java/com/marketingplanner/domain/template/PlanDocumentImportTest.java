package com.marketingplanner.domain.template;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.marketingplanner.domain.plan.PlanNote;
import com.marketingplanner.domain.plan.PlanNoteKind;
import com.marketingplanner.domain.plan.PlanNoteService;
import com.marketingplanner.domain.support.DomainJpaTest;
import com.marketingplanner.domain.support.DomainServices;
import com.marketingplanner.domain.template.PlanDocument.BudgetLine;
import com.marketingplanner.domain.template.PlanDocument.Section;
import com.marketingplanner.domain.template.PlanDocumentInvalidException.Problem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Plan documents enter through the domain's services: one row per document item, every
 * problem reported by its JSON path and message key, nothing kept on failure, and the
 * source's contradictions taken on the lenient path with a note.
 */
@DomainJpaTest
@Import(DomainServices.class)
class PlanDocumentImportTest {

	private static final List<String> PLAN_TABLES = List.of("plan_section", "goal", "kpi", "phase", "milestone",
			"budget_line", "allocation_rule", "risk", "campaign", "plan_note");

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlanDocumentImport importer;

	@Autowired
	PlanNoteService notes;

	String owner;

	@BeforeEach
	void createOwner() {
		this.owner = DomainServices.createUser(this.jdbc, "PLANNER");
	}

	@ParameterizedTest
	@ValueSource(strings = { "seed-000", "seed-001", "seed-002", "seed-003", "seed-004" })
	void importsEveryTemplateWithOneRowPerDocumentItemAndNothingAdjusted(String code) {
		PlanDocument document = TemplateDocuments.load(code);

		ImportResult result = this.importer.importPlan(document, new ImportOptions(this.owner, null, null, code));

		assertThat(result.adjustments()).isEmpty();
		long planId = result.planId();
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
	void movesAPlanToANewStartByCalendarMonthsKeepingQuarterAndYearEnds() {
		long planId = this.importer
			.importPlan(TemplateDocuments.load("seed-002"),
					new ImportOptions(this.owner, "2027 推广方案", LocalDate.of(2027, 1, 1), "seed-002"))
			.planId();

		assertThat(dates("select period_start, period_end from plan where id = ?", planId))
			.containsExactly(LocalDate.of(2027, 1, 1), LocalDate.of(2029, 12, 31));
		assertThat(dates("select start_date, end_date from phase where plan_id = ? and name like 'Q1%'", planId))
			.containsExactly(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31));
		assertThat(dates("select end_date from phase where plan_id = ? and name like 'Q4%'", planId))
			.containsExactly(LocalDate.of(2027, 12, 31));
		assertThat(dates("select due_date from milestone where plan_id = ? order by due_date", planId)).contains(
				LocalDate.of(2027, 3, 31), LocalDate.of(2027, 6, 30), LocalDate.of(2027, 9, 30),
				LocalDate.of(2027, 12, 31));
		assertThat(dates("select due_date from kpi where plan_id = ? and name = '日均GMV'", planId))
			.containsExactly(LocalDate.of(2027, 6, 30));
	}

	@Test
	void reportsEveryProblemWithItsPathAndMessageKeyAndKeepsNothing() {
		String json = """
				{"title": " ", "period_start": "2026-01-01", "period_end": "2026-12-31",
				 "goals": [{"key": "g1", "title": "增长", "category": "MKT", "horizon": "SHORT"}],
				 "kpis": [{"key": "k1", "goal": "g9", "name": "x", "direction": "HIGHER_IS_BETTER",
				           "target_type": "AT_LEAST", "target": 1},
				          {"key": "k1", "name": "y", "direction": "HIGHER_IS_BETTER", "target_type": "AT_LEAST"}],
				 "budget_lines": [null]}
				""";
		Map<String, Long> before = countAll();

		assertThatExceptionOfType(PlanDocumentInvalidException.class)
			.isThrownBy(() -> this.importer.importPlan(PlanDocumentJson.read(json), ImportOptions.forOwner(this.owner)))
			.satisfies((ex) -> assertThat(ex.getProblems()).extracting(Problem::path, Problem::code)
				.containsExactlyInAnyOrder(
						org.assertj.core.groups.Tuple.tuple("$.kpis[1].key", "error.document.key-duplicate"),
						org.assertj.core.groups.Tuple.tuple("$.budget_lines[0]", "error.document.item-required"),
						org.assertj.core.groups.Tuple.tuple("$.kpis[0].goal", "error.document.reference-unknown")));
		assertThat(countAll()).isEqualTo(before);
	}

	/**
	 * Runs outside the test transaction so that the import's own transaction is the one
	 * that rolls back.
	 */
	@Test
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	void reportsTheDomainsRulesOnEveryItemAtOnceAndKeepsNothing() {
		PlanDocument document = TemplateDocuments.edited("seed-000", (tree) -> {
			tree.put("title", "");
			((ObjectNode) tree.withArray("budget_lines").get(2)).put("planned_amount", -1);
			((ObjectNode) tree.withArray("risks").get(0)).put("probability", 1.5);
			((ObjectNode) tree.withArray("phases").get(0)).put("end_date", "2025-01-01");
			((ObjectNode) tree.withArray("budget_lines").get(1)).put("channel", "myspace");
		});
		Map<String, Long> before = countAll();

		assertThatExceptionOfType(PlanDocumentInvalidException.class)
			.isThrownBy(() -> this.importer.importPlan(document, ImportOptions.forOwner(this.owner)))
			.satisfies((ex) -> assertThat(ex.getProblems()).extracting(Problem::path)
				.containsExactlyInAnyOrder("$.title"));
		PlanDocument titled = TemplateDocuments.edited("seed-000", (tree) -> {
			((ObjectNode) tree.withArray("budget_lines").get(2)).put("planned_amount", -1);
			((ObjectNode) tree.withArray("risks").get(0)).put("probability", 1.5);
			((ObjectNode) tree.withArray("phases").get(0)).put("end_date", "2025-01-01");
			((ObjectNode) tree.withArray("budget_lines").get(1)).put("channel", "myspace");
		});
		assertThatExceptionOfType(PlanDocumentInvalidException.class)
			.isThrownBy(() -> this.importer.importPlan(titled, ImportOptions.forOwner(this.owner)))
			.satisfies((ex) -> assertThat(ex.getProblems()).extracting(Problem::path, Problem::code)
				.containsExactlyInAnyOrder(
						org.assertj.core.groups.Tuple.tuple("$.phases[0].end_date", "validation.end-before-start"),
						org.assertj.core.groups.Tuple.tuple("$.budget_lines[1].channel", "error.channel.unknown"),
						org.assertj.core.groups.Tuple.tuple("$.budget_lines[2].planned_amount",
								"jakarta.validation.constraints.PositiveOrZero.message"),
						org.assertj.core.groups.Tuple.tuple("$.risks[0].probability",
								"jakarta.validation.constraints.DecimalMax.message")));
		assertThat(countAll()).isEqualTo(before);
		this.jdbc.sql("delete from app_user where username = ?").param(this.owner).update();
	}

	@Test
	void reportsAnUnreadableValueByItsPath() {
		assertThatExceptionOfType(PlanDocumentInvalidException.class).isThrownBy(() -> PlanDocumentJson.read("""
				{"title": "x", "kpis": [{"key": "k1", "direction": "SIDEWAYS"}]}"""))
			.satisfies((ex) -> assertThat(ex.getProblems()).singleElement().satisfies((problem) -> {
				assertThat(problem.path()).isEqualTo("$.kpis[0].direction");
				assertThat(problem.code()).isEqualTo("error.document.unreadable");
			}));
		assertThatExceptionOfType(PlanDocumentInvalidException.class)
			.isThrownBy(() -> PlanDocumentJson.read("{\"title\": \"x\", \"colour\": \"red\"}"))
			.satisfies((ex) -> assertThat(ex.getProblems()).extracting(Problem::path).containsExactly("$.colour"));
	}

	@Test
	void takesTheSourcesContradictionsOnTheLenientPathAndNotesEachAdjustment() {
		PlanDocument document = TemplateDocuments.edited("seed-004", (tree) -> {
			ObjectNode gmv = (ObjectNode) tree.withArray("kpis").get(0);
			gmv.put("challenge", 90000000);
			ObjectNode first = (ObjectNode) tree.withArray("milestones").get(0);
			// the profit milestone of month 24, which depends on the first one through
			// its chain
			first.putArray("depends_on").add("m24");
		});

		ImportResult result = this.importer.importPlan(document, ImportOptions.forOwner(this.owner));

		assertThat(result.adjustments()).extracting(PlanNote::getMessageKey)
			.containsExactlyInAnyOrder("import.adjusted.kpi-challenge-dropped", "import.adjusted.dependency-dropped");
		assertThat(result.adjustments()).allMatch((note) -> note.getKind() == PlanNoteKind.IMPORT_ADJUSTMENT);
		assertThat(result.adjustments()).extracting(PlanNote::getSubject)
			.containsExactlyInAnyOrder("$.kpis[0].challenge", "$.milestones[7].depends_on");
		assertThat(this.notes.all(result.planId()))
			.filteredOn((note) -> note.getKind() == PlanNoteKind.IMPORT_ADJUSTMENT)
			.hasSize(2);
		assertThat(this.jdbc.sql("select challenge from kpi where plan_id = ? and position = 0")
			.param(result.planId())
			.query(BigDecimal.class)
			.optional()).isEmpty();
	}

	@Test
	void storesTheIdOfTheBudgetLineAsTheScopeOfALineRule() {
		PlanDocument document = TemplateDocuments.edited("seed-002", (tree) -> {
			ObjectNode rule = tree.withArray("allocation_rules").addObject();
			rule.put("kind", "MAX_SHARE");
			rule.put("scope_type", "LINE");
			rule.put("scope_value", "promo-douyin");
			rule.put("share", 40);
			rule.put("base", "PARENT");
		});

		long planId = this.importer.importPlan(document, ImportOptions.forOwner(this.owner)).planId();

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
	 * Runs outside the test transaction so that the import's own transaction is the one
	 * that rolls back.
	 */
	@Test
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	void leavesNoTraceWhenTheDatabaseRejectsARowHalfWayThrough() {
		PlanDocument document = TemplateDocuments.load("seed-000");
		Map<String, Long> before = countAll();
		this.jdbc.sql("alter table risk add constraint ck_test_reject check (title <> '舆情危机')").update();
		try {
			assertThatExceptionOfType(DataAccessException.class)
				.isThrownBy(() -> this.importer.importPlan(document, ImportOptions.forOwner(this.owner)));
			assertThat(countAll()).isEqualTo(before);
		}
		finally {
			this.jdbc.sql("alter table risk drop constraint ck_test_reject").update();
			this.jdbc.sql("delete from app_user where username = ?").param(this.owner).update();
		}
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
				"campaign_kpi", "plan_note")) {
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

	private List<LocalDate> dates(String sql, long planId) {
		return this.jdbc.sql(sql).param(planId).query((rs, row) -> {
			List<LocalDate> values = new java.util.ArrayList<>();
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

}
