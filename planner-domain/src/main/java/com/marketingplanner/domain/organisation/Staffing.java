package com.marketingplanner.domain.organisation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The headcount of each version ({@code scheme}) of a plan's organisation: the sum of its
 * units' fewest and most people. {@code most} is {@code null} when a unit is open-ended;
 * units stated only as a share of the staff count in neither sum and are counted in
 * {@code shareOnlyUnits}. A plan whose source states several versions (004: 36 vs 65)
 * shows each total side by side.
 *
 * @param scheme the version's name ({@code null} = the main one)
 * @param units how many units it has
 * @param fewest Σ fewest people of its units that state a headcount, or {@code null}
 * @param most Σ most people, or {@code null} when any of them is open-ended or none
 * states a headcount
 * @param shareOnlyUnits units stated only as a share of the staff
 */
public record Staffing(String scheme, int units, Integer fewest, Integer most, int shareOnlyUnits) {

	/** One total per version, in the order the versions first appear. */
	public static List<Staffing> of(List<TeamUnit> team) {
		Map<String, List<TeamUnit>> byScheme = new LinkedHashMap<>();
		team.forEach((unit) -> byScheme.computeIfAbsent(unit.getScheme(), (key) -> new ArrayList<>()).add(unit));
		List<Staffing> totals = new ArrayList<>();
		byScheme.forEach((scheme, units) -> {
			int fewest = 0;
			Integer most = 0;
			int shareOnly = 0;
			int stated = 0;
			for (TeamUnit unit : units) {
				Integer low = unit.fewestPeople();
				if (low == null) {
					if (unit.staffShare() != null) {
						shareOnly++;
					}
					continue;
				}
				stated++;
				fewest += low;
				Integer high = unit.mostPeople();
				most = (most != null && high != null) ? most + high : null;
			}
			totals.add((stated > 0) ? new Staffing(scheme, units.size(), fewest, most, shareOnly)
					: new Staffing(scheme, units.size(), null, null, shareOnly));
		});
		return totals;
	}

	/** Whether the headcount is one number (fewest = most). */
	public boolean isExact() {
		return this.most != null && this.most.equals(this.fewest);
	}

}
