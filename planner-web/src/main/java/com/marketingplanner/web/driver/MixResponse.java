package com.marketingplanner.web.driver;

import java.math.BigDecimal;
import java.util.List;

import com.marketingplanner.domain.driver.MixCheck;
import com.marketingplanner.domain.driver.PlanMix;

/** A mix with its shares and the check whether they sum to 100 %. */
record MixResponse(long id, String name, String base, String note, List<Share> shares, MixCheck check, long version) {

	static MixResponse from(PlanMix mix) {
		return new MixResponse(mix.getId(), mix.getName(), mix.getBase(), mix.getNote(),
				mix.getShares().stream().map((share) -> new Share(share.getLabel(), share.getShare())).toList(),
				mix.check(), mix.getVersion());
	}

	/** A share in percent; no {@code share}: stated but not legible. */
	record Share(String label, BigDecimal share) {
	}

}
