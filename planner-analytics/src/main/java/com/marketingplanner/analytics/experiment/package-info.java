/**
 * A/B tests: uplift, the two-proportion z-test with its confidence interval, the sample
 * size per arm, and the normal distribution they rest on.
 */
package com.marketingplanner.analytics.experiment;
