package com.marketingplanner.domain.shared;

/** How often something is measured or reviewed. */
public enum Frequency {

	REAL_TIME, DAILY, WEEKLY, BIWEEKLY, MONTHLY, QUARTERLY, HALF_YEARLY, YEARLY

}
