package com.marketingplanner.domain.budget;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface BudgetScenarioRepository extends JpaRepository<BudgetScenario, Long> {

	List<BudgetScenario> findByPlanIdOrderByPositionAscIdAsc(long planId);

}
