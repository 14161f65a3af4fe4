package com.marketingplanner.web.audit;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import com.marketingplanner.domain.audit.AuditFilter;
import com.marketingplanner.domain.audit.AuditTrail;
import com.marketingplanner.web.api.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.data.domain.PageRequest;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit trail of a plan, read-only: there is no endpoint that writes, changes or
 * deletes entries (the database writes them and refuses changes).
 */
@RestController
@Validated
@Tag(name = "Audit trail", description = "Who changed what in a plan and when; append-only")
class AuditApiController {

	private final AuditTrail trail;

	AuditApiController(AuditTrail trail) {
		this.trail = trail;
	}

	@GetMapping("/api/v1/plans/{planId}/audit")
	@Operation(summary = "The plan's audit trail, newest first, filtered by kind of item, item or person")
	PageResponse<AuditEntryResponse> trail(@PathVariable long planId, @RequestParam(required = false) String entity,
			@RequestParam(required = false) Long entityId, @RequestParam(required = false) String actor,
			@RequestParam(defaultValue = "0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
		return PageResponse.of(
				this.trail.of(planId, new AuditFilter(entity, entityId, actor), PageRequest.of(page, size)),
				AuditEntryResponse::from);
	}

}
