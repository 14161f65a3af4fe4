package com.marketingplanner.web.goal;

import com.marketingplanner.domain.goal.Goal;
import com.marketingplanner.domain.goal.GoalCategory;
import com.marketingplanner.domain.goal.GoalHorizon;

/** A goal of a plan as the API shows it. */
record GoalResponse(long id, Long parentId, int position, String title, String description, GoalCategory category,
		GoalHorizon horizon, String horizonLabel, String owner, long version) {

	static GoalResponse from(Goal goal) {
		return new GoalResponse(goal.getId(), goal.getParentId(), goal.getPosition(), goal.getTitle(),
				goal.getDescription(), goal.getCategory(), goal.getHorizon(), goal.getHorizonLabel(), goal.getOwner(),
				goal.getVersion());
	}

}
