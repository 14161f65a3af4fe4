package com.marketingplanner.domain.template;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.marketingplanner.analytics.goal.TargetType;
import com.marketingplanner.domain.goal.KpiCommand;
import com.marketingplanner.domain.goal.KpiTargets;
import com.marketingplanner.domain.shared.BusinessRuleViolation;

/**
 * The lenient path of an import: the domain rules a source plausibly breaks because it
 * contradicts itself, and how the import keeps what it can instead of refusing the plan.
 * Which values break a rule is asked of the domain (its own checks, never a copy of
 * them); an adjustment only follows what the broken rule says and is recorded.
 * <ul>
 * <li>A KPI whose challenge is not beyond its target: the challenge is dropped
 * ({@code import.adjusted.kpi-challenge-dropped}).</li>
 * <li>A KPI whose target type contradicts its direction ("at least" but lower is better),
 * or a from→to target without a baseline: kept as a level target
 * ({@code import.adjusted.kpi-type-level}).</li>
 * <li>A milestone dependency that would close a cycle: dropped
 * ({@code import.adjusted.dependency-dropped}).</li>
 * </ul>
 */
final class ImportAdjustments {

	private final List<Adjustment> adjustments = new ArrayList<>();

	List<Adjustment> all() {
		return List.copyOf(this.adjustments);
	}

	KpiCommand kpi(String path, KpiCommand command) {
		KpiCommand current = command;
		for (int pass = 0; pass < 3; pass++) {
			KpiCommand next = adjustOnce(path, current);
			if (next == current) {
				return current;
			}
			current = next;
		}
		return current;
	}

	private KpiCommand adjustOnce(String path, KpiCommand command) {
		if (command.targetType() == null || command.direction() == null || command.target() == null) {
			return command;
		}
		for (BusinessRuleViolation violation : KpiTargets.violations(command.targetType(), command.direction(),
				command.baseline(), command.target(), command.challenge(), command.benchmark())) {
			switch (violation.messageKey()) {
				case "error.kpi.challenge-not-beyond-target" -> {
					record(path + ".challenge", "import.adjusted.kpi-challenge-dropped", command.name(),
							plain(command.challenge()), plain(command.target()));
					return withTargets(command, command.targetType(), null);
				}
				case "error.kpi.direction-conflicts-with-type", "error.kpi.baseline-required-for-from-to" -> {
					record(path + ".target_type", "import.adjusted.kpi-type-level", command.name(),
							command.targetType().name(), command.direction().name());
					return withTargets(command, TargetType.LEVEL, command.challenge());
				}
				default -> {
					// not a conflict of the source: the import reports it as a problem
				}
			}
		}
		return command;
	}

	private static KpiCommand withTargets(KpiCommand c, TargetType type, BigDecimal challenge) {
		return new KpiCommand(c.goalId(), c.name(), c.definition(), c.category(), c.unit(), c.direction(), type,
				c.baseline(), c.target(), challenge, c.benchmark(), c.dueDate(), c.frequency(), c.owner(),
				c.benchmarkCase(), c.aim(), c.qualitativeStatus(), c.version());
	}

	void droppedDependency(String path, String milestone, String dependencyKey) {
		record(path, "import.adjusted.dependency-dropped", milestone, dependencyKey);
	}

	private void record(String path, String code, String... arguments) {
		this.adjustments.add(new Adjustment(path, code, List.of(arguments)));
	}

	private static String plain(BigDecimal value) {
		return (value != null) ? value.stripTrailingZeros().toPlainString() : "";
	}

	/**
	 * One adjustment.
	 *
	 * @param path JSON path of the adjusted value
	 * @param code message key of the adjustment
	 * @param arguments the message's arguments: the item's name first
	 */
	record Adjustment(String path, String code, List<String> arguments) {

	}

}
