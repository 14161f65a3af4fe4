package com.marketingplanner.web.organisation;

import java.math.BigDecimal;

import com.marketingplanner.domain.organisation.FeeBasis;
import com.marketingplanner.domain.organisation.Partner;
import com.marketingplanner.domain.organisation.PartnerKind;

/** A partner or vendor as the API returns it (amounts in the plan's currency). */
public record PartnerResponse(long id, PartnerKind kind, String name, Integer count, String service, BigDecimal fee,
		FeeBasis feeBasis, String feeUnit, BigDecimal feeCapShare, String note, int position, long version) {

	static PartnerResponse from(Partner partner) {
		return new PartnerResponse(partner.getId(), partner.getKind(), partner.getName(), partner.getCount(),
				partner.getService(), partner.getFee(), partner.getFeeBasis(), partner.getFeeUnit(),
				partner.getFeeCapShare(), partner.getNote(), partner.getPosition(), partner.getVersion());
	}

}
