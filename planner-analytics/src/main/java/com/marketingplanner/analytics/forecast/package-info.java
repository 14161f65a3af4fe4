/**
 * Seasonal forecast (Holt-Winters, additive or multiplicative) with conservative /
 * neutral / optimistic scenarios and the error on a hold-out period.
 */
package com.marketingplanner.analytics.forecast;
