/**
 * Early-warning rules of the seeds (ROI floor, overspend, share cap, KPI warning line,
 * risk indicator), reported as coded
 * {@link com.marketingplanner.analytics.guardrail.Finding findings} for the web layer to
 * localise.
 */
package com.marketingplanner.analytics.guardrail;
