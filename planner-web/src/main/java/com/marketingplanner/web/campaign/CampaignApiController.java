package com.marketingplanner.web.campaign;

import java.net.URI;
import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import com.marketingplanner.domain.campaign.Campaign;
import com.marketingplanner.domain.campaign.CampaignCommand;
import com.marketingplanner.domain.campaign.CampaignFilter;
import com.marketingplanner.domain.campaign.CampaignService;
import com.marketingplanner.web.api.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.data.domain.PageRequest;
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

@RestController
@RequestMapping("/api/v1/plans/{planId}/campaigns")
@Validated
@Tag(name = "Campaigns", description = "Campaigns of a plan: channels, dates, budget line, KPIs served")
class CampaignApiController {

	private final CampaignService campaigns;

	CampaignApiController(CampaignService campaigns) {
		this.campaigns = campaigns;
	}

	@GetMapping
	@Operation(summary = "List the plan's campaigns by start date, filtered by channel code or the day they run on")
	PageResponse<CampaignResponse> list(@PathVariable long planId, @RequestParam(required = false) String channel,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate activeOn,
			@RequestParam(defaultValue = "0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
		return PageResponse.of(
				this.campaigns.list(planId, new CampaignFilter(channel, activeOn), PageRequest.of(page, size)),
				CampaignResponse::from);
	}

	@GetMapping("/{campaignId}")
	@Operation(summary = "Read one campaign of a plan")
	CampaignResponse get(@PathVariable long planId, @PathVariable long campaignId) {
		return CampaignResponse.from(this.campaigns.get(planId, campaignId));
	}

	@PostMapping
	@Operation(summary = "Add a campaign; channels are catalog codes, budget line and KPIs must be the plan's")
	ResponseEntity<CampaignResponse> add(@PathVariable long planId, @Valid @RequestBody CampaignCommand command) {
		Campaign campaign = this.campaigns.add(planId, command);
		return ResponseEntity.created(URI.create("/api/v1/plans/" + planId + "/campaigns/" + campaign.getId()))
			.body(CampaignResponse.from(campaign));
	}

	@PutMapping("/{campaignId}")
	@Operation(summary = "Edit a campaign; send the version you read (409 when stale)")
	CampaignResponse update(@PathVariable long planId, @PathVariable long campaignId,
			@Valid @RequestBody CampaignCommand command) {
		return CampaignResponse.from(this.campaigns.update(planId, campaignId, command));
	}

	@DeleteMapping("/{campaignId}")
	@Operation(summary = "Delete a campaign; send the version you read as ?version= (409 when stale)")
	ResponseEntity<Void> delete(@PathVariable long planId, @PathVariable long campaignId, @RequestParam long version) {
		this.campaigns.delete(planId, campaignId, version);
		return ResponseEntity.noContent().build();
	}

}
