package com.marketingplanner.web.risk;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;

import com.marketingplanner.domain.risk.CrisisLevel;
import com.marketingplanner.domain.risk.CrisisLevelCommand;
import com.marketingplanner.domain.risk.CrisisPlaybookService;
import com.marketingplanner.domain.risk.RiskScenario;
import com.marketingplanner.domain.risk.RiskScenarioCommand;
import com.marketingplanner.domain.risk.RiskScenarioService;
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

/** A plan's crisis playbook and the scenario library of its risks. */
@RestController
@RequestMapping("/api/v1/plans/{planId}")
@Tag(name = "Crisis playbook and scenarios",
		description = "Crisis levels (criteria, actions, owner, response and resolution times) and risk scenarios")
class PlaybookApiController {

	private final CrisisPlaybookService playbook;

	private final RiskScenarioService scenarios;

	PlaybookApiController(CrisisPlaybookService playbook, RiskScenarioService scenarios) {
		this.playbook = playbook;
		this.scenarios = scenarios;
	}

	@GetMapping("/crisis-levels")
	@Operation(summary = "The playbook's levels, most severe first")
	List<CrisisLevelResponse> levels(@PathVariable long planId) {
		return this.playbook.levels(planId).stream().map(CrisisLevelResponse::from).toList();
	}

	@GetMapping("/crisis-levels/{levelId}")
	@Operation(summary = "One crisis level")
	CrisisLevelResponse level(@PathVariable long planId, @PathVariable long levelId) {
		return CrisisLevelResponse.from(this.playbook.get(planId, levelId));
	}

	@PostMapping("/crisis-levels")
	@Operation(summary = "Add a crisis level: criteria, actions, owner, response and resolution times")
	ResponseEntity<CrisisLevelResponse> addLevel(@PathVariable long planId,
			@Valid @RequestBody CrisisLevelCommand command) {
		CrisisLevel level = this.playbook.add(planId, command);
		return ResponseEntity.created(URI.create("/api/v1/plans/" + planId + "/crisis-levels/" + level.getId()))
			.body(CrisisLevelResponse.from(level));
	}

	@PutMapping("/crisis-levels/{levelId}")
	@Operation(summary = "Edit a crisis level (optimistic locking: the version read)")
	CrisisLevelResponse updateLevel(@PathVariable long planId, @PathVariable long levelId,
			@Valid @RequestBody CrisisLevelCommand command) {
		return CrisisLevelResponse.from(this.playbook.update(planId, levelId, command));
	}

	@DeleteMapping("/crisis-levels/{levelId}")
	@Operation(summary = "Delete a crisis level (risks linked to it lose the link)")
	ResponseEntity<Void> deleteLevel(@PathVariable long planId, @PathVariable long levelId,
			@RequestParam long version) {
		this.playbook.delete(planId, levelId, version);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/risk-scenarios")
	@Operation(summary = "The scenario library of the plan's risks, in its order")
	List<RiskScenarioResponse> scenarios(@PathVariable long planId) {
		return this.scenarios.all(planId).stream().map(RiskScenarioResponse::from).toList();
	}

	@GetMapping("/risk-scenarios/{scenarioId}")
	@Operation(summary = "One scenario of the library")
	RiskScenarioResponse scenario(@PathVariable long planId, @PathVariable long scenarioId) {
		return RiskScenarioResponse.from(this.scenarios.get(planId, scenarioId));
	}

	@PostMapping("/risk-scenarios")
	@Operation(summary = "Add a scenario: prepared responses and a backup channel, optionally filed under a risk")
	ResponseEntity<RiskScenarioResponse> addScenario(@PathVariable long planId,
			@Valid @RequestBody RiskScenarioCommand command) {
		RiskScenario scenario = this.scenarios.add(planId, command);
		return ResponseEntity.created(URI.create("/api/v1/plans/" + planId + "/risk-scenarios/" + scenario.getId()))
			.body(RiskScenarioResponse.from(scenario));
	}

	@PutMapping("/risk-scenarios/{scenarioId}")
	@Operation(summary = "Edit a scenario (optimistic locking: the version read)")
	RiskScenarioResponse updateScenario(@PathVariable long planId, @PathVariable long scenarioId,
			@Valid @RequestBody RiskScenarioCommand command) {
		return RiskScenarioResponse.from(this.scenarios.update(planId, scenarioId, command));
	}

	@DeleteMapping("/risk-scenarios/{scenarioId}")
	@Operation(summary = "Delete a scenario")
	ResponseEntity<Void> deleteScenario(@PathVariable long planId, @PathVariable long scenarioId,
			@RequestParam long version) {
		this.scenarios.delete(planId, scenarioId, version);
		return ResponseEntity.noContent().build();
	}

}
