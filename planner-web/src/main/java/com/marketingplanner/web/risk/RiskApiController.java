package com.marketingplanner.web.risk;

import java.net.URI;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import com.marketingplanner.domain.risk.Risk;
import com.marketingplanner.domain.risk.RiskCommand;
import com.marketingplanner.domain.risk.RiskFilter;
import com.marketingplanner.domain.risk.RiskService;
import com.marketingplanner.domain.risk.RiskStatus;
import com.marketingplanner.domain.risk.RiskStatusCommand;
import com.marketingplanner.domain.risk.RiskStrategy;
import com.marketingplanner.web.api.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.data.domain.PageRequest;
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

@RestController
@RequestMapping("/api/v1/plans/{planId}/risks")
@Validated
@Tag(name = "Risks", description = "Risk register of a plan: score, expected impact, heat map")
class RiskApiController {

	private final RiskService risks;

	RiskApiController(RiskService risks) {
		this.risks = risks;
	}

	@GetMapping
	@Operation(summary = "The register by score (probability × impact) descending, unscored risks last; "
			+ "filtered by category, status or strategy")
	PageResponse<RiskResponse> list(@PathVariable long planId, @RequestParam(required = false) String category,
			@RequestParam(required = false) RiskStatus status, @RequestParam(required = false) RiskStrategy strategy,
			@RequestParam(defaultValue = "0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
		return PageResponse.of(
				this.risks.list(planId, new RiskFilter(category, status, strategy), PageRequest.of(page, size)),
				RiskResponse::from);
	}

	@GetMapping("/heat-map")
	@Operation(summary = "The 5×5 heat map (probability bucket × impact) of the whole register")
	HeatMapResponse heatMap(@PathVariable long planId) {
		return HeatMapResponse.from(this.risks.heatMap(planId));
	}

	@GetMapping("/{riskId}")
	@Operation(summary = "Read one risk of the register")
	RiskResponse get(@PathVariable long planId, @PathVariable long riskId) {
		return RiskResponse.from(this.risks.get(planId, riskId));
	}

	@PostMapping
	@Operation(summary = "Add a risk; probability (0–1) and impact (1–5) are optional")
	ResponseEntity<RiskResponse> add(@PathVariable long planId, @Valid @RequestBody RiskCommand command) {
		Risk risk = this.risks.add(planId, command);
		return ResponseEntity.created(URI.create("/api/v1/plans/" + planId + "/risks/" + risk.getId()))
			.body(RiskResponse.from(risk));
	}

	@PutMapping("/{riskId}")
	@Operation(summary = "Edit a risk (status included, optional); send the version you read (409 when stale)")
	RiskResponse update(@PathVariable long planId, @PathVariable long riskId, @Valid @RequestBody RiskCommand command) {
		return RiskResponse.from(this.risks.update(planId, riskId, command));
	}

	@PostMapping("/{riskId}/status")
	@Operation(summary = "Move a risk along its life cycle (IDENTIFIED → MONITORING → MITIGATING → CLOSED, "
			+ "OCCURRED; a closed risk may be reopened for monitoring)")
	RiskResponse changeStatus(@PathVariable long planId, @PathVariable long riskId,
			@Valid @RequestBody RiskStatusCommand command) {
		return RiskResponse.from(this.risks.changeStatus(planId, riskId, command));
	}

	@DeleteMapping("/{riskId}")
	@Operation(summary = "Delete a risk; send the version you read as ?version=")
	ResponseEntity<Void> delete(@PathVariable long planId, @PathVariable long riskId, @RequestParam long version) {
		this.risks.delete(planId, riskId, version);
		return ResponseEntity.noContent().build();
	}

}
