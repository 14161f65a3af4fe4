package com.marketingplanner.domain.budget;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface BudgetLineRepository extends JpaRepository<BudgetLine, Long>, JpaSpecificationExecutor<BudgetLine> {

	List<BudgetLine> findByPlanIdOrderByPositionAscIdAsc(long planId);

}
