package com.marketingplanner.web.organisation;

import java.net.URI;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import com.marketingplanner.domain.organisation.OffBudgetCost;
import com.marketingplanner.domain.organisation.OffBudgetCostCommand;
import com.marketingplanner.domain.organisation.OrganisationService;
import com.marketingplanner.domain.organisation.Partner;
import com.marketingplanner.domain.organisation.PartnerCommand;
import com.marketingplanner.domain.organisation.Staffing;
import com.marketingplanner.domain.organisation.TeamUnit;
import com.marketingplanner.domain.organisation.TeamUnitCommand;
import com.marketingplanner.web.api.PageResponse;
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

/** A plan's organisation: team units, partners and vendors, costs outside the budget. */
@RestController
@RequestMapping("/api/v1/plans/{planId}/organisation")
@Validated
@Tag(name = "Organisation",
		description = "Team units with headcounts as stated, partners and vendors with fees, costs outside the budget")
class OrganisationApiController {

	private static final String BASE = "/api/v1/plans/";

	private final OrganisationService organisation;

	OrganisationApiController(OrganisationService organisation) {
		this.organisation = organisation;
	}

	@GetMapping
	@Operation(summary = "The plan's whole organisation with the headcount of each version of its team")
	OrganisationResponse all(@PathVariable long planId) {
		var team = this.organisation.team(planId);
		return new OrganisationResponse(team.stream().map(TeamUnitResponse::from).toList(), Staffing.of(team),
				this.organisation.partners(planId).stream().map(PartnerResponse::from).toList(),
				this.organisation.offBudgetCosts(planId).stream().map(OffBudgetCostResponse::from).toList());
	}

	// --- team units -------------------------------------------------------------

	@GetMapping("/team-units")
	@Operation(summary = "List the plan's team units in their order")
	PageResponse<TeamUnitResponse> team(@PathVariable long planId,
			@RequestParam(defaultValue = "0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
		return PageResponse.ofList(this.organisation.team(planId).stream().map(TeamUnitResponse::from).toList(), page,
				size);
	}

	@GetMapping("/team-units/{unitId}")
	@Operation(summary = "Read one team unit")
	TeamUnitResponse teamUnit(@PathVariable long planId, @PathVariable long unitId) {
		return TeamUnitResponse.from(this.organisation.teamUnit(planId, unitId));
	}

	@PostMapping("/team-units")
	@Operation(summary = "Add a team unit: headcount range or share of staff, leads and specialists, roles")
	ResponseEntity<TeamUnitResponse> addTeamUnit(@PathVariable long planId,
			@Valid @RequestBody TeamUnitCommand command) {
		TeamUnit unit = this.organisation.addTeamUnit(planId, command);
		return ResponseEntity.created(URI.create(BASE + planId + "/organisation/team-units/" + unit.getId()))
			.body(TeamUnitResponse.from(unit));
	}

	@PutMapping("/team-units/{unitId}")
	@Operation(summary = "Edit a team unit; send the version you read (409 when stale)")
	TeamUnitResponse updateTeamUnit(@PathVariable long planId, @PathVariable long unitId,
			@Valid @RequestBody TeamUnitCommand command) {
		return TeamUnitResponse.from(this.organisation.updateTeamUnit(planId, unitId, command));
	}

	@DeleteMapping("/team-units/{unitId}")
	@Operation(summary = "Delete a team unit; send the version you read as ?version=")
	ResponseEntity<Void> deleteTeamUnit(@PathVariable long planId, @PathVariable long unitId,
			@RequestParam long version) {
		this.organisation.deleteTeamUnit(planId, unitId, version);
		return ResponseEntity.noContent().build();
	}

	// --- partners and vendors -------------------------------------------------------

	@GetMapping("/partners")
	@Operation(summary = "List the plan's partners and vendors in their order")
	PageResponse<PartnerResponse> partners(@PathVariable long planId,
			@RequestParam(defaultValue = "0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
		return PageResponse.ofList(this.organisation.partners(planId).stream().map(PartnerResponse::from).toList(),
				page, size);
	}

	@GetMapping("/partners/{partnerId}")
	@Operation(summary = "Read one partner or vendor")
	PartnerResponse partner(@PathVariable long planId, @PathVariable long partnerId) {
		return PartnerResponse.from(this.organisation.partner(planId, partnerId));
	}

	@PostMapping("/partners")
	@Operation(
			summary = "Add a partner, or a vendor with its fee (fixed, per month, per year, per unit, share) and cap")
	ResponseEntity<PartnerResponse> addPartner(@PathVariable long planId, @Valid @RequestBody PartnerCommand command) {
		Partner partner = this.organisation.addPartner(planId, command);
		return ResponseEntity.created(URI.create(BASE + planId + "/organisation/partners/" + partner.getId()))
			.body(PartnerResponse.from(partner));
	}

	@PutMapping("/partners/{partnerId}")
	@Operation(summary = "Edit a partner or vendor; send the version you read (409 when stale)")
	PartnerResponse updatePartner(@PathVariable long planId, @PathVariable long partnerId,
			@Valid @RequestBody PartnerCommand command) {
		return PartnerResponse.from(this.organisation.updatePartner(planId, partnerId, command));
	}

	@DeleteMapping("/partners/{partnerId}")
	@Operation(summary = "Delete a partner or vendor (costs paid to it lose the link); send ?version=")
	ResponseEntity<Void> deletePartner(@PathVariable long planId, @PathVariable long partnerId,
			@RequestParam long version) {
		this.organisation.deletePartner(planId, partnerId, version);
		return ResponseEntity.noContent().build();
	}

	// --- costs outside the budget -----------------------------------------------------

	@GetMapping("/off-budget-costs")
	@Operation(summary = "List the costs the plan keeps outside its budget")
	PageResponse<OffBudgetCostResponse> offBudgetCosts(@PathVariable long planId,
			@RequestParam(defaultValue = "0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
		return PageResponse.ofList(
				this.organisation.offBudgetCosts(planId).stream().map(OffBudgetCostResponse::from).toList(), page,
				size);
	}

	@GetMapping("/off-budget-costs/{costId}")
	@Operation(summary = "Read one cost outside the budget")
	OffBudgetCostResponse offBudgetCost(@PathVariable long planId, @PathVariable long costId) {
		return OffBudgetCostResponse.from(this.organisation.offBudgetCost(planId, costId));
	}

	@PostMapping("/off-budget-costs")
	@Operation(summary = "Add a cost outside the budget: an amount (fixed, per month, per year) or a vendor's fee")
	ResponseEntity<OffBudgetCostResponse> addOffBudgetCost(@PathVariable long planId,
			@Valid @RequestBody OffBudgetCostCommand command) {
		OffBudgetCost cost = this.organisation.addOffBudgetCost(planId, command);
		return ResponseEntity.created(URI.create(BASE + planId + "/organisation/off-budget-costs/" + cost.getId()))
			.body(OffBudgetCostResponse.from(cost));
	}

	@PutMapping("/off-budget-costs/{costId}")
	@Operation(summary = "Edit a cost outside the budget; send the version you read (409 when stale)")
	OffBudgetCostResponse updateOffBudgetCost(@PathVariable long planId, @PathVariable long costId,
			@Valid @RequestBody OffBudgetCostCommand command) {
		return OffBudgetCostResponse.from(this.organisation.updateOffBudgetCost(planId, costId, command));
	}

	@DeleteMapping("/off-budget-costs/{costId}")
	@Operation(summary = "Delete a cost outside the budget; send the version you read as ?version=")
	ResponseEntity<Void> deleteOffBudgetCost(@PathVariable long planId, @PathVariable long costId,
			@RequestParam long version) {
		this.organisation.deleteOffBudgetCost(planId, costId, version);
		return ResponseEntity.noContent().build();
	}

}
