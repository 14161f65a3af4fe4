/**
 * Driver trees and mixes of a plan (ADR 0090): a KPI's target as a product or quotient of
 * other KPIs and constants ({@link com.marketingplanner.domain.driver.KpiFormula}), its
 * check against the stated target and the what-if over it
 * ({@link com.marketingplanner.domain.driver.KpiFormulaService}; the arithmetic is the
 * analytics module's {@code DriverTree}), and named groups of shares that must sum to 100
 * % ({@link com.marketingplanner.domain.driver.PlanMix}).
 */
package com.marketingplanner.domain.driver;
