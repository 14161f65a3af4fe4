package com.marketingplanner.domain.organisation;

/**
 * Where a team unit finds its people (001 8.1: 校园招聘, 社会招聘, 内部推荐): graduates from campus,
 * experienced hires from the market, referrals by staff, or another channel the unit's
 * recruitment note names.
 */
public enum RecruitmentChannel {

	CAMPUS, EXPERIENCED, REFERRAL, OTHER

}
