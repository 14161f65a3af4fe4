package com.marketingplanner.domain.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import com.marketingplanner.domain.budget.BudgetLineNode;
import com.marketingplanner.domain.shared.DateRange;
import com.marketingplanner.domain.shared.Money;

/**
 * How a plan's budget spreads over time, so that a quarter (or any range of days) can be
 * compared with the money actually spent in it. The rule, per line:
 * <ul>
 * <li>A line with its own amount (the budget check's effective amount, not rolled up) is
 * spent evenly, day by day, over its <em>schedule</em>: the days of its quarter number
 * (Q1–Q4) in every year of the plan period when it names a quarter; else the days of its
 * phase (within the plan period) when it names one; else the whole plan period.</li>
 * <li>A line whose amount is the sum of its sub-lines (rolled up) is planned in a range
 * as the sum of its sub-lines planned in that range.</li>
 * <li>A line without an amount has no plan in any range ({@code null}).</li>
 * </ul>
 * planned(line, range) = effective × |schedule ∩ range| ÷ |schedule| (days), rounded to
 * cents at the end. Spent(line, range) is the actual spend booked on the line and its
 * sub-lines on days inside the range, as the budget check counts a line's spend.
 */
public final class BudgetPacing {

	private static final MathContext PRECISION = MathContext.DECIMAL64;

	private final DateRange period;

	private final Map<Long, DateRange> phases;

	private final Map<Long, BudgetLineNode> lines = new HashMap<>();

	private final Map<Long, Set<Long>> subtreeIds = new HashMap<>();

	private final List<BudgetLineNode> topLevel;

	private final List<LineSpend> spend;

	/**
	 * @param period the plan period
	 * @param tree the plan's budget lines as the budget service builds them (with the
	 * check's figures)
	 * @param phases the plan's phases by id
	 * @param spend every actual spend entry of the plan
	 */
	public BudgetPacing(DateRange period, List<BudgetLineNode> tree, Map<Long, DateRange> phases,
			List<LineSpend> spend) {
		this.period = period;
		this.phases = Map.copyOf(phases);
		this.topLevel = List.copyOf(tree);
		this.spend = List.copyOf(spend);
		tree.forEach(this::index);
	}

	/** Planned amount of the line inside the range; {@code null} when it has none. */
	public BigDecimal planned(long lineId, DateRange range) {
		BigDecimal exact = plannedExact(line(lineId), range);
		return Money.rounded(exact);
	}

	/** Actual spend on the line and its sub-lines inside the range. */
	public BigDecimal spent(long lineId, DateRange range) {
		Set<Long> ids = this.subtreeIds.get(line(lineId).id());
		return sum(this.spend.stream().filter((entry) -> ids.contains(entry.lineId()) && range.contains(entry.day())));
	}

	/**
	 * Planned amount of the whole budget (its top-level lines) inside the range; lines
	 * without an amount count as nothing. {@code null} when no line has an amount.
	 */
	public BigDecimal plannedTotal(DateRange range) {
		BigDecimal total = null;
		for (BudgetLineNode line : this.topLevel) {
			BigDecimal planned = plannedExact(line, range);
			if (planned != null) {
				total = (total != null) ? total.add(planned) : planned;
			}
		}
		return Money.rounded(total);
	}

	/** All actual spend of the plan inside the range. */
	public BigDecimal spentTotal(DateRange range) {
		return sum(this.spend.stream().filter((entry) -> range.contains(entry.day())));
	}

	private BigDecimal plannedExact(BudgetLineNode line, DateRange range) {
		if (line.effectiveAmount() == null) {
			return null;
		}
		if (line.rolledUp()) {
			BigDecimal sum = BigDecimal.ZERO;
			for (BudgetLineNode child : line.children()) {
				BigDecimal planned = plannedExact(child, range);
				if (planned != null) {
					sum = sum.add(planned);
				}
			}
			return sum;
		}
		List<DateRange> schedule = schedule(line);
		long days = schedule.stream().mapToLong(BudgetPacing::days).sum();
		if (days == 0) {
			return BigDecimal.ZERO;
		}
		long inside = schedule.stream().mapToLong((part) -> overlapDays(part, range)).sum();
		return line.effectiveAmount().multiply(BigDecimal.valueOf(inside)).divide(BigDecimal.valueOf(days), PRECISION);
	}

	private List<DateRange> schedule(BudgetLineNode line) {
		if (line.quarter() != null) {
			List<DateRange> parts = new ArrayList<>();
			for (Quarter quarter : Quarter.covering(this.period)) {
				if (quarter.number() == line.quarter()) {
					intersection(quarter.range(), this.period).ifPresent(parts::add);
				}
			}
			return parts;
		}
		DateRange phase = (line.phaseId() != null) ? this.phases.get(line.phaseId()) : null;
		if (phase != null) {
			return List.of(intersection(phase, this.period).orElse(phase));
		}
		return List.of(this.period);
	}

	private BudgetLineNode line(long lineId) {
		BudgetLineNode line = this.lines.get(lineId);
		if (line == null) {
			throw new IllegalArgumentException("No budget line " + lineId + " in this plan");
		}
		return line;
	}

	private List<Long> index(BudgetLineNode line) {
		this.lines.put(line.id(), line);
		List<Long> ids = new ArrayList<>();
		ids.add(line.id());
		line.children().forEach((child) -> ids.addAll(index(child)));
		this.subtreeIds.put(line.id(), Set.copyOf(ids));
		return ids;
	}

	private static BigDecimal sum(Stream<LineSpend> entries) {
		return Money.total(entries.map(LineSpend::amount));
	}

	private static long days(DateRange range) {
		return ChronoUnit.DAYS.between(range.start(), range.end()) + 1;
	}

	private static long overlapDays(DateRange a, DateRange b) {
		return intersection(a, b).map(BudgetPacing::days).orElse(0L);
	}

	private static Optional<DateRange> intersection(DateRange a, DateRange b) {
		LocalDate start = a.start().isAfter(b.start()) ? a.start() : b.start();
		LocalDate end = a.end().isBefore(b.end()) ? a.end() : b.end();
		return end.isBefore(start) ? Optional.empty() : Optional.of(new DateRange(start, end));
	}

	/** Money spent on a budget line on a day. */
	public record LineSpend(long lineId, LocalDate day, BigDecimal amount) {
	}

}
