package com.marketingplanner.web.cadence;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import com.marketingplanner.domain.cadence.Cadence;
import com.marketingplanner.domain.cadence.CadenceCommand;
import com.marketingplanner.domain.cadence.CadenceKind;
import com.marketingplanner.domain.cadence.CadenceService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.format.annotation.DateTimeFormat;
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

/** A plan's meeting and report rhythm and its dates. */
@RestController
@Validated
@RequestMapping("/api/v1/plans/{planId}/cadence")
@Tag(name = "Cadence", description = "The plan's recurring meetings, reports and reviews, and their dates")
class CadenceApiController {

	private final CadenceService cadences;

	CadenceApiController(CadenceService cadences) {
		this.cadences = cadences;
	}

	@GetMapping
	@Operation(summary = "The plan's meetings, reports and reviews, in their order")
	List<CadenceResponse> list(@PathVariable long planId) {
		return this.cadences.all(planId).stream().map(CadenceResponse::from).toList();
	}

	@GetMapping("/{cadenceId}")
	@Operation(summary = "One entry of the rhythm")
	CadenceResponse get(@PathVariable long planId, @PathVariable long cadenceId) {
		return CadenceResponse.from(this.cadences.get(planId, cadenceId));
	}

	@GetMapping("/occurrences")
	@Operation(summary = "The dates of every entry between two days of the plan, by date: each date is the last day "
			+ "of its period (daily: every day)")
	List<Occurrence> occurrences(@PathVariable long planId,
			@Parameter(description = "first day (ISO date); default the plan's first day") @RequestParam(
					required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@Parameter(description = "last day (ISO date); default the plan's last day") @RequestParam(
					required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@Parameter(description = "the most dates, 1 to " + CadenceService.MAX_OCCURRENCES
					+ "; default 500") @RequestParam(
							defaultValue = "500") @Min(1) @Max(CadenceService.MAX_OCCURRENCES) int limit) {
		return this.cadences.occurrences(planId, from, to, limit)
			.stream()
			.map((occurrence) -> new Occurrence(occurrence.date(), occurrence.cadence().getId(),
					occurrence.cadence().getName(), occurrence.cadence().getKind(), occurrence.cadence().getOwner()))
			.toList();
	}

	@PostMapping
	@Operation(summary = "Add a meeting, report or review: kind, frequency, weeks, duration, owner, participants, "
			+ "agenda, metric count")
	ResponseEntity<CadenceResponse> add(@PathVariable long planId, @Valid @RequestBody CadenceCommand command) {
		Cadence cadence = this.cadences.add(planId, command);
		return ResponseEntity.created(URI.create("/api/v1/plans/" + planId + "/cadence/" + cadence.getId()))
			.body(CadenceResponse.from(cadence));
	}

	@PutMapping("/{cadenceId}")
	@Operation(summary = "Edit an entry of the rhythm (optimistic locking: the version read)")
	CadenceResponse update(@PathVariable long planId, @PathVariable long cadenceId,
			@Valid @RequestBody CadenceCommand command) {
		return CadenceResponse.from(this.cadences.update(planId, cadenceId, command));
	}

	@DeleteMapping("/{cadenceId}")
	@Operation(summary = "Delete an entry of the rhythm")
	ResponseEntity<Void> delete(@PathVariable long planId, @PathVariable long cadenceId, @RequestParam long version) {
		this.cadences.delete(planId, cadenceId, version);
		return ResponseEntity.noContent().build();
	}

	/** One date of an entry. */
	record Occurrence(LocalDate date, long cadenceId, String name, CadenceKind kind, String owner) {
	}

}
