package com.marketingplanner.domain.risk;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life cycle of a risk: IDENTIFIED → MONITORING (watched) → MITIGATING (escalated:
 * mitigation under way) → CLOSED, with OCCURRED when the risk materialised. A mitigated
 * risk may go back to monitoring; a closed risk may be reopened for monitoring.
 */
public enum RiskStatus {

	IDENTIFIED, MONITORING, MITIGATING, OCCURRED, CLOSED;

	/** The statuses this one may change to. */
	public Set<RiskStatus> next() {
		return switch (this) {
			case IDENTIFIED -> EnumSet.of(MONITORING, MITIGATING, OCCURRED, CLOSED);
			case MONITORING -> EnumSet.of(MITIGATING, OCCURRED, CLOSED);
			case MITIGATING -> EnumSet.of(MONITORING, OCCURRED, CLOSED);
			case OCCURRED -> EnumSet.of(MITIGATING, CLOSED);
			case CLOSED -> EnumSet.of(MONITORING);
		};
	}

	public boolean canChangeTo(RiskStatus target) {
		return next().contains(target);
	}

}
