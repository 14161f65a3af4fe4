package com.marketingplanner.domain.organisation;

/**
 * A vendor is paid for a service (an MCN agency, a consultancy, a designer); a partner
 * works with the plan without a fee the plan states (logistics providers, core suppliers,
 * bloggers, a university lab).
 */
public enum PartnerKind {

	VENDOR, PARTNER

}
