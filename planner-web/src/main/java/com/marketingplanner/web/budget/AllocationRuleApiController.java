package com.marketingplanner.web.budget;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import com.marketingplanner.domain.budget.AllocationRule;
import com.marketingplanner.domain.budget.AllocationRuleCommand;
import com.marketingplanner.domain.budget.AllocationRuleService;
import com.marketingplanner.domain.budget.Checked;
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

@RestController
@RequestMapping("/api/v1/plans/{planId}/budget/rules")
@Validated
@Tag(name = "Budget rules",
		description = "Allocation rules: min/max/fixed shares, reserve, channel caps, ROI and sales-yield floors, "
				+ "overspend freeze, and benchmark rules (a channel whose LTV, ROI, CAC, AOV or conversion rate "
				+ "beats a benchmark may get a larger share; a benchmark not stated as a number is reported as "
				+ "\"benchmark missing\")")
class AllocationRuleApiController {

	private final AllocationRuleService rules;

	private final BudgetFormat format;

	AllocationRuleApiController(AllocationRuleService rules, BudgetFormat format) {
		this.rules = rules;
		this.format = format;
	}

	@GetMapping
	@Operation(summary = "List a plan's budget allocation rules")
	PageResponse<AllocationRuleResponse> list(@PathVariable long planId,
			@RequestParam(defaultValue = "0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
		return PageResponse.ofList(this.rules.list(planId).stream().map(AllocationRuleResponse::from).toList(), page,
				size);
	}

	@GetMapping("/{ruleId}")
	@Operation(summary = "Read one budget allocation rule")
	AllocationRuleResponse get(@PathVariable long planId, @PathVariable long ruleId) {
		return AllocationRuleResponse.from(this.rules.get(planId, ruleId));
	}

	@PostMapping
	@Operation(summary = "Add a rule; the response lists the warnings of the budget check with the rule in force")
	ResponseEntity<AllocationRuleResponse> add(@PathVariable long planId,
			@Valid @RequestBody AllocationRuleCommand command) {
		Checked<AllocationRule> saved = this.rules.add(planId, command);
		return ResponseEntity.created(URI.create("/api/v1/plans/" + planId + "/budget/rules/" + saved.value().getId()))
			.body(AllocationRuleResponse.from(saved.value(), warnings(saved)));
	}

	@PutMapping("/{ruleId}")
	@Operation(summary = "Edit a rule; send the version you read (409 when stale)")
	AllocationRuleResponse update(@PathVariable long planId, @PathVariable long ruleId,
			@Valid @RequestBody AllocationRuleCommand command) {
		Checked<AllocationRule> saved = this.rules.update(planId, ruleId, command);
		return AllocationRuleResponse.from(saved.value(), warnings(saved));
	}

	@DeleteMapping("/{ruleId}")
	@Operation(summary = "Delete a budget allocation rule; send the version you read as ?version=")
	ResponseEntity<Void> delete(@PathVariable long planId, @PathVariable long ruleId, @RequestParam long version) {
		this.rules.delete(planId, ruleId, version);
		return ResponseEntity.noContent().build();
	}

	private List<BudgetWarningResponse> warnings(Checked<?> saved) {
		return BudgetWarningResponse.from(saved.warnings(), saved.currency(), this.format);
	}

}
