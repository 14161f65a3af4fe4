package com.marketingplanner.domain.campaign;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import com.marketingplanner.domain.channel.Channel;

import org.springframework.data.jpa.domain.Specification;

/**
 * Filters for a plan's campaigns; every field is optional.
 *
 * @param channel only campaigns that run on the channel with this code
 * @param activeOn only campaigns running on this day (start and end included)
 */
public record CampaignFilter(String channel, LocalDate activeOn) {

	public static CampaignFilter none() {
		return new CampaignFilter(null, null);
	}

	Specification<Campaign> toSpecification(long planId) {
		return (root, query, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			predicates.add(cb.equal(root.get("plan").get("id"), planId));
			if (this.channel != null && !this.channel.isBlank()) {
				Subquery<Long> onChannel = query.subquery(Long.class);
				Root<Campaign> campaign = onChannel.from(Campaign.class);
				Join<Campaign, Channel> channels = campaign.join("channels");
				onChannel.select(campaign.get("id"))
					.where(cb.equal(campaign.get("id"), root.get("id")),
							cb.equal(channels.get("code"), this.channel.strip()));
				predicates.add(cb.exists(onChannel));
			}
			if (this.activeOn != null) {
				predicates.add(cb.lessThanOrEqualTo(root.get("startDate"), this.activeOn));
				predicates.add(cb.greaterThanOrEqualTo(root.get("endDate"), this.activeOn));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}

}
