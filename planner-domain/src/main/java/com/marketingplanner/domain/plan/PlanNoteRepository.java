package com.marketingplanner.domain.plan;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PlanNoteRepository extends JpaRepository<PlanNote, Long> {

	List<PlanNote> findByPlanIdOrderByPositionAscIdAsc(long planId);

	long countByPlanId(long planId);

}
