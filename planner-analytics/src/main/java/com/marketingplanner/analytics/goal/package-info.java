/**
 * Goal attainment and traffic-light status:
 * {@link com.marketingplanner.analytics.goal.GoalAttainment#evaluate} over a
 * {@link com.marketingplanner.analytics.goal.GoalSpec}. The web layer codes against this
 * API; keep its names stable.
 */
package com.marketingplanner.analytics.goal;
