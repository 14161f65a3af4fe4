/**
 * Driver trees: a quantity stated as a product or quotient of other quantities and
 * constants (GMV = visitors × conversion × AOV), evaluated, checked against the stated
 * level, solved for one missing driver, and moved by a what-if
 * ({@link com.marketingplanner.analytics.driver.DriverTree}). Pure functions over
 * numbers; the domain holds which KPI is which quantity.
 */
package com.marketingplanner.analytics.driver;
