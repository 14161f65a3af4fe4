/**
 * The early-warning rules of the seeds (ROI floor, overspend, share cap, KPI warning
 * line, risk indicator) as formulas over numbers; the plan's budget check and early
 * warnings apply them to the plan's rules and actuals.
 */
package com.marketingplanner.analytics.guardrail;
