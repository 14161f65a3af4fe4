package com.marketingplanner.web.cadence;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.marketingplanner.domain.cadence.CadenceOccurrence;
import com.marketingplanner.domain.shared.Frequency;

/** What the rhythm's pages show of its dates. */
final class CadenceDates {

	/** The frequencies an entry may have (real time is monitoring, not a rhythm). */
	static final List<Frequency> FREQUENCIES = List.of(Frequency.DAILY, Frequency.WEEKLY, Frequency.BIWEEKLY,
			Frequency.MONTHLY, Frequency.QUARTERLY, Frequency.HALF_YEARLY, Frequency.YEARLY);

	private CadenceDates() {
	}

	/** The next date of each entry, by the entry's id. */
	static Map<Long, LocalDate> nextById(List<CadenceOccurrence> next) {
		Map<Long, LocalDate> dates = new HashMap<>();
		next.forEach((occurrence) -> dates.put(occurrence.cadence().getId(), occurrence.date()));
		return dates;
	}

}
