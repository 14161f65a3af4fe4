/**
 * Funnels from stage counts ({@link com.marketingplanner.analytics.funnel.StageFunnel})
 * and from raw events ({@link com.marketingplanner.analytics.funnel.EventFunnel}):
 * ordered steps with a conversion window, three order modes, breakdown, time to convert,
 * and a mergeable aggregate.
 */
package com.marketingplanner.analytics.funnel;
