package com.marketingplanner.web.budget;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import com.marketingplanner.domain.budget.ActualSpend;
import com.marketingplanner.domain.budget.ActualSpendCommand;
import com.marketingplanner.domain.budget.BudgetCheckService;
import com.marketingplanner.domain.budget.BudgetLine;
import com.marketingplanner.domain.budget.BudgetLineCommand;
import com.marketingplanner.domain.budget.BudgetLineFilter;
import com.marketingplanner.domain.budget.BudgetLineNode;
import com.marketingplanner.domain.budget.BudgetService;
import com.marketingplanner.domain.budget.Checked;
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
@RequestMapping("/api/v1/plans/{planId}/budget")
@Validated
@Tag(name = "Budget", description = "Budget lines (a tree), actual spend and the budget check")
class BudgetApiController {

	private final BudgetService budget;

	private final BudgetCheckService checks;

	private final BudgetFormat format;

	BudgetApiController(BudgetService budget, BudgetCheckService checks, BudgetFormat format) {
		this.budget = budget;
		this.checks = checks;
		this.format = format;
	}

	@GetMapping("/lines")
	@Operation(summary = "The plan's budget lines as a flat page (each names its parentId), filtered by tag, "
			+ "channel code or phase id")
	PageResponse<BudgetLineResponse> list(@PathVariable long planId, @RequestParam(required = false) String tag,
			@RequestParam(required = false) String channel, @RequestParam(required = false) Long phase,
			@RequestParam(defaultValue = "0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
		return PageResponse.of(
				this.budget.list(planId, new BudgetLineFilter(tag, channel, phase), PageRequest.of(page, size)),
				BudgetLineResponse::from);
	}

	@GetMapping("/lines/tree")
	@Operation(summary = "The budget lines as a tree, each with its effective amount, shares and actual spend")
	List<BudgetLineNode> tree(@PathVariable long planId) {
		return this.budget.tree(planId);
	}

	@GetMapping("/lines/{lineId}")
	@Operation(summary = "Read one budget line")
	BudgetLineResponse get(@PathVariable long planId, @PathVariable long lineId) {
		return BudgetLineResponse.from(this.budget.getLine(planId, lineId));
	}

	@PostMapping("/lines")
	@Operation(summary = "Add a line; the response lists the warnings of the budget check (never a refusal)")
	ResponseEntity<BudgetLineResponse> add(@PathVariable long planId, @Valid @RequestBody BudgetLineCommand command) {
		Checked<BudgetLine> saved = this.budget.addLine(planId, command);
		return ResponseEntity.created(URI.create("/api/v1/plans/" + planId + "/budget/lines/" + saved.value().getId()))
			.body(BudgetLineResponse.from(saved.value(), warnings(saved)));
	}

	@PutMapping("/lines/{lineId}")
	@Operation(summary = "Edit or move a line; send the version you read (409 when stale)")
	BudgetLineResponse update(@PathVariable long planId, @PathVariable long lineId,
			@Valid @RequestBody BudgetLineCommand command) {
		Checked<BudgetLine> saved = this.budget.updateLine(planId, lineId, command);
		return BudgetLineResponse.from(saved.value(), warnings(saved));
	}

	@DeleteMapping("/lines/{lineId}")
	@Operation(summary = "Delete a line with its sub-lines and their spend")
	ResponseEntity<Void> delete(@PathVariable long planId, @PathVariable long lineId, @RequestParam long version) {
		this.budget.deleteLine(planId, lineId, version);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/lines/{lineId}/spend")
	@Operation(summary = "The actual spend booked on a line, by day")
	PageResponse<ActualSpendResponse> spend(@PathVariable long planId, @PathVariable long lineId,
			@RequestParam(defaultValue = "0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
		return PageResponse.ofList(this.budget.spend(planId, lineId).stream().map(ActualSpendResponse::from).toList(),
				page, size);
	}

	@PostMapping("/lines/{lineId}/spend")
	@Operation(summary = "Book actual spend on a line; the response lists the warnings of the budget check")
	ResponseEntity<ActualSpendResponse> addSpend(@PathVariable long planId, @PathVariable long lineId,
			@Valid @RequestBody ActualSpendCommand command) {
		Checked<ActualSpend> saved = this.budget.addSpend(planId, lineId, command);
		return ResponseEntity
			.created(URI
				.create("/api/v1/plans/" + planId + "/budget/lines/" + lineId + "/spend/" + saved.value().getId()))
			.body(ActualSpendResponse.from(saved.value(), warnings(saved)));
	}

	@GetMapping("/lines/{lineId}/spend/{spendId}")
	@Operation(summary = "Read one actual-spend entry of a budget line")
	ActualSpendResponse getSpend(@PathVariable long planId, @PathVariable long lineId, @PathVariable long spendId) {
		return ActualSpendResponse.from(this.budget.getSpend(planId, lineId, spendId));
	}

	@DeleteMapping("/lines/{lineId}/spend/{spendId}")
	@Operation(summary = "Delete an actual-spend entry; send the version you read as ?version=")
	ResponseEntity<Void> deleteSpend(@PathVariable long planId, @PathVariable long lineId, @PathVariable long spendId) {
		this.budget.deleteSpend(planId, lineId, spendId);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/check")
	@Operation(summary = "Totals, per-tag and per-channel sums and shares, rule states and every warning")
	BudgetCheckResponse check(@PathVariable long planId) {
		return BudgetCheckResponse.from(this.checks.check(planId), this.format);
	}

	private List<BudgetWarningResponse> warnings(Checked<?> saved) {
		return BudgetWarningResponse.from(saved.warnings(), saved.currency(), this.format);
	}

}
