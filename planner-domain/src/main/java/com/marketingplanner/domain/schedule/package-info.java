/**
 * Moving a plan in time: everything dated in it follows its start by calendar months
 * ({@link com.marketingplanner.domain.shared.CalendarShift}).
 */
package com.marketingplanner.domain.schedule;
