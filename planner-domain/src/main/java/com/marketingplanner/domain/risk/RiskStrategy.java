package com.marketingplanner.domain.risk;

/** How a risk is treated: 規避 avoid, 轉移 transfer, 減輕 mitigate, 接受 accept. */
public enum RiskStrategy {

	AVOID, TRANSFER, MITIGATE, ACCEPT

}
