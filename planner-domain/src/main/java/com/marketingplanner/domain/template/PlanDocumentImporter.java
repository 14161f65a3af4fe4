package com.marketingplanner.domain.template;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import com.marketingplanner.domain.template.PlanDocument.AllocationRule;
import com.marketingplanner.domain.template.PlanDocument.BudgetLine;
import com.marketingplanner.domain.template.PlanDocument.Campaign;
import com.marketingplanner.domain.template.PlanDocument.Goal;
import com.marketingplanner.domain.template.PlanDocument.Kpi;
import com.marketingplanner.domain.template.PlanDocument.Milestone;
import com.marketingplanner.domain.template.PlanDocument.Phase;
import com.marketingplanner.domain.template.PlanDocument.Risk;
import com.marketingplanner.domain.template.PlanDocument.ScopeType;
import com.marketingplanner.domain.template.PlanDocument.Section;
import com.marketingplanner.domain.template.PlanDocumentInvalidException.Problem;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a {@link PlanDocument} as a new plan, in one transaction: either the whole plan
 * is stored or nothing is. The document is validated first (see
 * {@link PlanDocumentInvalidException}); document keys become generated ids and channel
 * codes become channel ids. Allocation rules scoped to a budget line store that line's id
 * as their scope value; tag and channel scopes keep the tag and the channel code.
 */
@Service
public class PlanDocumentImporter {

	private final JdbcClient jdbc;

	public PlanDocumentImporter(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Imports a plan document.
	 * @param document the plan
	 * @param options owner, optional title and start-date overrides, template code
	 * @return the id of the new plan
	 * @throws PlanDocumentInvalidException listing every problem of the document; nothing
	 * is written
	 */
	@Transactional
	public long importPlan(PlanDocument document, ImportOptions options) {
		Map<String, Long> channels = channelIds();
		PlanDocumentValidator.validate(document, channels.keySet(), optionProblems(options));
		return new Writer(document, options, channels).write();
	}

	private Map<String, Long> channelIds() {
		Map<String, Long> ids = new HashMap<>();
		this.jdbc.sql("select code, id from channel")
			.query((rs, row) -> ids.put(rs.getString("code"), rs.getLong("id")))
			.list();
		return ids;
	}

	private List<Problem> optionProblems(ImportOptions options) {
		List<Problem> problems = new ArrayList<>();
		if (options == null) {
			problems.add(new Problem("options", "are required"));
			return problems;
		}
		boolean ownerExists = this.jdbc.sql("select count(*) from app_user where id = ?")
			.param(options.ownerId())
			.query(Long.class)
			.single() > 0;
		if (!ownerExists) {
			problems.add(new Problem("options.owner_id", "no user with id " + options.ownerId()));
		}
		if (options.titleOverride() != null && options.titleOverride().length() > 300) {
			problems.add(new Problem("options.title_override", "is longer than 300 characters"));
		}
		return problems;
	}

	private final class Writer {

		private final PlanDocument document;

		private final ImportOptions options;

		private final Map<String, Long> channels;

		private final UnaryOperator<LocalDate> shift;

		private final Map<String, Long> goals = new HashMap<>();

		private final Map<String, Long> kpis = new HashMap<>();

		private final Map<String, Long> phases = new HashMap<>();

		private final Map<String, Long> milestones = new HashMap<>();

		private final Map<String, Long> lines = new HashMap<>();

		private long planId;

		Writer(PlanDocument document, ImportOptions options, Map<String, Long> channels) {
			this.document = document;
			this.options = options;
			this.channels = channels;
			long days = (options.startDateOverride() != null)
					? ChronoUnit.DAYS.between(document.periodStart(), options.startDateOverride()) : 0;
			this.shift = (date) -> (date != null) ? date.plusDays(days) : null;
		}

		long write() {
			String title = (this.options.titleOverride() != null && !this.options.titleOverride().isBlank())
					? this.options.titleOverride() : this.document.title();
			this.planId = insert("""
					insert into plan (title, description, language, currency, period_start, period_end,
					                  owner_id, total_budget, template_code)
					values (:title, :description, :language, :currency, :start, :end, :owner, :total, :template)
					returning id""",
					(spec) -> spec.param("title", title)
						.param("description", this.document.description())
						.param("language", orDefault(this.document.language(), "ZH"))
						.param("currency", orDefault(this.document.currency(), "CNY"))
						.param("start", this.shift.apply(this.document.periodStart()))
						.param("end", this.shift.apply(this.document.periodEnd()))
						.param("owner", this.options.ownerId())
						.param("total", this.document.totalBudget())
						.param("template", this.options.templateCode()));
			writeSections(null, this.document.sections());
			writeGoals();
			writeKpis();
			writePhases();
			writeMilestones();
			writeBudgetLines(null, this.document.budgetLines());
			writeRules();
			writeRisks();
			writeCampaigns();
			return this.planId;
		}

		private void writeSections(Long parentId, List<Section> sections) {
			for (int i = 0; i < sections.size(); i++) {
				Section section = sections.get(i);
				int position = i;
				long id = insert("""
						insert into plan_section (plan_id, parent_id, position, heading, body)
						values (:plan, :parent, :position, :heading, :body) returning id""",
						(spec) -> spec.param("plan", this.planId)
							.param("parent", parentId)
							.param("position", position)
							.param("heading", section.heading())
							.param("body", section.body()));
				writeSections(id, section.children());
			}
		}

		private void writeGoals() {
			List<Goal> goals = this.document.goals();
			for (int i = 0; i < goals.size(); i++) {
				Goal goal = goals.get(i);
				int position = i;
				this.goals.put(goal.key(),
						insert("""
								insert into goal (plan_id, position, title, description, category, horizon, horizon_label, owner)
								values (:plan, :position, :title, :description, :category, :horizon, :label, :owner)
								returning id""",
								(spec) -> spec.param("plan", this.planId)
									.param("position", position)
									.param("title", goal.title())
									.param("description", goal.description())
									.param("category", goal.category())
									.param("horizon", goal.horizon().name())
									.param("label", goal.horizonLabel())
									.param("owner", goal.owner())));
			}
			for (Goal goal : goals) {
				if (goal.parent() != null) {
					PlanDocumentImporter.this.jdbc.sql("update goal set parent_id = ? where id = ?")
						.params(this.goals.get(goal.parent()), this.goals.get(goal.key()))
						.update();
				}
			}
		}

		private void writeKpis() {
			List<Kpi> kpis = this.document.kpis();
			for (int i = 0; i < kpis.size(); i++) {
				Kpi kpi = kpis.get(i);
				int position = i;
				this.kpis.put(kpi.key(),
						insert("""
								insert into kpi (plan_id, goal_id, position, name, definition, category, unit, direction,
								                 target_type, baseline, target, challenge, benchmark, due_date, frequency,
								                 owner, is_benchmark)
								values (:plan, :goal, :position, :name, :definition, :category, :unit, :direction,
								        :targetType, :baseline, :target, :challenge, :benchmark, :due, :frequency,
								        :owner, :isBenchmark)
								returning id""",
								(spec) -> spec.param("plan", this.planId)
									.param("goal", (kpi.goal() != null) ? this.goals.get(kpi.goal()) : null)
									.param("position", position)
									.param("name", kpi.name())
									.param("definition", kpi.definition())
									.param("category", kpi.category())
									.param("unit", kpi.unit())
									.param("direction", kpi.direction().name())
									.param("targetType", kpi.targetType().name())
									.param("baseline", kpi.baseline())
									.param("target", kpi.target())
									.param("challenge", kpi.challenge())
									.param("benchmark", kpi.benchmark())
									.param("due", this.shift.apply(kpi.dueDate()))
									.param("frequency", (kpi.frequency() != null) ? kpi.frequency().name() : null)
									.param("owner", kpi.owner())
									.param("isBenchmark", kpi.isBenchmark())));
			}
		}

		private void writePhases() {
			List<Phase> phases = this.document.phases();
			for (int i = 0; i < phases.size(); i++) {
				Phase phase = phases.get(i);
				int position = i;
				this.phases.put(phase.key(),
						insert("""
								insert into phase (plan_id, position, name, start_date, end_date, focus)
								values (:plan, :position, :name, :start, :end, :focus) returning id""",
								(spec) -> spec.param("plan", this.planId)
									.param("position", position)
									.param("name", phase.name())
									.param("start", this.shift.apply(phase.startDate()))
									.param("end", this.shift.apply(phase.endDate()))
									.param("focus", phase.focus())));
			}
		}

		private void writeMilestones() {
			for (Milestone milestone : this.document.milestones()) {
				var gate = milestone.gate();
				this.milestones.put(milestone.key(),
						insert("""
								insert into milestone (plan_id, phase_id, title, due_date, deliverable, acceptance_criteria,
								                       owner, gate_kpi_id, gate_operator, gate_value, gate_text)
								values (:plan, :phase, :title, :due, :deliverable, :acceptance, :owner, :gateKpi,
								        :gateOperator, :gateValue, :gateText)
								returning id""",
								(spec) -> spec.param("plan", this.planId)
									.param("phase", id(this.phases, milestone.phase()))
									.param("title", milestone.title())
									.param("due", this.shift.apply(milestone.dueDate()))
									.param("deliverable", milestone.deliverable())
									.param("acceptance", milestone.acceptanceCriteria())
									.param("owner", milestone.owner())
									.param("gateKpi", (gate != null) ? id(this.kpis, gate.kpi()) : null)
									.param("gateOperator", (gate != null) ? gate.operator() : null)
									.param("gateValue", (gate != null) ? gate.value() : null)
									.param("gateText", (gate != null) ? gate.text() : null)));
			}
			for (Milestone milestone : this.document.milestones()) {
				for (String dependency : milestone.dependsOn().stream().distinct().toList()) {
					PlanDocumentImporter.this.jdbc
						.sql("insert into milestone_dependency (milestone_id, depends_on_id) values (?, ?)")
						.params(this.milestones.get(milestone.key()), this.milestones.get(dependency))
						.update();
				}
			}
		}

		private void writeBudgetLines(Long parentId, List<BudgetLine> lines) {
			for (int i = 0; i < lines.size(); i++) {
				BudgetLine line = lines.get(i);
				int position = i;
				long id = insert("""
						insert into budget_line (plan_id, parent_id, position, name, description, channel_id,
						                         phase_id, quarter, planned_amount, planned_percentage,
						                         percentage_base)
						values (:plan, :parent, :position, :name, :description, :channel, :phase, :quarter,
						        :amount, :percentage, :base)
						returning id""",
						(spec) -> spec.param("plan", this.planId)
							.param("parent", parentId)
							.param("position", position)
							.param("name", line.name())
							.param("description", line.description())
							.param("channel", id(this.channels, line.channel()))
							.param("phase", id(this.phases, line.phase()))
							.param("quarter", line.quarter())
							.param("amount", line.plannedAmount())
							.param("percentage", line.plannedPercentage())
							.param("base", (line.percentageBase() != null) ? line.percentageBase().name() : null));
				if (line.key() != null) {
					this.lines.put(line.key(), id);
				}
				for (String tag : line.tags().stream().distinct().toList()) {
					PlanDocumentImporter.this.jdbc
						.sql("insert into budget_line_tag (budget_line_id, tag) values (?, ?)")
						.params(id, tag)
						.update();
				}
				writeBudgetLines(id, line.children());
			}
		}

		private void writeRules() {
			List<AllocationRule> rules = this.document.allocationRules();
			for (int i = 0; i < rules.size(); i++) {
				AllocationRule rule = rules.get(i);
				String scopeValue = (rule.scopeType() == ScopeType.LINE)
						? String.valueOf(this.lines.get(rule.scopeValue())) : rule.scopeValue();
				PlanDocumentImporter.this.jdbc.sql("""
						insert into allocation_rule (plan_id, position, kind, scope_type, scope_value, share,
						                             threshold, base, note)
						values (:plan, :position, :kind, :scopeType, :scopeValue, :share, :threshold, :base, :note)""")
					.param("plan", this.planId)
					.param("position", i)
					.param("kind", rule.kind().name())
					.param("scopeType", rule.scopeType().name())
					.param("scopeValue", scopeValue)
					.param("share", rule.share())
					.param("threshold", rule.threshold())
					.param("base", (rule.base() != null) ? rule.base().name() : "TOTAL")
					.param("note", rule.note())
					.update();
			}
		}

		private void writeRisks() {
			List<Risk> risks = this.document.risks();
			for (int i = 0; i < risks.size(); i++) {
				Risk risk = risks.get(i);
				var warning = risk.warning();
				PlanDocumentImporter.this.jdbc.sql("""
						insert into risk (plan_id, position, category, title, description, probability, impact,
						                  impact_amount, impact_text, strategy, mitigation, contingency, owner,
						                  review_cadence, warning_kpi_id, warning_operator, warning_threshold,
						                  warning_text)
						values (:plan, :position, :category, :title, :description, :probability, :impact,
						        :impactAmount, :impactText, :strategy, :mitigation, :contingency, :owner,
						        :cadence, :warningKpi, :warningOperator, :warningThreshold, :warningText)""")
					.param("plan", this.planId)
					.param("position", i)
					.param("category", risk.category())
					.param("title", risk.title())
					.param("description", risk.description())
					.param("probability", risk.probability())
					.param("impact", risk.impact())
					.param("impactAmount", risk.impactAmount())
					.param("impactText", risk.impactText())
					.param("strategy", (risk.strategy() != null) ? risk.strategy().name() : null)
					.param("mitigation", risk.mitigation())
					.param("contingency", risk.contingency())
					.param("owner", risk.owner())
					.param("cadence", (risk.reviewCadence() != null) ? risk.reviewCadence().name() : null)
					.param("warningKpi", (warning != null) ? id(this.kpis, warning.kpi()) : null)
					.param("warningOperator", (warning != null) ? warning.operator() : null)
					.param("warningThreshold", (warning != null) ? warning.threshold() : null)
					.param("warningText", (warning != null) ? warning.text() : null)
					.update();
			}
		}

		private void writeCampaigns() {
			for (Campaign campaign : this.document.campaigns()) {
				long id = insert("""
						insert into campaign (plan_id, name, description, start_date, end_date, budget_line_id)
						values (:plan, :name, :description, :start, :end, :line) returning id""",
						(spec) -> spec.param("plan", this.planId)
							.param("name", campaign.name())
							.param("description", campaign.description())
							.param("start", this.shift.apply(campaign.startDate()))
							.param("end", this.shift.apply(campaign.endDate()))
							.param("line", id(this.lines, campaign.budgetLine())));
				for (String code : campaign.channels().stream().distinct().toList()) {
					PlanDocumentImporter.this.jdbc
						.sql("insert into campaign_channel (campaign_id, channel_id) values (?, ?)")
						.params(id, this.channels.get(code))
						.update();
				}
				for (String kpi : campaign.kpis().stream().distinct().toList()) {
					PlanDocumentImporter.this.jdbc.sql("insert into campaign_kpi (campaign_id, kpi_id) values (?, ?)")
						.params(id, this.kpis.get(kpi))
						.update();
				}
			}
		}

		private long insert(String sql, UnaryOperator<JdbcClient.StatementSpec> parameters) {
			return parameters.apply(PlanDocumentImporter.this.jdbc.sql(sql)).query(Long.class).single();
		}

		private static Long id(Map<String, Long> ids, String key) {
			return (key != null) ? ids.get(key) : null;
		}

		private static String orDefault(String value, String fallback) {
			return (value != null) ? value : fallback;
		}

	}

}
