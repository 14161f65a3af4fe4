package com.marketingplanner.web.analytics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.marketingplanner.analytics.cli.AttributionSettings;
import com.marketingplanner.analytics.funnel.BreakdownSource;
import com.marketingplanner.analytics.funnel.FunnelOrder;
import com.marketingplanner.analytics.funnel.FunnelSpec;
import com.marketingplanner.analytics.io.Durations;
import com.marketingplanner.domain.channel.ChannelService;
import com.marketingplanner.domain.shared.BusinessRuleViolation;

import org.springframework.stereotype.Component;

/**
 * The query parameters of the analytics pages and endpoints, read the same way for both:
 * each bad parameter is a {@link BusinessRuleViolation} naming it (400 problem+json over
 * REST, an error next to the form on a page). Durations are ISO-8601 ({@code P14D}) or
 * {@code 14d}.
 */
@Component
class AnalyticsParameters {

	static final Duration DEFAULT_LOOKBACK = Duration.ofDays(30);

	private final ChannelService channels;

	AnalyticsParameters(ChannelService channels) {
		this.channels = channels;
	}

	/** Model names, comma-separated; all models when blank. */
	List<String> models(String text) {
		if (text == null || text.isBlank()) {
			return AttributionSettings.MODELS;
		}
		Set<String> names = new LinkedHashSet<>();
		for (String name : text.split(",")) {
			String trimmed = name.strip().toLowerCase(Locale.ROOT);
			if (!AttributionSettings.MODELS.contains(trimmed)) {
				throw invalid(
						"models", "error.analytics.model-unknown", "Unknown model '" + trimmed + "' (known: "
								+ String.join(", ", AttributionSettings.MODELS) + ")",
						trimmed, String.join(", ", AttributionSettings.MODELS));
			}
			names.add(trimmed);
		}
		return List.copyOf(names);
	}

	int markovOrder(Integer order) {
		if (order == null) {
			return 1;
		}
		if (order < 1 || order > 4) {
			throw invalid("markovOrder", "error.analytics.markov-order", "The Markov order is 1 to 4, not " + order,
					order);
		}
		return order;
	}

	/** A duration parameter; the default when blank. */
	Duration duration(String name, String text, Duration defaultValue) {
		if (text == null || text.isBlank()) {
			return defaultValue;
		}
		Duration duration;
		try {
			duration = Durations.parse(text);
		}
		catch (IllegalArgumentException ex) {
			throw invalid(name, "error.analytics.duration",
					"'" + text + "' is not a duration like P14D or 14d (also 36h, PT36H)", text);
		}
		if (duration.isZero()) {
			throw invalid(name, "error.analytics.duration-zero", "The duration must be longer than zero", text);
		}
		return duration;
	}

	/** Channel codes of the catalog; empty for all channels. */
	Set<String> channels(List<String> codes) {
		Set<String> known = new LinkedHashSet<>();
		if (codes != null) {
			for (String code : codes) {
				for (String part : code.split(",")) {
					if (!part.isBlank()) {
						known.add(this.channels.byCode(part.strip(), "channel").getCode());
					}
				}
			}
		}
		return known;
	}

	/**
	 * The event funnel of the parameters {@code steps}, {@code window}, {@code order},
	 * {@code breakdown}.
	 */
	FunnelSpec funnel(String steps, String window, String order, String breakdown, String breakdownFrom) {
		if (steps == null || steps.isBlank()) {
			throw invalid("steps", "error.analytics.steps-required",
					"Name the funnel's steps, comma-separated event names (e.g. view,cart,pay)");
		}
		List<String> names = new ArrayList<>();
		for (String step : steps.split(",")) {
			if (!step.isBlank()) {
				names.add(step.strip());
			}
		}
		if (names.isEmpty() || names.size() > FunnelSpec.MAX_STEPS || Set.copyOf(names).size() != names.size()) {
			throw invalid("steps", "error.analytics.steps-invalid",
					"The steps must be 1 to " + FunnelSpec.MAX_STEPS + " distinct event names", FunnelSpec.MAX_STEPS);
		}
		FunnelOrder funnelOrder = funnelOrder(order);
		BreakdownSource source = breakdown(breakdown, breakdownFrom);
		return new FunnelSpec(names, duration("window", window, FunnelSpec.DEFAULT_WINDOW), List.of(), funnelOrder,
				source);
	}

	private static FunnelOrder funnelOrder(String order) {
		if (order == null || order.isBlank()) {
			return FunnelOrder.LOOSE;
		}
		return switch (order.strip().toLowerCase(Locale.ROOT)) {
			case "loose" -> FunnelOrder.LOOSE;
			case "strict" -> FunnelOrder.STRICT;
			case "any" -> FunnelOrder.ANY;
			default -> throw invalid("order", "error.analytics.order",
					"The order is loose, strict or any, not '" + order + "'", order);
		};
	}

	private static BreakdownSource breakdown(String breakdown, String from) {
		if (breakdown == null || breakdown.isBlank()) {
			if (from != null && !from.isBlank()) {
				throw invalid("breakdownFrom", "error.analytics.breakdown-from-alone",
						"breakdownFrom needs breakdown=property");
			}
			return null;
		}
		if (!breakdown.strip().equalsIgnoreCase("property")) {
			throw invalid("breakdown", "error.analytics.breakdown",
					"Events can be broken down by their property only (breakdown=property), not '" + breakdown + "'",
					breakdown);
		}
		if (from == null || from.isBlank() || from.strip().equalsIgnoreCase("first")) {
			return BreakdownSource.FIRST_STEP;
		}
		if (from.strip().equalsIgnoreCase("reached")) {
			return BreakdownSource.REACHED_STEP;
		}
		throw invalid("breakdownFrom", "error.analytics.breakdown-from",
				"breakdownFrom is first or reached, not '" + from + "'", from);
	}

	/** A whole-number parameter within bounds; {@code null} stays null. */
	Integer bounded(String name, Integer value, int min, int max) {
		if (value != null && (value < min || value > max)) {
			throw invalid(name, "error.analytics.out-of-range",
					name + " lies between " + min + " and " + max + ", not " + value, name, min, max, value);
		}
		return value;
	}

	static BusinessRuleViolation invalid(String parameter, String key, String english, Object... arguments) {
		return new BusinessRuleViolation(parameter, key, english, arguments);
	}

}
