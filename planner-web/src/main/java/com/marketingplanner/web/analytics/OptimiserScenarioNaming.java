package com.marketingplanner.web.analytics;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.marketingplanner.analytics.optimiser.PowerCurve;
import com.marketingplanner.domain.analytics.OptimiserScenarioService.Naming;
import com.marketingplanner.domain.analytics.OptimiserService.Curve;
import com.marketingplanner.domain.analytics.OptimiserService.Optimisation;
import com.marketingplanner.domain.budget.BudgetFigure;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Names a budget scenario saved from the optimiser so that a person recognises it in the
 * list of scenarios: the model (the kinds of response curve fitted, the ROI floor) and
 * when it was saved, e.g. "Optimiser split 2026-11-30 14:05 (power response curves, ROI
 * floor 1.2)"; the description states the expected returns. A name the person typed wins
 * over the generated one.
 */
@Component
class OptimiserScenarioNaming {

	private static final DateTimeFormatter SAVED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final MessageSource messages;

	private final AnalyticsFormat format;

	private final Clock clock;

	OptimiserScenarioNaming(MessageSource messages, AnalyticsFormat format, Optional<Clock> clock) {
		this.messages = messages;
		this.format = format;
		this.clock = clock.orElse(Clock.systemDefaultZone());
	}

	/**
	 * The naming for a recommendation; blank {@code name}/{@code description} are
	 * generated.
	 */
	Naming of(Optimisation optimisation, String name, String description) {
		String savedAt = SAVED_AT.format(LocalDateTime.now(this.clock));
		String floor = (optimisation.roiFloor() != null) ? text("analytics.optimiser.scenario.floor",
				BudgetFigure.plainRatio(java.math.BigDecimal.valueOf(optimisation.roiFloor()))) : "";
		String generatedName = text("analytics.optimiser.scenario.name", savedAt, text(model(optimisation)) + floor);
		var allocation = optimisation.allocation();
		String generatedDescription = text("analytics.optimiser.scenario.description", savedAt,
				this.format.money(allocation.currentReturn(), optimisation.currency()),
				this.format.money(allocation.recommendedReturn(), optimisation.currency()));
		return new Naming((name != null && !name.isBlank()) ? name.strip() : generatedName,
				(description != null && !description.isBlank()) ? description.strip() : generatedDescription);
	}

	private static String model(Optimisation optimisation) {
		Set<Boolean> power = optimisation.curves()
			.stream()
			.map(Curve::curve)
			.map((curve) -> curve instanceof PowerCurve)
			.collect(Collectors.toSet());
		if (power.size() > 1) {
			return "analytics.optimiser.scenario.model.mixed";
		}
		return power.contains(Boolean.TRUE) ? "analytics.optimiser.scenario.model.power"
				: "analytics.optimiser.scenario.model.saturation";
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

}
