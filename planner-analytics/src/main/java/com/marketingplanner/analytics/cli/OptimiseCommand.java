package com.marketingplanner.analytics.cli;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.marketingplanner.analytics.io.CsvInputException;
import com.marketingplanner.analytics.io.CsvReader;
import com.marketingplanner.analytics.optimiser.AllocationPlan;
import com.marketingplanner.analytics.optimiser.BudgetOptimiser;
import com.marketingplanner.analytics.optimiser.ChannelAllocation;
import com.marketingplanner.analytics.optimiser.ChannelPlan;
import com.marketingplanner.analytics.optimiser.CurveFitting;
import com.marketingplanner.analytics.optimiser.PowerCurve;
import com.marketingplanner.analytics.optimiser.ResponseCurve;
import com.marketingplanner.analytics.optimiser.SaturationCurve;
import com.marketingplanner.analytics.roi.SpendOutcome;

/**
 * {@code optimise}: the recommended budget split. The curves file is either a history
 * ({@code channel,spend,return}, one row per channel and period, oldest first; one curve
 * fitted per channel, the current spend being the channel's last row) or given curves
 * ({@code channel,model,a,b,current_spend} with model {@code saturation} — a·(1 −
 * e^(−x/b)) — or {@code power} — a·x^b). Prints CSV
 * {@code channel,current_spend,recommended_spend,change,recommended_share,current_return,recommended_return,marginal_return,reason}
 * followed by a row {@code (unallocated)} when part of the budget cannot be placed and a
 * row {@code (total)}.
 */
final class OptimiseCommand implements CliCommand {

	private static final Set<String> OPTIONS = Set.of("curves", "budget", "min-share", "max-share", "cap", "roi-floor",
			"model");

	@Override
	public String name() {
		return "optimise";
	}

	@Override
	public String usage() {
		return "usage: optimise --curves FILE.csv --budget AMOUNT [--min-share ch=0.1,...] [--max-share ch=0.5,...]\n"
				+ "                [--cap ch=AMOUNT,...] [--roi-floor 1.5] [--model saturation|power]\n"
				+ "  FILE.csv: history rows channel,spend,return (a curve is fitted per channel, --model picks\n"
				+ "  the family, default saturation) or given curves channel,model,a,b,current_spend.\n"
				+ "  Prints CSV channel,current_spend,recommended_spend,change,recommended_share,current_return,\n"
				+ "  recommended_return,marginal_return,reason, then (unallocated) if any and (total).";
	}

	@Override
	public int run(List<String> arguments, PrintStream out) {
		CommandLineOptions options = CommandLineOptions.parse(arguments, OPTIONS);
		Path file = Path.of(options.text("curves"));
		BigDecimal budget = options.money("budget");
		Map<String, Double> minShares = options.numbersByKey("min-share");
		Map<String, Double> maxShares = options.numbersByKey("max-share");
		Map<String, Double> caps = options.numbersByKey("cap");
		Double roiFloor = options.has("roi-floor") ? options.number("roi-floor", null) : null;
		String model = options.choice("model", "saturation", "saturation", "power");

		Map<String, ChannelInput> inputs = readCurves(file, model);
		for (Map<String, Double> byChannel : List.of(minShares, maxShares, caps)) {
			for (String channel : byChannel.keySet()) {
				if (!inputs.containsKey(channel)) {
					throw new CliUsageException("unknown channel '" + channel + "' (the curves file has "
							+ String.join(",", inputs.keySet()) + ")");
				}
			}
		}
		List<ChannelPlan> channels = new ArrayList<>();
		AllocationPlan plan;
		try {
			for (ChannelInput input : inputs.values()) {
				Double cap = caps.get(input.channel());
				channels.add(new ChannelPlan(input.channel(), input.curve(), input.currentSpend(),
						minShares.getOrDefault(input.channel(), 0.0), maxShares.getOrDefault(input.channel(), 1.0),
						(cap == null) ? null : BigDecimal.valueOf(cap)));
			}
			plan = BudgetOptimiser.allocate(channels, budget, roiFloor);
		}
		catch (IllegalArgumentException ex) {
			throw new CliUsageException(ex.getMessage());
		}
		print(plan, out);
		return 0;
	}

	private static void print(AllocationPlan plan, PrintStream out) {
		List<String> lines = new ArrayList<>();
		lines.add("channel,current_spend,recommended_spend,change,recommended_share,current_return,"
				+ "recommended_return,marginal_return,reason");
		BigDecimal currentSpend = BigDecimal.ZERO;
		for (ChannelAllocation allocation : plan.channels()) {
			lines.add(String.join(",", CsvOutput.field(allocation.channel()),
					CsvOutput.money(allocation.currentSpend()), CsvOutput.money(allocation.recommendedSpend()),
					CsvOutput.money(allocation.change()), CsvOutput.number(allocation.recommendedShare(), 6),
					CsvOutput.money(allocation.currentReturn()), CsvOutput.money(allocation.recommendedReturn()),
					CsvOutput.number(allocation.marginalReturn(), 6), allocation.reason().name()));
			currentSpend = currentSpend.add(allocation.currentSpend());
		}
		if (plan.unallocated().signum() > 0) {
			lines.add("(unallocated),," + CsvOutput.money(plan.unallocated()) + ",,,,,,");
		}
		String lambda = plan.equalisedMarginalReturn().isPresent()
				? CsvOutput.number(plan.equalisedMarginalReturn().getAsDouble(), 6) : "";
		BigDecimal budget = plan.budget().setScale(2, java.math.RoundingMode.HALF_EVEN);
		lines.add("(total)," + CsvOutput.money(currentSpend) + "," + CsvOutput.money(budget) + ","
				+ CsvOutput.money(budget.subtract(currentSpend)) + ",1.000000," + CsvOutput.money(plan.currentReturn())
				+ "," + CsvOutput.money(plan.recommendedReturn()) + "," + lambda + ",");
		lines.forEach(out::println);
	}

	private static Map<String, ChannelInput> readCurves(Path file, String model) {
		try (CsvReader reader = CsvReader.open(file)) {
			int channel = reader.requireColumn("channel");
			if (reader.optionalColumn("model") >= 0) {
				return readGivenCurves(reader, channel);
			}
			return fitHistory(reader, channel, model);
		}
	}

	private static Map<String, ChannelInput> readGivenCurves(CsvReader reader, int channel) {
		int model = reader.requireColumn("model");
		int a = reader.requireColumn("a");
		int b = reader.requireColumn("b");
		int current = reader.requireColumn("current_spend");
		Map<String, ChannelInput> inputs = new LinkedHashMap<>();
		reader.forEachRow((row) -> {
			String name = row.text(channel);
			double first = row.number(a, "a");
			double second = row.number(b, "b");
			BigDecimal spend = amount(row, current, "current_spend");
			ResponseCurve curve;
			try {
				curve = switch (row.text(model)) {
					case "saturation" -> new SaturationCurve(first, second);
					case "power" -> new PowerCurve(first, second);
					default -> throw row.error("model must be saturation or power: '" + row.text(model) + "'");
				};
			}
			catch (IllegalArgumentException ex) {
				throw row.error(ex.getMessage());
			}
			if (inputs.put(name, new ChannelInput(name, curve, spend)) != null) {
				throw row.error("channel '" + name + "' is given twice");
			}
		});
		requireChannels(reader, inputs);
		return inputs;
	}

	private static Map<String, ChannelInput> fitHistory(CsvReader reader, int channel, String model) {
		int spend = reader.requireColumn("spend");
		int revenue = reader.requireColumn("return");
		Map<String, List<SpendOutcome>> histories = new LinkedHashMap<>();
		Map<String, Long> lastLine = new LinkedHashMap<>();
		reader.forEachRow((row) -> {
			String name = row.text(channel);
			SpendOutcome outcome = new SpendOutcome(amount(row, spend, "spend"), amount(row, revenue, "return"));
			histories.computeIfAbsent(name, (key) -> new ArrayList<>()).add(outcome);
			lastLine.put(name, row.line());
		});
		Map<String, ChannelInput> inputs = new LinkedHashMap<>();
		histories.forEach((name, history) -> {
			ResponseCurve curve;
			try {
				curve = model.equals("power") ? CurveFitting.power(history) : CurveFitting.saturation(history);
			}
			catch (IllegalArgumentException ex) {
				throw new CsvInputException(reader.source(), lastLine.get(name),
						"cannot fit a " + model + " curve for channel '" + name + "': " + ex.getMessage());
			}
			inputs.put(name, new ChannelInput(name, curve, history.get(history.size() - 1).spend()));
		});
		requireChannels(reader, inputs);
		return inputs;
	}

	private static void requireChannels(CsvReader reader, Map<String, ChannelInput> inputs) {
		if (inputs.isEmpty()) {
			throw new CsvInputException(reader.source(), 1, "no channel rows");
		}
	}

	private static BigDecimal amount(CsvReader.Row row, int column, String what) {
		String text = row.text(column);
		try {
			BigDecimal amount = new BigDecimal(text);
			if (amount.signum() < 0) {
				throw row.error("'" + text + "' must not be negative (" + what + ")");
			}
			return amount;
		}
		catch (NumberFormatException ex) {
			throw row.error("'" + text + "' is not an amount (" + what + ")");
		}
	}

	private record ChannelInput(String channel, ResponseCurve curve, BigDecimal currentSpend) {
	}

}
