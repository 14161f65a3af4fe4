package com.marketingplanner.domain.marketingdata;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import com.marketingplanner.domain.shared.DateRange;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The time zone in which the days of marketing data are counted
 * ({@code planner.data.time-zone}, default UTC): a plan's period 2026-03-01..2026-03-31
 * holds the touchpoints and events from 2026-03-01T00:00 to 2026-04-01T00:00 in this
 * zone, the coverage counts rows per such day, and a replacing import replaces such days.
 * Set it once, before the first import.
 */
@Component
public class DataTimeZone {

	private final ZoneId zone;

	public DataTimeZone(@Value("${planner.data.time-zone:UTC}") ZoneId zone) {
		this.zone = zone;
	}

	public ZoneId zone() {
		return this.zone;
	}

	/** The first instant of the day. */
	public Instant startOf(LocalDate day) {
		return day.atStartOfDay(this.zone).toInstant();
	}

	/** The first instant after the period (exclusive end). */
	public Instant endOf(DateRange period) {
		return startOf(period.end().plusDays(1));
	}

	/** The day an instant falls on. */
	public LocalDate dayOf(Instant instant) {
		return LocalDate.ofInstant(instant, this.zone);
	}

}
