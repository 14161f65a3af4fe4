package com.marketingplanner.domain.budget;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import com.marketingplanner.domain.channel.Channel;
import com.marketingplanner.domain.channel.ChannelService;
import com.marketingplanner.domain.plan.Plan;
import com.marketingplanner.domain.plan.PlanPart;
import com.marketingplanner.domain.plan.PlanReferences;
import com.marketingplanner.domain.plan.PlanService;
import com.marketingplanner.domain.shared.BusinessRuleViolation;
import com.marketingplanner.domain.shared.OrderedTree;
import com.marketingplanner.domain.shared.ResourceNotFoundException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A plan's budget lines (an ordered tree) and their actual spend. Every write validates
 * the whole command before anything is written, runs in one transaction, and returns the
 * findings of the budget check on the result: inconsistent numbers are saved and
 * reported, never refused. Positions among siblings are kept dense (0, 1, 2, …).
 */
@Service
@Transactional(readOnly = true)
public class BudgetService {

	private final PlanService plans;

	private final ChannelService channels;

	private final BudgetLineRepository lines;

	private final ActualSpendRepository spends;

	private final AllocationRuleRepository rules;

	private final BudgetCheckService checks;

	private final PlanReferences references;

	public BudgetService(PlanService plans, ChannelService channels, BudgetLineRepository lines,
			ActualSpendRepository spends, AllocationRuleRepository rules, BudgetCheckService checks,
			PlanReferences references) {
		this.plans = plans;
		this.channels = channels;
		this.lines = lines;
		this.spends = spends;
		this.rules = rules;
		this.checks = checks;
		this.references = references;
	}

	/** The page's view: plan, line tree with figures, rules and the check. */
	public BudgetOverview overview(long planId) {
		Plan plan = this.plans.get(planId);
		BudgetReport report = this.checks.check(plan);
		return new BudgetOverview(plan, tree(planId, report), this.rules.findByPlanIdOrderByPositionAscIdAsc(planId),
				report);
	}

	/** The lines as a tree, each with its effective amount, shares and spend. */
	public List<BudgetLineNode> tree(long planId) {
		Plan plan = this.plans.get(planId);
		return tree(planId, this.checks.check(plan));
	}

	/**
	 * A flat page of the plan's lines (each names its parent), by default in the order
	 * they were created (use {@link #tree(long)} for the ordered tree).
	 */
	public Page<BudgetLine> list(long planId, BudgetLineFilter filter, Pageable pageable) {
		this.plans.get(planId);
		Pageable sorted = pageable.getSort().isSorted() ? pageable
				: PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("id"));
		return this.lines.findAll(filter.toSpecification(planId), sorted);
	}

	/** The line, provided it belongs to the plan. */
	public BudgetLine getLine(long planId, long lineId) {
		return PlanPart.requireIn(planId, this.lines.findById(lineId), "BudgetLine", lineId);
	}

	@Transactional
	public Checked<BudgetLine> addLine(long planId, BudgetLineCommand command) {
		Plan plan = this.plans.getEditable(planId);
		requireParentInPlan(planId, command.parentId());
		Channel channel = channel(command);
		requirePhaseInPlan(planId, command.phaseId());
		List<BudgetLine> siblings = siblings(planId, command.parentId());
		int position = OrderedTree.clamp(command.position(), siblings.size());
		BudgetLine line = new BudgetLine(plan, command.parentId(), position, command.name());
		apply(line, command, channel);
		siblings.add(position, line);
		renumber(siblings);
		BudgetLine saved = this.lines.save(line);
		return new Checked<>(saved, this.checks.check(plan).warnings(), plan.getCurrency());
	}

	@Transactional
	public Checked<BudgetLine> updateLine(long planId, long lineId, BudgetLineCommand command) {
		Plan plan = this.plans.getEditable(planId);
		BudgetLine line = getLine(planId, lineId);
		line.requireVersion(command.version());
		requireParentInPlan(planId, command.parentId());
		if (command.parentId() != null && OrderedTree.isSelfOrDescendant(all(planId), lineId, command.parentId())) {
			throw new BusinessRuleViolation("parentId", "error.budget.line.cycle",
					"A line cannot be moved under itself or one of its sub-lines");
		}
		Channel channel = channel(command);
		requirePhaseInPlan(planId, command.phaseId());
		apply(line, command, channel);
		if (!Objects.equals(command.parentId(), line.getParentId())
				|| (command.position() != null && command.position() != line.getPosition())) {
			move(planId, line, command.parentId(), command.position());
		}
		BudgetLine saved = this.lines.saveAndFlush(line);
		return new Checked<>(saved, this.checks.check(plan).warnings(), plan.getCurrency());
	}

	/**
	 * Deletes a line with its sub-lines and their spend. Rules that named one of them
	 * stay and are reported as referring to a missing line.
	 */
	@Transactional
	public List<BudgetWarning> deleteLine(long planId, long lineId, long version) {
		Plan plan = this.plans.getEditable(planId);
		BudgetLine line = getLine(planId, lineId);
		line.requireVersion(version);
		Long parentId = line.getParentId();
		this.lines.delete(line);
		this.lines.flush();
		List<BudgetLine> siblings = siblings(planId, parentId);
		siblings.remove(line);
		renumber(siblings);
		return this.checks.check(plan).warnings();
	}

	/**
	 * The phases of the plan's timeline a line can be assigned to, by id with their
	 * names.
	 */
	public Map<Long, String> phaseNames(long planId) {
		this.plans.get(planId);
		return this.references.phaseNames(planId);
	}

	/** The spend booked on one line, by day. */
	public List<ActualSpend> spend(long planId, long lineId) {
		getLine(planId, lineId);
		return this.spends.findByLineIdOrderBySpentOnAscIdAsc(lineId);
	}

	/** The spend booked on all lines of a plan, by day. */
	/**
	 * The plan's latest spend entries, newest first (by day, then by entry), with the
	 * number of entries in all: imported daily spend gives a plan thousands.
	 */
	public Page<ActualSpend> latestSpend(long planId, int count) {
		this.plans.get(planId);
		return this.spends.findByLinePlanId(planId,
				PageRequest.of(0, count, Sort.by(Sort.Direction.DESC, "spentOn", "id")));
	}

	public List<ActualSpend> allSpend(long planId) {
		this.plans.get(planId);
		return this.spends.findByLinePlanIdOrderBySpentOnAscIdAsc(planId);
	}

	@Transactional
	public Checked<ActualSpend> addSpend(long planId, long lineId, ActualSpendCommand command) {
		Plan plan = this.plans.getOpen(planId);
		BudgetLine line = getLine(planId, lineId);
		ActualSpend spend = this.spends
			.save(new ActualSpend(line, command.spentOn(), command.amount(), command.source(), command.note()));
		return new Checked<>(spend, this.checks.check(plan).warnings(), plan.getCurrency());
	}

	/** The spend entry, provided it is booked on that line of that plan. */
	public ActualSpend getSpend(long planId, long lineId, long spendId) {
		getLine(planId, lineId);
		return this.spends.findById(spendId)
			.filter((candidate) -> candidate.getLine().getId() == lineId)
			.orElseThrow(() -> new ResourceNotFoundException("ActualSpend", spendId));
	}

	@Transactional
	public List<BudgetWarning> deleteSpend(long planId, long lineId, long spendId) {
		Plan plan = this.plans.getOpen(planId);
		ActualSpend spend = getSpend(planId, lineId, spendId);
		this.spends.delete(spend);
		return this.checks.check(plan).warnings();
	}

	private void apply(BudgetLine line, BudgetLineCommand command, Channel channel) {
		line.revise(command.name(), command.description(), command.plannedAmount(), command.plannedPercentage(),
				command.percentageBase(), channel, command.phaseId(), command.quarter(), command.tags());
	}

	private Channel channel(BudgetLineCommand command) {
		String code = command.channelCode();
		return (code != null && !code.isBlank()) ? this.channels.byCode(code.strip(), "channelCode") : null;
	}

	private void requirePhaseInPlan(long planId, Long phaseId) {
		if (phaseId == null) {
			return;
		}
		if (!this.references.isPhaseOf(planId, phaseId)) {
			throw new BusinessRuleViolation("phaseId", "error.budget.line.phase-unknown",
					"Phase " + phaseId + " is not a phase of this plan", phaseId);
		}
	}

	private void requireParentInPlan(long planId, Long parentId) {
		if (parentId == null) {
			return;
		}
		BudgetLine parent = this.lines.findById(parentId).orElse(null);
		if (parent == null || !parent.getPlan().getId().equals(planId)) {
			throw new BusinessRuleViolation("parentId", "error.budget.line.parent-unknown",
					"Budget line " + parentId + " is not a line of this plan", parentId);
		}
	}

	private void move(long planId, BudgetLine line, Long newParentId, Integer newPosition) {
		List<BudgetLine> oldSiblings = siblings(planId, line.getParentId());
		oldSiblings.remove(line);
		renumber(oldSiblings);
		List<BudgetLine> newSiblings = siblings(planId, newParentId);
		newSiblings.remove(line);
		int position = OrderedTree.clamp(newPosition, newSiblings.size());
		newSiblings.add(position, line);
		line.placeAt(newParentId, position);
		renumber(newSiblings);
	}

	private List<BudgetLineNode> tree(long planId, BudgetReport report) {
		return nodes(childrenByParent(planId), null, report);
	}

	private static List<BudgetLineNode> nodes(Map<Long, List<BudgetLine>> byParent, Long parentId,
			BudgetReport report) {
		List<BudgetLineNode> nodes = new ArrayList<>();
		for (BudgetLine line : byParent.getOrDefault(parentId, List.of())) {
			BudgetReport.LineFigures figures = report.lines().get(line.getId());
			nodes.add(new BudgetLineNode(line.getId(), line.getParentId(), line.getPosition(), line.getName(),
					line.getDescription(), (line.getChannel() != null) ? line.getChannel().getCode() : null,
					line.getPhaseId(), line.getQuarter(), line.getPlannedAmount(), line.getPlannedPercentage(),
					line.getPercentageBase(), new TreeSet<>(line.getTags()),
					(figures != null) ? figures.effective() : null, figures != null && figures.rolledUp(),
					(figures != null) ? figures.shareOfTotal() : null,
					(figures != null) ? figures.shareOfParent() : null, (figures != null) ? figures.spent() : null,
					line.getVersion(), nodes(byParent, line.getId(), report)));
		}
		return nodes;
	}

	private List<BudgetLine> all(long planId) {
		return this.lines.findByPlanIdOrderByPositionAscIdAsc(planId);
	}

	private List<BudgetLine> siblings(long planId, Long parentId) {
		return OrderedTree.siblings(all(planId), parentId);
	}

	private Map<Long, List<BudgetLine>> childrenByParent(long planId) {
		return OrderedTree.childrenByParent(all(planId));
	}

	private static void renumber(List<BudgetLine> siblings) {
		OrderedTree.renumber(siblings, (line, position) -> line.placeAt(line.getParentId(), position));
	}

}
