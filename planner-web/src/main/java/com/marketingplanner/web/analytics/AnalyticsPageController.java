package com.marketingplanner.web.analytics;

import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

import com.marketingplanner.domain.analytics.AttributionService;
import com.marketingplanner.domain.analytics.AttributionService.Attribution;
import com.marketingplanner.domain.analytics.BudgetBoardService;
import com.marketingplanner.domain.analytics.BudgetBoardService.BudgetBoard;
import com.marketingplanner.domain.analytics.BudgetBoardService.LineRow;
import com.marketingplanner.domain.analytics.ForecastService;
import com.marketingplanner.domain.analytics.FunnelService;
import com.marketingplanner.domain.analytics.OptimiserScenarioService;
import com.marketingplanner.domain.analytics.OptimiserService;
import com.marketingplanner.domain.analytics.RoiService;
import com.marketingplanner.domain.channel.ChannelService;
import com.marketingplanner.domain.marketingdata.MarketingData;
import com.marketingplanner.domain.plan.PlanReferences;
import com.marketingplanner.domain.plan.PlanService;
import com.marketingplanner.domain.shared.BusinessRuleViolation;
import com.marketingplanner.web.page.RowPage;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The analytics pages of a plan, twins of {@link AnalyticsApiController}: the same
 * parameters (a bad one is shown next to the parameter form instead of a result), the
 * same services, the same numbers in tables, each with its "how computed" line and when
 * it was computed.
 */
@Controller
@RequestMapping("/plans/{planId}/analytics")
class AnalyticsPageController {

	static final int BOARD_LINES_PER_PAGE = 250;

	private final PlanService plans;

	private final ChannelService channels;

	private final PlanReferences references;

	private final MarketingData data;

	private final AnalyticsParameters parameters;

	private final AnalyticsTexts texts;

	private final MessageSource messages;

	private final AttributionService attribution;

	private final FunnelService funnels;

	private final RoiService roi;

	private final BudgetBoardService board;

	private final OptimiserService optimiser;

	private final ForecastService forecasts;

	private final OptimiserScenarioService optimiserScenarios;

	private final OptimiserScenarioNaming scenarioNaming;

	AnalyticsPageController(PlanService plans, ChannelService channels, PlanReferences references, MarketingData data,
			AnalyticsParameters parameters, AnalyticsTexts texts, MessageSource messages,
			AttributionService attribution, FunnelService funnels, RoiService roi, BudgetBoardService board,
			OptimiserService optimiser, ForecastService forecasts, OptimiserScenarioService optimiserScenarios,
			OptimiserScenarioNaming scenarioNaming) {
		this.plans = plans;
		this.channels = channels;
		this.references = references;
		this.data = data;
		this.parameters = parameters;
		this.texts = texts;
		this.messages = messages;
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
	String attribution(@PathVariable long planId, @RequestParam(required = false) String models,
			@RequestParam(required = false) Integer markovOrder, @RequestParam(required = false) String lookback,
			@RequestParam(required = false) List<String> channel, Model model) {
		prepare(planId, model);
		model.addAttribute("form", new AttributionForm(models, markovOrder, lookback, channel));
		compute(model, () -> {
			Attribution result = this.attribution.attribute(planId, this.parameters.models(models),
					this.parameters.markovOrder(markovOrder),
					this.parameters.duration("lookback", lookback, AnalyticsParameters.DEFAULT_LOOKBACK),
					this.parameters.channels(channel));
			model.addAttribute("view", AttributionView.of(result));
			return this.texts.attribution(result);
		});
		return "analytics/attribution";
	}

	@GetMapping("/funnel")
	String funnel(@PathVariable long planId, @RequestParam(required = false) String steps,
			@RequestParam(required = false) String window, @RequestParam(required = false) String order,
			@RequestParam(required = false) String breakdown, @RequestParam(required = false) String breakdownFrom,
			@RequestParam(required = false) List<String> channel, Model model) {
		prepare(planId, model);
		model.addAttribute("form", new FunnelForm(steps, window, order, breakdown, breakdownFrom, channel));
		if (steps != null && !steps.isBlank()) {
			compute(model, () -> {
				var spec = this.parameters.funnel(steps, window, order, breakdown, breakdownFrom);
				model.addAttribute("funnel", FunnelResponse.from(this.funnels.events(planId, spec), ""));
				return this.texts.funnel(spec);
			});
		}
		try {
			model.addAttribute("counts", CountFunnelResponse
				.from(this.funnels.counts(planId, this.parameters.channels(channel)), this.texts.countFunnel()));
		}
		catch (BusinessRuleViolation ex) {
			reject(model, ex);
		}
		return "analytics/funnel";
	}

	@GetMapping("/roi")
	String roi(@PathVariable long planId, @RequestParam(required = false) List<String> channel, Model model) {
		prepare(planId, model);
		model.addAttribute("form", new FunnelForm(null, null, null, null, null, channel));
		compute(model, () -> {
			model.addAttribute("roi", RoiResponse.from(this.roi.roi(planId, this.parameters.channels(channel)), ""));
			return this.texts.roi();
		});
		return "analytics/roi";
	}

	@GetMapping("/budget-board")
	String budgetBoard(@PathVariable long planId, @RequestParam(name = "lines", defaultValue = "1") int linePage,
			Model model) {
		prepare(planId, model);
		BudgetBoard board = this.board.board(planId);
		model.addAttribute("board", board);
		model.addAttribute("shownLines", shownLines(board.lines(), linePage));
		model.addAttribute("howComputed", this.texts.board());
		return "analytics/budget-board";
	}

	/**
	 * The board's line table shows {@value #BOARD_LINES_PER_PAGE} lines a page in tree
	 * order (page {@code asked}, 1-based, clamped to the pages there are), so a plan with
	 * a thousand lines stays a light page; the summary, the chart and the channel table
	 * still cover every line.
	 */
	static RowPage<LineRow> shownLines(List<LineRow> lines, int asked) {
		return RowPage.of(lines, BOARD_LINES_PER_PAGE, asked);
	}

	@GetMapping("/optimiser")
	String optimiser(@PathVariable long planId, Model model) {
		prepare(planId, model);
		model.addAttribute("optimisation", OptimiserResponse.from(this.optimiser.optimise(planId), ""));
		model.addAttribute("howComputed", this.texts.optimiser());
		return "analytics/optimiser";
	}

	/**
	 * Saves the recommendation as a draft budget scenario and lands on the scenarios
	 * page, where it is compared with the plan; without a recommendation the optimiser
	 * page says why.
	 */
	@PostMapping("/optimiser/scenarios")
	String saveOptimiserScenario(@PathVariable long planId, RedirectAttributes redirect) {
		try {
			var scenario = this.optimiserScenarios.saveRecommendation(planId,
					(optimisation) -> this.scenarioNaming.of(optimisation, null, null));
			redirect.addFlashAttribute("flash", "analytics.optimiser.scenario.saved");
			redirect.addFlashAttribute("flashArgs", scenario.getName());
			return "redirect:/plans/" + planId + "/budget/scenarios#scenario-" + scenario.getId();
		}
		catch (BusinessRuleViolation ex) {
			redirect.addFlashAttribute("flash", ex.messageKey());
			return "redirect:/plans/" + planId + "/analytics/optimiser";
		}
	}

	@GetMapping("/forecast")
	String forecast(@PathVariable long planId, @RequestParam(required = false) String metric,
			@RequestParam(required = false) Long kpiId, @RequestParam(required = false) Integer season,
			@RequestParam(required = false) Integer horizon, @RequestParam(required = false) List<String> channel,
			Model model) {
		prepare(planId, model);
		model.addAttribute("form", new ForecastForm(metric, kpiId, season, horizon, channel));
		model.addAttribute("kpis", this.references.kpiNames(planId));
		compute(model, () -> {
			ForecastQuery query = ForecastQuery.of(this.parameters, metric, kpiId, season, horizon, channel);
			model.addAttribute("forecast", ForecastResponse.from(query.run(this.forecasts, planId), query.kpiId(), ""));
			return this.texts.forecast(query);
		});
		return "analytics/forecast";
	}

	/**
	 * The plan, the channel choices, and when the page's results that are computed for
	 * every request (not cached) were computed: now, from the current data version.
	 */
	private void prepare(long planId, Model model) {
		model.addAttribute("plan", this.plans.get(planId));
		model.addAttribute("channels", this.channels.all());
		model.addAttribute("computedNow", new ComputedNow(Instant.now(), this.data.version().version()));
	}

	/**
	 * Runs a computation that reads parameters; a bad parameter is put on the page
	 * (attribute {@code parameterError}) instead of a result.
	 */
	private void compute(Model model, Supplier<String> computation) {
		try {
			model.addAttribute("howComputed", computation.get());
		}
		catch (BusinessRuleViolation ex) {
			reject(model, ex);
		}
	}

	private void reject(Model model, BusinessRuleViolation ex) {
		model.addAttribute("parameterError", ex.field());
		model.addAttribute("parameterErrorText", this.messages.getMessage(ex.messageKey(), ex.arguments(),
				ex.getMessage(), LocaleContextHolder.getLocale()));
	}

	/**
	 * When a page's result was computed for this request and from which version of the
	 * marketing data.
	 */
	public record ComputedNow(Instant at, long dataVersion) {
	}

	/** The attribution page's parameters as sent, to fill the form again. */
	public record AttributionForm(String models, Integer markovOrder, String lookback, List<String> channel) {
	}

	/** The funnel (and ROI) page's parameters as sent. */
	public record FunnelForm(String steps, String window, String order, String breakdown, String breakdownFrom,
			List<String> channel) {
	}

	/** The forecast page's parameters as sent. */
	public record ForecastForm(String metric, Long kpiId, Integer season, Integer horizon, List<String> channel) {
	}

}
