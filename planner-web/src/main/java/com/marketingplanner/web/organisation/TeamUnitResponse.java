package com.marketingplanner.web.organisation;

import java.math.BigDecimal;
import java.util.List;

import com.marketingplanner.domain.organisation.RecruitmentChannel;
import com.marketingplanner.domain.organisation.TeamUnit;

/**
 * A team unit as the API returns it; {@code fewestPeople}/{@code mostPeople} are the
 * headcount it states (range, or leads + specialists; {@code mostPeople} null when
 * open-ended); {@code recruitmentChannels} in the source's order, and the cycle of a
 * programme the unit runs in months.
 */
public record TeamUnitResponse(long id, String name, String scheme, Integer headcountMin, Integer headcountMax,
		BigDecimal staffShare, Integer leads, Integer specialistsMin, Integer specialistsMax, String roles,
		String responsibilities, String note, Integer fewestPeople, Integer mostPeople, int position, long version,
		List<RecruitmentChannel> recruitmentChannels, String recruitmentNote, Integer programmeCycleMonths) {

	static TeamUnitResponse from(TeamUnit unit) {
		return new TeamUnitResponse(unit.getId(), unit.getName(), unit.getScheme(), unit.getHeadcountMin(),
				unit.getHeadcountMax(), unit.getStaffShare(), unit.getLeads(), unit.getSpecialistsMin(),
				unit.getSpecialistsMax(), unit.getRoles(), unit.getResponsibilities(), unit.getNote(),
				unit.fewestPeople(), unit.mostPeople(), unit.getPosition(), unit.getVersion(),
				unit.getRecruitmentChannels(), unit.getRecruitmentNote(), unit.getProgrammeCycleMonths());
	}

}
