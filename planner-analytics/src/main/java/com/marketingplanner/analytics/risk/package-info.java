/**
 * Risk scoring: probability × impact, expected monetary impact, the 5×5 heat map and
 * combined probabilities of independent risks.
 */
package com.marketingplanner.analytics.risk;
