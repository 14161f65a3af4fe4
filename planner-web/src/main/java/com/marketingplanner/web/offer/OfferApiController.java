package com.marketingplanner.web.offer;

import java.net.URI;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import com.marketingplanner.domain.offer.OfferService;
import com.marketingplanner.domain.offer.Promotion;
import com.marketingplanner.domain.offer.PromotionCommand;
import com.marketingplanner.domain.offer.Tactic;
import com.marketingplanner.domain.offer.TacticCommand;
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

/** A plan's promotions (mechanics as fields) and tactic specifications. */
@RestController
@RequestMapping("/api/v1/plans/{planId}")
@Validated
@Tag(name = "Promotions and tactics",
		description = "Promotions with threshold, discount, schedule and window; tactic specifications with components and timed steps")
class OfferApiController {

	private static final String BASE = "/api/v1/plans/";

	private final OfferService offers;

	OfferApiController(OfferService offers) {
		this.offers = offers;
	}

	// --- promotions ------------------------------------------------------------------

	@GetMapping("/promotions")
	@Operation(summary = "List the plan's promotions in their order, optionally those of one campaign")
	PageResponse<PromotionResponse> promotions(@PathVariable long planId,
			@RequestParam(required = false) Long campaignId,
			@RequestParam(defaultValue = "0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
		var found = (campaignId != null) ? this.offers.promotionsOf(planId, campaignId)
				: this.offers.promotions(planId);
		return PageResponse.ofList(found.stream().map(PromotionResponse::from).toList(), page, size);
	}

	@GetMapping("/promotions/{promotionId}")
	@Operation(summary = "Read one promotion")
	PromotionResponse promotion(@PathVariable long planId, @PathVariable long promotionId) {
		return PromotionResponse.from(this.offers.promotion(planId, promotionId));
	}

	@PostMapping("/promotions")
	@Operation(
			summary = "Add a promotion: kind, threshold and discount (满减), schedule, window, campaign, channel, partner")
	ResponseEntity<PromotionResponse> addPromotion(@PathVariable long planId,
			@Valid @RequestBody PromotionCommand command) {
		Promotion promotion = this.offers.addPromotion(planId, command);
		return ResponseEntity.created(URI.create(BASE + planId + "/promotions/" + promotion.getId()))
			.body(PromotionResponse.from(promotion));
	}

	@PutMapping("/promotions/{promotionId}")
	@Operation(summary = "Edit a promotion; send the version you read (409 when stale)")
	PromotionResponse updatePromotion(@PathVariable long planId, @PathVariable long promotionId,
			@Valid @RequestBody PromotionCommand command) {
		return PromotionResponse.from(this.offers.updatePromotion(planId, promotionId, command));
	}

	@DeleteMapping("/promotions/{promotionId}")
	@Operation(summary = "Delete a promotion; send the version you read as ?version=")
	ResponseEntity<Void> deletePromotion(@PathVariable long planId, @PathVariable long promotionId,
			@RequestParam long version) {
		this.offers.deletePromotion(planId, promotionId, version);
		return ResponseEntity.noContent().build();
	}

	// --- tactics ----------------------------------------------------------------------

	@GetMapping("/tactics")
	@Operation(summary = "List the plan's tactic specifications in their order, optionally those of one campaign")
	PageResponse<TacticResponse> tactics(@PathVariable long planId, @RequestParam(required = false) Long campaignId,
			@RequestParam(defaultValue = "0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
		var found = (campaignId != null) ? this.offers.tacticsOf(planId, campaignId) : this.offers.tactics(planId);
		return PageResponse.ofList(found.stream().map(TacticResponse::from).toList(), page, size);
	}

	@GetMapping("/tactics/{tacticId}")
	@Operation(summary = "Read one tactic specification")
	TacticResponse tactic(@PathVariable long planId, @PathVariable long tacticId) {
		return TacticResponse.from(this.offers.tactic(planId, tacticId));
	}

	@PostMapping("/tactics")
	@Operation(summary = "Add a tactic specification: components with counts and/or steps with their day")
	ResponseEntity<TacticResponse> addTactic(@PathVariable long planId, @Valid @RequestBody TacticCommand command) {
		Tactic tactic = this.offers.addTactic(planId, command);
		return ResponseEntity.created(URI.create(BASE + planId + "/tactics/" + tactic.getId()))
			.body(TacticResponse.from(tactic));
	}

	@PutMapping("/tactics/{tacticId}")
	@Operation(summary = "Edit a tactic specification; send the version you read (409 when stale)")
	TacticResponse updateTactic(@PathVariable long planId, @PathVariable long tacticId,
			@Valid @RequestBody TacticCommand command) {
		return TacticResponse.from(this.offers.updateTactic(planId, tacticId, command));
	}

	@DeleteMapping("/tactics/{tacticId}")
	@Operation(summary = "Delete a tactic specification; send the version you read as ?version=")
	ResponseEntity<Void> deleteTactic(@PathVariable long planId, @PathVariable long tacticId,
			@RequestParam long version) {
		this.offers.deleteTactic(planId, tacticId, version);
		return ResponseEntity.noContent().build();
	}

}
