package com.marketingplanner.domain.analytics;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.marketingplanner.domain.budget.AllocationRule;
import com.marketingplanner.domain.budget.BudgetLineNode;
import com.marketingplanner.domain.budget.BudgetOverview;
import com.marketingplanner.domain.budget.BudgetReport.ScopeTotal;
import com.marketingplanner.domain.budget.BudgetService;
import com.marketingplanner.domain.budget.BudgetWarning;
import com.marketingplanner.domain.budget.BudgetWarning.SubjectType;
import com.marketingplanner.domain.budget.ChannelResult;
import com.marketingplanner.domain.budget.ChannelResult.SpendSource;
import com.marketingplanner.domain.budget.ChannelResults;
import com.marketingplanner.domain.budget.RuleScope;
import com.marketingplanner.domain.marketingdata.MarketingData;
import com.marketingplanner.domain.shared.DateRange;
import com.marketingplanner.domain.shared.Money;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The budget execution board (seed 002's 预算执行看板): planned against spent per budget line
 * and per channel, each red, amber or green against the plan's rules.
 * <ul>
 * <li><b>red</b>: the budget check reports a spending finding for it — spend over its
 * plan or without one ({@code spend-over-plan}, {@code spend-without-plan}), a month past
 * the overspend-freeze threshold or above a monthly share cap, a channel above its cap, a
 * channel below its ROI or sales-yield floor;</li>
 * <li><b>amber</b>: ahead of pace — spent more than the planned amount × the elapsed
 * share of the plan period — or at least {@value #NEARLY_USED_PERCENT} % of the plan
 * used;</li>
 * <li><b>green</b>: otherwise; lines and channels with neither plan nor spend are <b>not
 * planned</b>.</li>
 * </ul>
 * A line's spend includes its sub-lines' (as in the budget check); a channel's spend is
 * the plan's bookings on its lines of the channel when it booked any, else the channel's
 * own (organisation-wide) report ({@link ChannelResults#byChannelAsBooked}, ADR 0022).
 */
@Service
@Transactional(readOnly = true)
public class BudgetBoardService {

	static final int NEARLY_USED_PERCENT = 90;

	private static final Set<String> LINE_REDS = Set.of("spend-over-plan", "spend-without-plan",
			"rule-overspend-freeze", "rule-month-spend-above-share");

	private static final Set<String> CHANNEL_REDS = Set.of("rule-overspend-freeze", "rule-month-spend-above-share",
			"rule-channel-cap", "rule-roi-floor", "rule-sales-yield-floor");

	private final BudgetService budgets;

	private final MarketingData data;

	private final Clock clock;

	/**
	 * @param clock the application's clock when it has one (tests), else the system's
	 */
	public BudgetBoardService(BudgetService budgets, MarketingData data, ObjectProvider<Clock> clock) {
		this.budgets = budgets;
		this.data = data;
		this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
	}

	/** The board as of today (clamped to the plan period). */
	public BudgetBoard board(long planId) {
		BudgetOverview overview = this.budgets.overview(planId);
		DateRange period = overview.plan().period();
		LocalDate today = LocalDate.now(this.clock);
		LocalDate asOf = today.isBefore(period.start()) ? period.start()
				: today.isAfter(period.end()) ? period.end() : today;
		double elapsed = (double) (ChronoUnit.DAYS.between(period.start(), asOf) + 1)
				/ (ChronoUnit.DAYS.between(period.start(), period.end()) + 1);
		Map<Long, AllocationRule> rules = new HashMap<>();
		overview.rules().forEach((rule) -> rules.put(rule.getId(), rule));

		List<LineRow> lines = new ArrayList<>();
		flatten(overview.tree(), 0, overview.report().warnings(), rules, elapsed, lines);

		List<ChannelResult> results = ChannelResults.byChannelAsBooked(this.data.channelActuals(period, null),
				this.data.lineSpend(planId, period));
		List<ChannelRow> channels = new ArrayList<>();
		for (ScopeTotal total : overview.report().channels()) {
			ChannelResult result = results.stream()
				.filter((candidate) -> candidate.channel().equals(total.key()))
				.findFirst()
				.orElse(null);
			BigDecimal spent = (result != null) ? result.spend() : null;
			List<String> reasons = channelReasons(total.key(), overview.report().warnings(), rules);
			Status status = status(total.amount(), spent, elapsed, reasons);
			channels.add(new ChannelRow(total.key(), total.amount(), spent,
					(result != null) ? result.spendSource() : SpendSource.NONE,
					(result != null) ? result.revenue() : null, used(spent, total.amount()), status, reasons));
		}
		List<String> planReasons = overview.report()
			.warnings()
			.stream()
			.filter((warning) -> warning.subjectType() == SubjectType.RULE
					&& "rule-overspend-freeze".equals(warning.code()) && rules.containsKey(warning.subjectId())
					&& rules.get(warning.subjectId()).getScopeType() == RuleScope.PLAN)
			.map(BudgetWarning::code)
			.distinct()
			.toList();
		BigDecimal planned = overview.report().allocated();
		BigDecimal spent = overview.report().spent();
		Status overall = status(planned, spent, elapsed, planReasons);
		if (overall != Status.RED && (lines.stream().anyMatch((line) -> line.status() == Status.RED)
				|| channels.stream().anyMatch((channel) -> channel.status() == Status.RED))) {
			overall = Status.AMBER;
		}
		return new BudgetBoard(period, asOf, elapsed, overview.plan().getCurrency(), planned, spent,
				used(spent, planned), overall, planReasons, lines, channels);
	}

	private static void flatten(List<BudgetLineNode> nodes, int depth, List<BudgetWarning> warnings,
			Map<Long, AllocationRule> rules, double elapsed, List<LineRow> rows) {
		for (BudgetLineNode node : nodes) {
			List<String> reasons = lineReasons(node, warnings, rules);
			BigDecimal planned = node.effectiveAmount();
			BigDecimal spent = node.spent();
			rows.add(new LineRow(node.id(), node.parentId(), depth, node.name(), node.channelCode(), planned, spent,
					expected(planned, elapsed), used(spent, planned), status(planned, spent, elapsed, reasons),
					reasons));
			flatten(node.children(), depth + 1, warnings, rules, elapsed, rows);
		}
	}

	private static List<String> lineReasons(BudgetLineNode node, List<BudgetWarning> warnings,
			Map<Long, AllocationRule> rules) {
		Set<String> reasons = new LinkedHashSet<>();
		for (BudgetWarning warning : warnings) {
			if (!LINE_REDS.contains(warning.code())) {
				continue;
			}
			boolean about = switch (warning.subjectType()) {
				case LINE -> Long.valueOf(node.id()).equals(warning.subjectId());
				case RULE -> {
					AllocationRule rule = rules.get(warning.subjectId());
					yield rule != null && ((rule.getScopeType() == RuleScope.LINE
							&& String.valueOf(node.id()).equals(rule.getScopeValue().strip()))
							|| (rule.getScopeType() == RuleScope.TAG && node.tags().contains(rule.getScopeValue()))
							|| (rule.getScopeType() == RuleScope.CHANNEL
									&& rule.getScopeValue().equals(node.channelCode())));
				}
				default -> false;
			};
			if (about) {
				reasons.add(warning.code());
			}
		}
		return List.copyOf(reasons);
	}

	private static List<String> channelReasons(String channel, List<BudgetWarning> warnings,
			Map<Long, AllocationRule> rules) {
		Set<String> reasons = new LinkedHashSet<>();
		for (BudgetWarning warning : warnings) {
			if (warning.subjectType() != SubjectType.RULE || !CHANNEL_REDS.contains(warning.code())) {
				continue;
			}
			AllocationRule rule = rules.get(warning.subjectId());
			boolean channelScoped = rule != null && rule.getScopeType() == RuleScope.CHANNEL
					&& channel.equals(rule.getScopeValue());
			if (channel.equals(warning.subject()) || channelScoped) {
				reasons.add(warning.code());
			}
		}
		return List.copyOf(reasons);
	}

	private static Status status(BigDecimal planned, BigDecimal spent, double elapsed, List<String> reasons) {
		boolean hasPlan = planned != null && planned.signum() > 0;
		boolean hasSpend = spent != null && spent.signum() > 0;
		if (!reasons.isEmpty()) {
			return Status.RED;
		}
		if (!hasPlan) {
			return hasSpend ? Status.RED : Status.NOT_PLANNED;
		}
		if (!hasSpend) {
			return Status.GREEN;
		}
		if (spent.compareTo(planned) > 0) {
			return Status.RED;
		}
		BigDecimal nearlyUsed = planned.multiply(BigDecimal.valueOf(NEARLY_USED_PERCENT)).movePointLeft(2);
		if (spent.compareTo(expected(planned, elapsed)) > 0 || spent.compareTo(nearlyUsed) >= 0) {
			return Status.AMBER;
		}
		return Status.GREEN;
	}

	private static BigDecimal expected(BigDecimal planned, double elapsed) {
		return (planned != null) ? Money.rounded(planned.multiply(BigDecimal.valueOf(elapsed), MathContext.DECIMAL64))
				: null;
	}

	private static Double used(BigDecimal spent, BigDecimal planned) {
		if (spent == null || planned == null || planned.signum() == 0) {
			return null;
		}
		return spent.divide(planned, MathContext.DECIMAL64).doubleValue();
	}

	/** A traffic light of the board. */
	public enum Status {

		GREEN, AMBER, RED, NOT_PLANNED

	}

	/**
	 * The board.
	 *
	 * @param asOf the day the pace is measured at (today, within the period)
	 * @param elapsed the share of the plan period up to and including {@code asOf}
	 * @param planned the allocated budget (top-level lines)
	 * @param spent all spend booked on the plan's lines
	 * @param used spent ÷ planned
	 * @param status the plan's light: red for a plan-wide overspend freeze or spend
	 * beyond the plan, amber when any line or channel is red or the plan runs ahead of
	 * pace
	 * @param reasons the plan-wide findings behind a red light
	 */
	public record BudgetBoard(DateRange period, LocalDate asOf, double elapsed, String currency, BigDecimal planned,
			BigDecimal spent, Double used, Status status, List<String> reasons, List<LineRow> lines,
			List<ChannelRow> channels) {
	}

	/**
	 * A budget line on the board.
	 *
	 * @param depth 0 for a top-level line
	 * @param planned its effective planned amount
	 * @param spent spend booked on it and its sub-lines
	 * @param expectedToDate planned × elapsed share of the period
	 * @param used spent ÷ planned
	 * @param reasons the budget-check finding codes behind a red light
	 */
	public record LineRow(long lineId, Long parentId, int depth, String name, String channel, BigDecimal planned,
			BigDecimal spent, BigDecimal expectedToDate, Double used, Status status, List<String> reasons) {
	}

	/**
	 * A channel on the board.
	 *
	 * @param planned the channel's planned amount (its top-most lines)
	 * @param spent its actual spend, see {@code spendSource}
	 * @param revenue its reported revenue
	 * @param used spent ÷ planned
	 * @param reasons the budget-check finding codes behind a red light
	 */
	public record ChannelRow(String channel, BigDecimal planned, BigDecimal spent, SpendSource spendSource,
			BigDecimal revenue, Double used, Status status, List<String> reasons) {
	}

}
