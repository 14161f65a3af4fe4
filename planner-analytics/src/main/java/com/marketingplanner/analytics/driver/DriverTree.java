package com.marketingplanner.analytics.driver;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Quantities, some defined by a {@link DriverFormula} over others (design.md "Driver
 * trees"; seed digest formula 13: GMV = traffic × conversion × AOV).
 * <p>
 * Each quantity may have a <em>stated</em> level (the plan's target). Its
 * <em>derived</em> level is its formula over the levels of its drivers. A quantity's
 * <em>level</em> is the stated one, else the derived one, else — when it is the only
 * driver of a formula without a level and that formula's quantity has one — the
 * <em>implied</em> level that makes the formula give the stated level (004: 1億 ÷ 300元 ÷
 * 3600萬 visits ≈ 0.93 %). A what-if moves one quantity and scales every dependent's level
 * by the factor its formula moves: after = level × derived(after) ÷ derived(before), so a
 * plan's stated level stays the base even where its formula disagrees with it.
 * <p>
 * Percentages are fractions here (5 % = 0.05); the caller converts.
 */
public final class DriverTree {

	/** The relative gap from which a derived level disagrees with the stated one. */
	public static final double TOLERANCE = 0.005;

	private final Map<Long, Double> stated;

	private final Map<Long, DriverFormula> formulas;

	private final Map<Long, Double> levels;

	private final Map<Long, Long> impliedBy = new HashMap<>();

	/**
	 * @param stated the stated level of each quantity ({@code null} or absent: none)
	 * @param formulas the formula of each derived quantity, by its id
	 * @throws IllegalArgumentException when the formulas form a cycle
	 */
	public DriverTree(Map<Long, Double> stated, Map<Long, DriverFormula> formulas) {
		this.stated = new HashMap<>(stated);
		this.formulas = new TreeMap<>(formulas);
		cycle(this.formulas).ifPresent((cycle) -> {
			throw new IllegalArgumentException("The formulas form a cycle: " + cycle);
		});
		this.levels = levels();
	}

	/**
	 * The first cycle among the formulas (a quantity that depends on itself), as the path
	 * from a quantity back to it; empty when there is none.
	 */
	public static Optional<List<Long>> cycle(Map<Long, DriverFormula> formulas) {
		Set<Long> done = new HashSet<>();
		for (Long start : new TreeMap<>(formulas).keySet()) {
			List<Long> path = new ArrayList<>();
			Optional<List<Long>> found = visit(start, formulas, path, new HashSet<>(), done);
			if (found.isPresent()) {
				return found;
			}
		}
		return Optional.empty();
	}

	private static Optional<List<Long>> visit(Long node, Map<Long, DriverFormula> formulas, List<Long> path,
			Set<Long> onPath, Set<Long> done) {
		if (onPath.contains(node)) {
			List<Long> cycle = new ArrayList<>(path.subList(path.indexOf(node), path.size()));
			cycle.add(node);
			return Optional.of(cycle);
		}
		if (done.contains(node) || !formulas.containsKey(node)) {
			return Optional.empty();
		}
		path.add(node);
		onPath.add(node);
		for (Long driver : formulas.get(node).drivers()) {
			Optional<List<Long>> found = visit(driver, formulas, path, onPath, done);
			if (found.isPresent()) {
				return found;
			}
		}
		onPath.remove(node);
		path.remove(path.size() - 1);
		done.add(node);
		return Optional.empty();
	}

	/** The level of every quantity that has one: stated, else derived, else implied. */
	public Map<Long, Double> levelsByQuantity() {
		return Collections.unmodifiableMap(this.levels);
	}

	/** The evaluation of the formula of {@code quantity}. */
	public Evaluation evaluate(long quantity) {
		DriverFormula formula = this.formulas.get(quantity);
		if (formula == null) {
			throw new IllegalArgumentException("Quantity " + quantity + " has no formula");
		}
		Map<Long, Double> withoutImplied = new HashMap<>(this.levels);
		this.impliedBy.forEach((driver, by) -> {
			if (by == quantity) {
				withoutImplied.remove(driver);
			}
		});
		Double derived = formula.valueWith(withoutImplied);
		Double stated = this.stated.get(quantity);
		Long impliedDriver = this.impliedBy.entrySet()
			.stream()
			.filter((entry) -> entry.getValue() == quantity)
			.map(Map.Entry::getKey)
			.findFirst()
			.orElse(null);
		return new Evaluation(quantity, stated, derived, impliedDriver,
				(impliedDriver != null) ? this.levels.get(impliedDriver) : null);
	}

	/**
	 * Moves {@code driver} to {@code newLevel} and every quantity that depends on it, in
	 * dependency order: the driver first, then each dependent once. Nothing else moves.
	 */
	public List<Move> whatIf(long driver, double newLevel) {
		Map<Long, Double> after = new HashMap<>(this.levels);
		after.put(driver, newLevel);
		Map<Long, Move> moves = new LinkedHashMap<>();
		moves.put(driver, new Move(driver, this.levels.get(driver), newLevel));
		for (Long quantity : dependencyOrder()) {
			DriverFormula formula = this.formulas.get(quantity);
			if (formula.drivers().stream().noneMatch(moves::containsKey) || quantity == driver) {
				continue;
			}
			Double before = this.levels.get(quantity);
			Double derivedBefore = formula.valueWith(this.levels);
			Double derivedAfter = formula.valueWith(after);
			Double moved;
			if (before != null && derivedBefore != null && derivedAfter != null && derivedBefore != 0) {
				moved = before * derivedAfter / derivedBefore;
			}
			else {
				moved = derivedAfter;
			}
			if (moved != null) {
				after.put(quantity, moved);
			}
			else {
				after.remove(quantity);
			}
			moves.put(quantity, new Move(quantity, before, moved));
		}
		return List.copyOf(moves.values());
	}

	/** Every quantity with a formula, each after the formula quantities it reads. */
	private List<Long> dependencyOrder() {
		List<Long> order = new ArrayList<>();
		Set<Long> placed = new HashSet<>();
		for (Long quantity : this.formulas.keySet()) {
			place(quantity, order, placed);
		}
		return order;
	}

	private void place(Long quantity, List<Long> order, Set<Long> placed) {
		if (!this.formulas.containsKey(quantity) || !placed.add(quantity)) {
			return;
		}
		for (Long driver : this.formulas.get(quantity).drivers()) {
			place(driver, order, placed);
		}
		order.add(quantity);
	}

	private Map<Long, Double> levels() {
		Map<Long, Double> known = new HashMap<>();
		this.stated.forEach((quantity, level) -> {
			if (level != null) {
				known.put(quantity, level);
			}
		});
		List<Long> order = dependencyOrder();
		derive(order, known);
		for (Long quantity : order) {
			Double level = known.get(quantity);
			DriverFormula formula = this.formulas.get(quantity);
			List<Long> unknown = formula.drivers().stream().filter((driver) -> !known.containsKey(driver)).toList();
			if (level == null || unknown.size() != 1) {
				continue;
			}
			Long missing = unknown.get(0);
			boolean divides = formula.factors()
				.stream()
				.filter((factor) -> missing.equals(factor.driver()))
				.findFirst()
				.orElseThrow()
				.divides();
			Map<Long, Double> withOne = new HashMap<>(known);
			withOne.put(missing, 1.0);
			Double rest = formula.valueWith(withOne);
			if (rest != null && rest != 0 && level != 0) {
				known.put(missing, divides ? rest / level : level / rest);
				this.impliedBy.put(missing, quantity);
			}
		}
		derive(order, known);
		return known;
	}

	private void derive(List<Long> order, Map<Long, Double> known) {
		for (Long quantity : order) {
			if (!known.containsKey(quantity)) {
				Double derived = this.formulas.get(quantity).valueWith(known);
				if (derived != null) {
					known.put(quantity, derived);
				}
			}
		}
	}

	/**
	 * A formula's result against the stated level.
	 *
	 * @param quantity the quantity the formula defines
	 * @param stated its stated level, or {@code null}
	 * @param derived the formula over the drivers' levels (implied ones not counted), or
	 * {@code null} when a driver has no level
	 * @param impliedDriver the one driver without a level, when the stated level implies
	 * it, else {@code null}
	 * @param impliedLevel that driver's implied level, else {@code null}
	 */
	public record Evaluation(long quantity, Double stated, Double derived, Long impliedDriver, Double impliedLevel) {

		/**
		 * (derived − stated) ÷ stated, or {@code null} when either is missing or stated
		 * is 0.
		 */
		public Double gap() {
			if (this.stated == null || this.derived == null || this.stated == 0) {
				return null;
			}
			return (this.derived - this.stated) / Math.abs(this.stated);
		}

		/**
		 * Whether the formula and the stated level disagree by more than
		 * {@link #TOLERANCE}.
		 */
		public boolean disagrees() {
			Double gap = gap();
			return gap != null && Math.abs(gap) > TOLERANCE;
		}

	}

	/**
	 * How a what-if moves one quantity.
	 *
	 * @param quantity the quantity
	 * @param before its level before, or {@code null} when it had none
	 * @param after its level after, or {@code null} when it cannot be computed
	 */
	public record Move(long quantity, Double before, Double after) {

		/** after − before, or {@code null}. */
		public Double delta() {
			return (this.before != null && this.after != null) ? this.after - this.before : null;
		}

		/** (after − before) ÷ |before|, or {@code null} (no level, or before = 0). */
		public Double relativeChange() {
			return (this.before != null && this.after != null && this.before != 0)
					? (this.after - this.before) / Math.abs(this.before) : null;
		}

	}

}
