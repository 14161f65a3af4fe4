package com.marketingplanner.domain.operations;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DashboardRepository extends JpaRepository<Dashboard, Long> {

	List<Dashboard> findByPlanIdOrderByPositionAscIdAsc(long planId);

}
