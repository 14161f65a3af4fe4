package com.marketingplanner.web.driver;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

import com.marketingplanner.domain.driver.FormulaCheck;
import com.marketingplanner.domain.driver.KpiFormula;
import com.marketingplanner.domain.driver.KpiFormulaCommand;
import com.marketingplanner.domain.driver.KpiFormulaService;
import com.marketingplanner.domain.driver.PlanMix;
import com.marketingplanner.domain.driver.PlanMixCommand;
import com.marketingplanner.domain.driver.PlanMixService;
import com.marketingplanner.domain.driver.WhatIfCommand;
import com.marketingplanner.domain.driver.WhatIfResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A plan's driver trees (KPI formulas), the what-if over them, and its mixes. */
@RestController
@Validated
@RequestMapping("/api/v1/plans/{planId}/drivers")
@Tag(name = "Driver trees and mixes",
		description = "KPI targets as products of other KPIs, checked against the stated targets; what-if; "
				+ "mixes of shares that must sum to 100 %")
class DriverApiController {

	private final KpiFormulaService formulas;

	private final PlanMixService mixes;

	DriverApiController(KpiFormulaService formulas, PlanMixService mixes) {
		this.formulas = formulas;
		this.mixes = mixes;
	}

	@GetMapping("/formulas")
	@Operation(summary = "The plan's KPI formulas, each checked against its KPI's stated target")
	List<FormulaCheck> checks(@PathVariable long planId) {
		return this.formulas.check(planId);
	}

	@PostMapping("/formulas")
	@Operation(summary = "Define a KPI's target as a product or quotient of other KPIs of the plan and constants")
	ResponseEntity<FormulaResponse> addFormula(@PathVariable long planId,
			@Valid @RequestBody KpiFormulaCommand command) {
		KpiFormula formula = this.formulas.create(planId, command);
		return ResponseEntity.created(URI.create("/api/v1/plans/" + planId + "/drivers/formulas/" + formula.getId()))
			.body(FormulaResponse.from(formula));
	}

	@GetMapping("/formulas/{formulaId}")
	@Operation(summary = "One KPI formula with its factors")
	FormulaResponse formula(@PathVariable long planId, @PathVariable long formulaId) {
		return FormulaResponse.from(this.formulas.get(planId, formulaId));
	}

	@PutMapping("/formulas/{formulaId}")
	@Operation(summary = "Edit a KPI formula (optimistic locking: the version read)")
	FormulaResponse updateFormula(@PathVariable long planId, @PathVariable long formulaId,
			@Valid @RequestBody KpiFormulaCommand command) {
		return FormulaResponse.from(this.formulas.update(planId, formulaId, command));
	}

	@DeleteMapping("/formulas/{formulaId}")
	@Operation(summary = "Delete a KPI formula (the KPIs stay)")
	ResponseEntity<Void> deleteFormula(@PathVariable long planId, @PathVariable long formulaId,
			@RequestParam long version) {
		this.formulas.delete(planId, formulaId, version);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/what-if")
	@Operation(summary = "Move one driver (to a level or by a percentage) and see every dependent KPI's target move; "
			+ "nothing is saved")
	WhatIfResult whatIf(@PathVariable long planId, @RequestParam @NotNull Long driverKpiId,
			@RequestParam(defaultValue = "BY_PERCENT") WhatIfCommand.Change change,
			@RequestParam @NotNull @Digits(integer = 24, fraction = 6) BigDecimal value) {
		return this.formulas.whatIf(planId, new WhatIfCommand(driverKpiId, change, value, null));
	}

	@PostMapping("/what-if")
	@Operation(summary = "Apply a what-if as the new targets of the driver and its dependents (one transaction; "
			+ "the versions read of every moved KPI)")
	WhatIfResult applyWhatIf(@PathVariable long planId, @Valid @RequestBody WhatIfCommand command) {
		return this.formulas.apply(planId, command);
	}

	@GetMapping("/mixes")
	@Operation(summary = "The plan's mixes, each with the check whether its shares sum to 100 %")
	List<MixResponse> mixes(@PathVariable long planId) {
		return this.mixes.all(planId).stream().map(MixResponse::from).toList();
	}

	@PostMapping("/mixes")
	@Operation(summary = "Add a mix: named shares of one base that must sum to 100 % (a share without a number "
			+ "is stated but illegible)")
	ResponseEntity<MixResponse> addMix(@PathVariable long planId, @Valid @RequestBody PlanMixCommand command) {
		PlanMix mix = this.mixes.create(planId, command);
		return ResponseEntity.created(URI.create("/api/v1/plans/" + planId + "/drivers/mixes/" + mix.getId()))
			.body(MixResponse.from(mix));
	}

	@GetMapping("/mixes/{mixId}")
	@Operation(summary = "One mix with its check")
	MixResponse mix(@PathVariable long planId, @PathVariable long mixId) {
		return MixResponse.from(this.mixes.get(planId, mixId));
	}

	@PutMapping("/mixes/{mixId}")
	@Operation(summary = "Edit a mix (optimistic locking: the version read)")
	MixResponse updateMix(@PathVariable long planId, @PathVariable long mixId,
			@Valid @RequestBody PlanMixCommand command) {
		return MixResponse.from(this.mixes.update(planId, mixId, command));
	}

	@DeleteMapping("/mixes/{mixId}")
	@Operation(summary = "Delete a mix")
	ResponseEntity<Void> deleteMix(@PathVariable long planId, @PathVariable long mixId, @RequestParam long version) {
		this.mixes.delete(planId, mixId, version);
		return ResponseEntity.noContent().build();
	}

}
