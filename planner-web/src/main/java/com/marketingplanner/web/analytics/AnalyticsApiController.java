package com.marketingplanner.web.analytics;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;

import com.marketingplanner.domain.analytics.AttributionService;
import com.marketingplanner.domain.analytics.AttributionService.Attribution;
import com.marketingplanner.domain.analytics.BudgetBoardService;
import com.marketingplanner.domain.analytics.BudgetBoardService.BudgetBoard;
import com.marketingplanner.domain.analytics.FunnelService;
import com.marketingplanner.domain.analytics.ForecastService;
import com.marketingplanner.domain.analytics.OptimiserScenarioService;
import com.marketingplanner.domain.analytics.OptimiserService;
import com.marketingplanner.domain.analytics.RoiService;
import com.marketingplanner.domain.analytics.RoiService.RoiReport;
import com.marketingplanner.domain.budget.BudgetScenario;
import com.marketingplanner.web.budget.ScenarioResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The analytics of a plan over REST: the twins of the plan's analytics pages, computed by
 * the same services from the stored marketing data of the plan's period. A bad parameter
 * is a 400 problem naming it.
 */
@RestController
@RequestMapping("/api/v1/plans/{planId}/analytics")
@Tag(name = "Analytics", description = "Attribution, funnels, ROI, budget board, optimiser and forecast of a plan "
		+ "from the stored marketing data of its period")
class AnalyticsApiController {

	private final AnalyticsParameters parameters;

	private final AnalyticsTexts texts;

	private final AttributionService attribution;

	private final FunnelService funnels;

	private final RoiService roi;

	private final BudgetBoardService board;

	private final OptimiserService optimiser;

	private final ForecastService forecasts;

	private final OptimiserScenarioService optimiserScenarios;

	private final OptimiserScenarioNaming scenarioNaming;

	AnalyticsApiController(AnalyticsParameters parameters, AnalyticsTexts texts, AttributionService attribution,
			FunnelService funnels, RoiService roi, BudgetBoardService board, OptimiserService optimiser,
			ForecastService forecasts, OptimiserScenarioService optimiserScenarios,
			OptimiserScenarioNaming scenarioNaming) {
		this.parameters = parameters;
		this.texts = texts;
		this.attribution = attribution;
		this.funnels = funnels;
		this.roi = roi;
		this.board = board;
		this.optimiser = optimiser;
		this.forecasts = forecasts;
		this.optimiserScenarios = optimiserScenarios;
		this.scenarioNaming = scenarioNaming;
	}

	@GetMapping("/attribution")
	@Operation(summary = "Multi-touch attribution of the plan's period: every model side by side, with each channel's "
			+ "ROI under each model when its spend is known (cached per data version)")
	AttributionResponse attribution(@PathVariable long planId,
			@Parameter(description = "comma-separated: first,last,last-non-direct,linear,time-decay,position,"
					+ "w-shaped,markov,shapley (default all)") @RequestParam(required = false) String models,
			@Parameter(description = "1..4, default 1") @RequestParam(required = false) Integer markovOrder,
			@Parameter(description = "journey lookback window, ISO-8601 (P30D) or 30d; default P30D") @RequestParam(
					required = false) String lookback,
			@Parameter(description = "channel codes to keep (repeat or comma-separate); default all") @RequestParam(
					required = false) List<String> channel) {
		Attribution result = this.attribution.attribute(planId, this.parameters.models(models),
				this.parameters.markovOrder(markovOrder),
				this.parameters.duration("lookback", lookback, AnalyticsParameters.DEFAULT_LOOKBACK),
				this.parameters.channels(channel));
		return AttributionResponse.from(result, this.texts.attribution(result));
	}

	@GetMapping("/funnel")
	@Operation(summary = "Ordered event funnel of the plan's period: users reaching each step within the window "
			+ "(cached per data version)")
	FunnelResponse funnel(@PathVariable long planId,
			@Parameter(description = "comma-separated event names, e.g. view,cart,pay") @RequestParam(
					required = false) String steps,
			@Parameter(
					description = "conversion window from step 1, ISO-8601 (P14D) or 14d; default P14D") @RequestParam(
							required = false) String window,
			@Parameter(description = "loose (default), strict or any") @RequestParam(required = false) String order,
			@Parameter(description = "property: break down by the events' property") @RequestParam(
					required = false) String breakdown,
			@Parameter(
					description = "first (default) or reached: which event supplies the breakdown value") @RequestParam(
							required = false) String breakdownFrom) {
		var spec = this.parameters.funnel(steps, window, order, breakdown, breakdownFrom);
		return FunnelResponse.from(this.funnels.events(planId, spec), this.texts.funnel(spec));
	}

	@GetMapping("/funnel/counts")
	@Operation(summary = "Funnel of the channel actuals' counts impressions → clicks → visits → orders over the "
			+ "plan's period")
	CountFunnelResponse countFunnel(@PathVariable long planId, @Parameter(
			description = "channel codes to keep; default all") @RequestParam(required = false) List<String> channel) {
		return CountFunnelResponse.from(this.funnels.counts(planId, this.parameters.channels(channel)),
				this.texts.countFunnel());
	}

	@GetMapping("/roi")
	@Operation(summary = "ROI by channel and month: planned vs actual spend, revenue, ROI, ROAS (1:x) and CAC")
	RoiResponse roi(@PathVariable long planId, @Parameter(
			description = "channel codes to show; default all") @RequestParam(required = false) List<String> channel) {
		RoiReport report = this.roi.roi(planId, this.parameters.channels(channel));
		return RoiResponse.from(report, this.texts.roi());
	}

	@GetMapping("/budget-board")
	@Operation(summary = "Budget execution board: planned vs spent per budget line and channel, red/amber/green "
			+ "against the plan's rules")
	BoardResponse budgetBoard(@PathVariable long planId) {
		BudgetBoard result = this.board.board(planId);
		return BoardResponse.from(result, this.texts.board());
	}

	@GetMapping("/optimiser")
	@Operation(summary = "Recommended split of the channel budget vs the current one under the plan's allocation "
			+ "rules, with the expected return of both")
	OptimiserResponse optimiser(@PathVariable long planId) {
		return OptimiserResponse.from(this.optimiser.optimise(planId), this.texts.optimiser());
	}

	@PostMapping("/optimiser/scenarios")
	@Operation(summary = "Save the optimiser's recommended split as a new draft budget scenario to review "
			+ "(compare and adopt it under /budget/scenarios); the body's name and description are optional")
	ResponseEntity<ScenarioResponse> saveOptimiserScenario(@PathVariable long planId,
			@Valid @RequestBody(required = false) OptimiserScenarioRequest request) {
		OptimiserScenarioRequest given = (request != null) ? request : new OptimiserScenarioRequest(null, null);
		BudgetScenario scenario = this.optimiserScenarios.saveRecommendation(planId,
				(optimisation) -> this.scenarioNaming.of(optimisation, given.name(), given.description()));
		return ResponseEntity.created(URI.create("/api/v1/plans/" + planId + "/budget/scenarios/" + scenario.getId()))
			.body(ScenarioResponse.from(scenario));
	}

	@GetMapping("/forecast")
	@Operation(summary = "Forecast of revenue or of a measured KPI with conservative, neutral and optimistic scenarios")
	ForecastResponse forecast(@PathVariable long planId,
			@Parameter(description = "revenue (default) or kpi") @RequestParam(required = false) String metric,
			@Parameter(description = "the KPI to forecast (metric=kpi)") @RequestParam(required = false) Long kpiId,
			@Parameter(
					description = "observations per season (KPIs: 2..52; revenue is daily with a 7-day season)") @RequestParam(
							required = false) Integer season,
			@Parameter(description = "steps to forecast, 1..366") @RequestParam(required = false) Integer horizon,
			@Parameter(description = "channel codes for revenue; default all") @RequestParam(
					required = false) List<String> channel) {
		ForecastQuery query = ForecastQuery.of(this.parameters, metric, kpiId, season, horizon, channel);
		return ForecastResponse.from(query.run(this.forecasts, planId), query.kpiId(), this.texts.forecast(query));
	}

}
