package com.marketingplanner.domain.analytics;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.marketingplanner.analytics.Figure;
import com.marketingplanner.analytics.attribution.AttributionResult;
import com.marketingplanner.analytics.attribution.ChannelCredit;
import com.marketingplanner.analytics.attribution.PositionBasedModel;
import com.marketingplanner.analytics.attribution.ShapleyModel;
import com.marketingplanner.analytics.attribution.TimeDecayModel;
import com.marketingplanner.analytics.cli.AttributionSettings;
import com.marketingplanner.analytics.io.CsvInputException;
import com.marketingplanner.analytics.journey.JourneyBuilder;
import com.marketingplanner.analytics.journey.Journeys;
import com.marketingplanner.analytics.journey.PathTable;
import com.marketingplanner.analytics.roi.ReturnRatios;
import com.marketingplanner.domain.budget.ChannelResult;
import com.marketingplanner.domain.budget.ChannelResults;
import com.marketingplanner.domain.marketingdata.DataKind;
import com.marketingplanner.domain.marketingdata.MarketingData;
import com.marketingplanner.domain.marketingdata.StoredPaths;
import com.marketingplanner.domain.plan.Plan;
import com.marketingplanner.domain.plan.PlanService;
import com.marketingplanner.domain.shared.BusinessRuleViolation;
import com.marketingplanner.domain.shared.DateRange;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Multi-touch attribution of a plan's period, all models side by side, computed by the
 * same code as the command line's {@code attribution} ({@link AttributionSettings}): the
 * stored touchpoints of the period (optionally only some channels) are split into
 * journeys with the lookback window and every model credits the conversions and their
 * value; time decay weighs the real touch times. When the period has no touchpoints but
 * path aggregates stored for periods inside it (issue 11, {@code kind=paths}), the models
 * run over those instead (the report says which source was used; a lookback does not
 * apply to aggregates, and neither does a channel filter). Credits are cached per data
 * version ({@link ResultCache}); the ROI each channel gets under each model is computed
 * on every request from the channel's actual spend ({@link ChannelResults}): ROI =
 * (credited value − spend) ÷ spend, ROAS = credited value ÷ spend.
 */
@Service
@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
public class AttributionService {

	/**
	 * Position-based 40/20/40, one instance: the settings record is part of the cache key
	 * and the model compares by identity.
	 */
	private static final PositionBasedModel POSITION = new PositionBasedModel();

	private final PlanService plans;

	private final MarketingData data;

	private final ResultCache cache;

	public AttributionService(PlanService plans, MarketingData data, ResultCache cache) {
		this.plans = plans;
		this.data = data;
		this.cache = cache;
	}

	/**
	 * The credits of the models for the plan's period.
	 * @param models model names of {@link AttributionSettings#MODELS}, in the order to
	 * show them
	 * @param markovOrder 1..4
	 * @param lookback the journey lookback window
	 * @param channels channel codes to keep, empty for all
	 * @throws BusinessRuleViolation on {@code models} when the data exceed what a model
	 * can do (e.g. too many channels for exact Shapley)
	 */
	public Attribution attribute(long planId, List<String> models, int markovOrder, Duration lookback,
			Set<String> channels) {
		return attribute(planId, this.plans.get(planId).period(), models, markovOrder, lookback, channels);
	}

	/**
	 * The credits of the models for some days of the plan (a quarter of its report), as
	 * {@link #attribute(long, List, int, Duration, Set)} computes them for the whole
	 * period.
	 * @param period days inside the plan period
	 */
	public Attribution attribute(long planId, DateRange period, List<String> models, int markovOrder, Duration lookback,
			Set<String> channels) {
		AttributionSettings settings = new AttributionSettings(models, markovOrder, lookback, POSITION,
				TimeDecayModel.DEFAULT_HALF_LIFE, TimeDecayModel.DEFAULT_TOUCH_INTERVAL, "direct",
				ShapleyModel.Worth.CONVERSIONS);
		Set<String> channelFilter = (channels != null) ? Set.copyOf(channels) : Set.of();
		Computed<Credits> credits = this.cache.get(new Key(planId, period, settings, channelFilter),
				this.data.version().version(), () -> credit(period, settings, channelFilter));
		Map<String, BigDecimal> spend = new HashMap<>();
		for (ChannelResult result : ChannelResults.byChannel(this.data.channelActuals(period, channelFilter),
				this.data.lineSpend(planId, period))) {
			if (result.spend() != null && (channelFilter.isEmpty() || channelFilter.contains(result.channel()))) {
				spend.put(result.channel(), result.spend());
			}
		}
		List<Row> rows = new ArrayList<>();
		for (AttributionResult result : credits.value().results()) {
			double total = result.totalConversions();
			for (ChannelCredit credit : result.credits()) {
				BigDecimal channelSpend = spend.get(credit.channel());
				Double roi = null;
				Double roas = null;
				if (channelSpend != null) {
					BigDecimal value = BigDecimal.valueOf(credit.value());
					roi = number(ReturnRatios.roi(value, channelSpend));
					roas = number(ReturnRatios.roas(value, channelSpend));
				}
				rows.add(new Row(result.model(), credit.channel(), credit.conversions(), credit.value(),
						(total > 0) ? credit.conversions() / total : null, channelSpend, roi, roas));
			}
		}
		return new Attribution(period, credits.value().source(), credits.value().aggregatePeriods(),
				credits.value().journeys(), rows, spend, credits.computedAt(), credits.dataVersion(), credits.cached());
	}

	private Credits credit(DateRange period, AttributionSettings settings, Set<String> channels) {
		boolean touchpoints = this.data.coverage(period)
			.stream()
			.anyMatch((coverage) -> coverage.kind() == DataKind.TOUCHPOINTS && coverage.rows() > 0);
		try {
			if (touchpoints) {
				Journeys journeys = new JourneyBuilder(settings.lookback())
					.build(this.data.touchpoints(period, channels));
				AttributionResult timeDecay = settings.includes("time-decay") ? settings.timeDecay().attribute(journeys)
						: null;
				return new Credits(Source.TOUCHPOINTS, List.of(), journeys.count(),
						settings.attribute(journeys.toPathTable(), timeDecay, "touchpoints"));
			}
			Optional<StoredPaths> stored = this.data.paths(period);
			if (stored.isPresent()) {
				PathTable paths = stored.get().paths();
				return new Credits(Source.PATH_AGGREGATES, stored.get().periods(),
						Math.round(paths.totalConversions() + paths.totalNulls()),
						settings.attribute(paths, null, "paths"));
			}
			return new Credits(Source.NONE, List.of(), 0, List.of());
		}
		catch (CsvInputException ex) {
			throw new BusinessRuleViolation("models", "error.analytics.model-failed",
					"A model cannot run on this data: " + ex.getMessage(), ex.getMessage());
		}
	}

	private static Double number(Figure figure) {
		return figure.isDefined() ? figure.orElseThrow() : null;
	}

	private record Key(long planId, DateRange period, AttributionSettings settings, Set<String> channels) {
	}

	private record Credits(Source source, List<DateRange> aggregatePeriods, long journeys,
			List<AttributionResult> results) {
	}

	/** Where the journeys came from. */
	public enum Source {

		/** The stored touchpoints of the period, split into journeys. */
		TOUCHPOINTS,

		/** Path aggregates stored for periods inside the plan's period. */
		PATH_AGGREGATES,

		/** No data for the period. */
		NONE

	}

	/**
	 * The attribution of a plan's period.
	 *
	 * @param source where the journeys came from
	 * @param aggregatePeriods the periods of the path aggregates used (source
	 * {@code PATH_AGGREGATES}), else empty
	 * @param journeys how many journeys were attributed (converting and not)
	 * @param rows one per model and channel, models in the order asked, channels by name
	 * @param spend the actual spend per channel used for ROI
	 */
	public record Attribution(DateRange period, Source source, List<DateRange> aggregatePeriods, long journeys,
			List<Row> rows, Map<String, BigDecimal> spend, Instant computedAt, long dataVersion, boolean cached) {
	}

	/**
	 * A channel's credit under a model.
	 *
	 * @param conversions conversions credited
	 * @param value conversion value credited
	 * @param share conversions ÷ the model's total conversions, {@code null} without
	 * conversions
	 * @param spend the channel's actual spend, {@code null} when none is known
	 * @param roi (value − spend) ÷ spend
	 * @param roas value ÷ spend
	 */
	public record Row(String model, String channel, double conversions, double value, Double share, BigDecimal spend,
			Double roi, Double roas) {
	}

}
