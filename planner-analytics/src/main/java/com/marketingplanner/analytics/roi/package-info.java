/**
 * The ROI family: ROI, ROAS and its "1:x" notation, sales per spend, marginal ROI, CAC,
 * AOV, LTV, LTV/CAC and payback. Money in as {@link java.math.BigDecimal}, undefined
 * quotients as {@link com.marketingplanner.analytics.Figure#undefined}.
 */
package com.marketingplanner.analytics.roi;
