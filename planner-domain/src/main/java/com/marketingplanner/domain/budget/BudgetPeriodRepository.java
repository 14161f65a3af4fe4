package com.marketingplanner.domain.budget;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface BudgetPeriodRepository extends JpaRepository<BudgetPeriod, Long> {

	List<BudgetPeriod> findByPlanIdOrderByStartDateAscIdAsc(long planId);

}
