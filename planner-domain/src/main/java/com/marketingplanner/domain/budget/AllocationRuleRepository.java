package com.marketingplanner.domain.budget;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AllocationRuleRepository extends JpaRepository<AllocationRule, Long> {

	List<AllocationRule> findByPlanIdOrderByPositionAscIdAsc(long planId);

}
