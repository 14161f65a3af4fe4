package com.marketingplanner.domain.plan;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PlanSectionRepository extends JpaRepository<PlanSection, Long> {

	List<PlanSection> findByPlanIdOrderByPositionAscIdAsc(long planId);

}
