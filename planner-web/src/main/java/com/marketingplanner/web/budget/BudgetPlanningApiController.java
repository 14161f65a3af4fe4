package com.marketingplanner.web.budget;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;

import com.marketingplanner.domain.budget.BudgetComparison;
import com.marketingplanner.domain.budget.BudgetPeriod;
import com.marketingplanner.domain.budget.BudgetPeriodCommand;
import com.marketingplanner.domain.budget.BudgetPeriodService;
import com.marketingplanner.domain.budget.BudgetScenario;
import com.marketingplanner.domain.budget.BudgetScenarioCommand;
import com.marketingplanner.domain.budget.BudgetScenarioService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A plan's budget periods and budget scenarios (alternatives compared side by side). */
@RestController
@RequestMapping("/api/v1/plans/{planId}/budget")
@Tag(name = "Budget periods and scenarios",
		description = "Budgets per period inside a plan; named budget alternatives compared with the plan")
class BudgetPlanningApiController {

	private final BudgetPeriodService periods;

	private final BudgetScenarioService scenarios;

	BudgetPlanningApiController(BudgetPeriodService periods, BudgetScenarioService scenarios) {
		this.periods = periods;
		this.scenarios = scenarios;
	}

	@GetMapping("/periods")
	@Operation(summary = "The plan's budget periods in date order, each with its monthly budget")
	List<PeriodResponse> periods(@PathVariable long planId) {
		return this.periods.all(planId).stream().map(PeriodResponse::from).toList();
	}

	@PostMapping("/periods")
	@Operation(summary = "Add a budget period (a year inside a multi-year plan) with its budget")
	ResponseEntity<PeriodResponse> addPeriod(@PathVariable long planId,
			@Valid @RequestBody BudgetPeriodCommand command) {
		BudgetPeriod period = this.periods.add(planId, command);
		return ResponseEntity.created(URI.create("/api/v1/plans/" + planId + "/budget/periods/" + period.getId()))
			.body(PeriodResponse.from(period));
	}

	@GetMapping("/periods/{periodId}")
	@Operation(summary = "One budget period with its monthly budget")
	PeriodResponse period(@PathVariable long planId, @PathVariable long periodId) {
		return PeriodResponse.from(this.periods.get(planId, periodId));
	}

	@PutMapping("/periods/{periodId}")
	@Operation(summary = "Edit a budget period (optimistic locking: the version read)")
	PeriodResponse updatePeriod(@PathVariable long planId, @PathVariable long periodId,
			@Valid @RequestBody BudgetPeriodCommand command) {
		return PeriodResponse.from(this.periods.update(planId, periodId, command));
	}

	@DeleteMapping("/periods/{periodId}")
	@Operation(summary = "Delete a budget period")
	ResponseEntity<Void> deletePeriod(@PathVariable long planId, @PathVariable long periodId,
			@RequestParam long version) {
		this.periods.delete(planId, periodId, version);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/scenarios")
	@Operation(summary = "The plan's budget scenarios")
	List<ScenarioResponse> scenarios(@PathVariable long planId) {
		return this.scenarios.all(planId).stream().map(ScenarioResponse::from).toList();
	}

	@GetMapping("/scenarios/compare")
	@Operation(summary = "The plan's budget and every scenario side by side, under the same budget check")
	BudgetComparison compare(@PathVariable long planId) {
		return this.scenarios.compare(planId);
	}

	@PostMapping("/scenarios")
	@Operation(summary = "Save a scenario as a draft to review: another total and/or amounts for some lines")
	ResponseEntity<ScenarioResponse> addScenario(@PathVariable long planId,
			@Valid @RequestBody BudgetScenarioCommand command) {
		BudgetScenario scenario = this.scenarios.create(planId, command);
		return ResponseEntity.created(URI.create("/api/v1/plans/" + planId + "/budget/scenarios/" + scenario.getId()))
			.body(ScenarioResponse.from(scenario));
	}

	@GetMapping("/scenarios/{scenarioId}")
	@Operation(summary = "One budget scenario")
	ScenarioResponse scenario(@PathVariable long planId, @PathVariable long scenarioId) {
		return ScenarioResponse.from(this.scenarios.get(planId, scenarioId));
	}

	@PutMapping("/scenarios/{scenarioId}")
	@Operation(summary = "Edit a budget scenario (optimistic locking: the version read)")
	ScenarioResponse updateScenario(@PathVariable long planId, @PathVariable long scenarioId,
			@Valid @RequestBody BudgetScenarioCommand command) {
		return ScenarioResponse.from(this.scenarios.update(planId, scenarioId, command));
	}

	@PostMapping("/scenarios/{scenarioId}/adopt")
	@Operation(summary = "Write the scenario into the plan's budget (its total and line amounts)")
	ScenarioResponse adopt(@PathVariable long planId, @PathVariable long scenarioId, @RequestParam long version) {
		return ScenarioResponse.from(this.scenarios.adopt(planId, scenarioId, version));
	}

	@PostMapping("/scenarios/{scenarioId}/discard")
	@Operation(summary = "Set the scenario aside (discarded=true) or take it back for review (discarded=false)")
	ScenarioResponse discard(@PathVariable long planId, @PathVariable long scenarioId, @RequestParam long version,
			@RequestParam(defaultValue = "true") boolean discarded) {
		return ScenarioResponse.from(this.scenarios.discard(planId, scenarioId, version, discarded));
	}

	@DeleteMapping("/scenarios/{scenarioId}")
	@Operation(summary = "Delete a budget scenario")
	ResponseEntity<Void> deleteScenario(@PathVariable long planId, @PathVariable long scenarioId,
			@RequestParam long version) {
		this.scenarios.delete(planId, scenarioId, version);
		return ResponseEntity.noContent().build();
	}

	/** A budget period with its monthly budget (amount ÷ months). */
	record PeriodResponse(long id, String name, LocalDate startDate, LocalDate endDate, BigDecimal amount,
			BigDecimal monthlyBudget, String note, long version) {

		static PeriodResponse from(BudgetPeriod period) {
			return new PeriodResponse(period.getId(), period.getName(), period.getStartDate(), period.getEndDate(),
					period.getAmount(), period.monthlyBudget(), period.getNote(), period.getVersion());
		}

	}

}
