package com.marketingplanner.web.offer;

import java.util.List;

import com.marketingplanner.domain.offer.Tactic;

/**
 * A tactic specification as the API returns it: its components with counts, its steps in
 * order (day after the start, or none), how many pieces one unit takes and how many days
 * its steps span.
 */
public record TacticResponse(long id, String name, String appliesTo, Long campaignId, String channelCode,
		List<Component> components, List<Step> steps, int pieces, Integer spanDays, String note, int position,
		long version) {

	static TacticResponse from(Tactic tactic) {
		return new TacticResponse(tactic.getId(), tactic.getName(), tactic.getAppliesTo(), tactic.getCampaignId(),
				tactic.getChannelCode(),
				tactic.getComponents().stream().map((c) -> new Component(c.getComponent(), c.getQuantity())).toList(),
				tactic.getSteps().stream().map((s) -> new Step(s.getDay(), s.getAction())).toList(), tactic.pieces(),
				tactic.spanDays(), tactic.getNote(), tactic.getPosition(), tactic.getVersion());
	}

	/** One component and how many of it. */
	public record Component(String component, int quantity) {
	}

	/** One step: its day after the start (null = order only) and its action. */
	public record Step(Integer day, String action) {
	}

}
