package com.marketingplanner.web.alert;

import java.security.Principal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import com.marketingplanner.domain.alert.AlertActionCommand;
import com.marketingplanner.domain.alert.AlertFilter;
import com.marketingplanner.domain.alert.AlertService;
import com.marketingplanner.domain.alert.AlertService.Evaluation;
import com.marketingplanner.domain.alert.AlertSeverity;
import com.marketingplanner.domain.alert.AlertStatus;
import com.marketingplanner.web.api.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.data.domain.PageRequest;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@Tag(name = "Alerts", description = "Early warnings: ROI under floor, overspend, share over cap, KPI past its warning "
		+ "line, risk indicator past its threshold — evaluated after every import and on demand")
class AlertApiController {

	private final AlertService alerts;

	private final AlertFormat format;

	AlertApiController(AlertService alerts, AlertFormat format) {
		this.alerts = alerts;
		this.format = format;
	}

	@GetMapping("/api/v1/plans/{planId}/alerts")
	@Operation(summary = "The plan's alerts, newest first; by default those not resolved")
	PageResponse<AlertResponse> list(@PathVariable long planId,
			@Parameter(description = "OPEN, ACKNOWLEDGED or RESOLVED; default: not resolved") @RequestParam(
					required = false) AlertStatus status,
			@RequestParam(required = false) AlertSeverity severity,
			@RequestParam(defaultValue = "0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
		return PageResponse.of(this.alerts.list(planId, new AlertFilter(status, severity), PageRequest.of(page, size)),
				(alert) -> AlertResponse.from(alert, this.format));
	}

	@GetMapping("/api/v1/alerts")
	@Operation(summary = "Every plan's alerts (the portfolio), newest first; by default those not resolved")
	PageResponse<AlertResponse> listAll(
			@Parameter(description = "OPEN, ACKNOWLEDGED or RESOLVED; default: not resolved") @RequestParam(
					required = false) AlertStatus status,
			@RequestParam(required = false) AlertSeverity severity,
			@RequestParam(defaultValue = "0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(200) int size, Principal principal) {
		return PageResponse.of(this.alerts.listReadableBy(principal.getName(), new AlertFilter(status, severity),
				PageRequest.of(page, size)), (alert) -> AlertResponse.from(alert, this.format));
	}

	@GetMapping("/api/v1/plans/{planId}/alerts/{alertId}")
	@Operation(summary = "One alert of the plan")
	AlertResponse get(@PathVariable long planId, @PathVariable long alertId) {
		return AlertResponse.from(this.alerts.get(planId, alertId), this.format);
	}

	@PostMapping("/api/v1/plans/{planId}/alerts/evaluate")
	@Operation(summary = "Evaluate the plan's guardrails and risk indicators now (closed and archived plans are not "
			+ "evaluated); the same rule firing again never duplicates an unresolved alert")
	Evaluation evaluate(@PathVariable long planId) {
		return this.alerts.evaluate(planId);
	}

	@PostMapping("/api/v1/plans/{planId}/alerts/{alertId}/acknowledge")
	@Operation(summary = "Acknowledge an alert; send the version you read (409 when stale)")
	AlertResponse acknowledge(@PathVariable long planId, @PathVariable long alertId,
			@Valid @RequestBody AlertActionCommand command, Principal principal) {
		return AlertResponse.from(this.alerts.acknowledge(planId, alertId, command.version(), principal.getName()),
				this.format);
	}

	@PostMapping("/api/v1/plans/{planId}/alerts/{alertId}/resolve")
	@Operation(summary = "Resolve an alert with an optional note; send the version you read (409 when stale)")
	AlertResponse resolve(@PathVariable long planId, @PathVariable long alertId,
			@Valid @RequestBody AlertActionCommand command, Principal principal) {
		return AlertResponse.from(
				this.alerts.resolve(planId, alertId, command.version(), principal.getName(), command.note()),
				this.format);
	}

}
