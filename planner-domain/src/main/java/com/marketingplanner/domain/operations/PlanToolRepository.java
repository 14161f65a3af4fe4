package com.marketingplanner.domain.operations;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PlanToolRepository extends JpaRepository<PlanTool, Long> {

	List<PlanTool> findByPlanIdOrderByPositionAscIdAsc(long planId);

}
