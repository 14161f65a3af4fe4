/**
 * Budget optimiser: response curves with diminishing returns, fitted or given, and the
 * allocation that maximises expected return under the plan's share, cap and ROI-floor
 * rules.
 */
package com.marketingplanner.analytics.optimiser;
