package com.marketingplanner.domain.organisation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface OffBudgetCostRepository extends JpaRepository<OffBudgetCost, Long> {

	List<OffBudgetCost> findByPlanIdOrderByPositionAscIdAsc(long planId);

}
