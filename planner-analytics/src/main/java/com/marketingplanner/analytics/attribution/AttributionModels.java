package com.marketingplanner.analytics.attribution;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import com.marketingplanner.analytics.journey.Journeys;
import com.marketingplanner.analytics.journey.PathTable;

/**
 * The attribution models by name and how they are run side by side: the one code path the
 * command line ({@code attribution}) and the web application's attribution page share, so
 * both give the same numbers on the same data.
 * <p>
 * Over raw journeys, time decay weighs each touch by its own time
 * ({@link TimeDecayModel#attribute(Journeys)}); every other model, and time decay over
 * aggregated paths (touches assumed {@link Settings#touchInterval()} apart), runs over
 * the path table. Models come in the order asked, each name once.
 */
public final class AttributionModels {

	/** Every model's name, in the order they are shown. */
	public static final List<String> NAMES = List.of("first", "last", "last-non-direct", "linear", "time-decay",
			"position", "w-shaped", "markov", "shapley");

	private AttributionModels() {
	}

	/**
	 * The names of a comma-separated list, each once, in the order given.
	 * @throws IllegalArgumentException naming the first unknown model
	 */
	public static List<String> parse(String list) {
		Set<String> names = new LinkedHashSet<>();
		for (String name : list.split(",")) {
			String trimmed = name.trim();
			if (!NAMES.contains(trimmed)) {
				throw new IllegalArgumentException(
						"unknown model '" + trimmed + "' (known: " + String.join(",", NAMES) + ")");
			}
			names.add(trimmed);
		}
		return new ArrayList<>(names);
	}

	/**
	 * The model of a name.
	 * @throws IllegalArgumentException for an unknown name
	 */
	public static AttributionModel model(String name, Settings settings) {
		return switch (name) {
			case "first" -> new FirstTouchModel();
			case "last" -> new LastTouchModel();
			case "last-non-direct" -> new LastNonDirectModel(settings.directChannel());
			case "linear" -> new LinearModel();
			case "time-decay" -> new TimeDecayModel(settings.halfLife(), settings.touchInterval());
			case "position" -> settings.position();
			case "w-shaped" -> new WShapedModel();
			case "markov" -> new MarkovModel(settings.markovOrder());
			case "shapley" -> new ShapleyModel(settings.shapleyWorth());
			default -> throw new IllegalArgumentException("unknown model '" + name + "'");
		};
	}

	/**
	 * Runs the models over raw journeys.
	 * @throws IllegalArgumentException prefixed with the model's name when the data
	 * exceed what a model can do (e.g. too many channels for exact Shapley)
	 */
	public static List<AttributionResult> run(List<String> names, Settings settings, Journeys journeys) {
		return run(names, settings, journeys.toPathTable(), journeys);
	}

	/**
	 * Runs the models over aggregated paths (see {@link #run(List, Settings, Journeys)}).
	 */
	public static List<AttributionResult> run(List<String> names, Settings settings, PathTable paths) {
		return run(names, settings, paths, null);
	}

	private static List<AttributionResult> run(List<String> names, Settings settings, PathTable paths,
			Journeys journeys) {
		List<AttributionResult> results = new ArrayList<>();
		for (String name : names) {
			try {
				if (name.equals("time-decay") && journeys != null) {
					results.add(new TimeDecayModel(settings.halfLife(), settings.touchInterval()).attribute(journeys));
				}
				else {
					results.add(model(name, settings).attribute(paths));
				}
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException(name + ": " + ex.getMessage(), ex);
			}
		}
		return results;
	}

	/**
	 * The models' parameters.
	 *
	 * @param markovOrder the Markov chain's order, 1..4
	 * @param halfLife time decay's half-life, positive
	 * @param touchInterval time decay's spacing assumed between the touches of an
	 * aggregated path
	 * @param directChannel the channel last-non-direct passes over
	 * @param shapleyWorth the coalition worth of the Shapley model
	 * @param position the position-based model with its shares
	 */
	public record Settings(int markovOrder, Duration halfLife, Duration touchInterval, String directChannel,
			ShapleyModel.Worth shapleyWorth, PositionBasedModel position) {

		public Settings {
			if (markovOrder < 1 || markovOrder > 4) {
				throw new IllegalArgumentException("the Markov order must be 1..4: " + markovOrder);
			}
			Objects.requireNonNull(halfLife, "halfLife");
			if (halfLife.isZero() || halfLife.isNegative()) {
				throw new IllegalArgumentException("the half-life must be positive: " + halfLife);
			}
			Objects.requireNonNull(touchInterval, "touchInterval");
			Objects.requireNonNull(directChannel, "directChannel");
			Objects.requireNonNull(shapleyWorth, "shapleyWorth");
			Objects.requireNonNull(position, "position");
		}

		/**
		 * The command line's defaults: Markov order 1, half-life 7 days, touches a day
		 * apart, {@code direct}, Shapley over conversions, position 40/20/40.
		 */
		public static Settings defaults() {
			return new Settings(1, TimeDecayModel.DEFAULT_HALF_LIFE, TimeDecayModel.DEFAULT_TOUCH_INTERVAL,
					LastNonDirectModel.DEFAULT_DIRECT_CHANNEL, ShapleyModel.Worth.CONVERSIONS,
					new PositionBasedModel());
		}

		/** These settings with another Markov order. */
		public Settings withMarkovOrder(int order) {
			return new Settings(order, this.halfLife, this.touchInterval, this.directChannel, this.shapleyWorth,
					this.position);
		}

	}

}
