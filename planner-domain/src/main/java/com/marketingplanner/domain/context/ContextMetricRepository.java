package com.marketingplanner.domain.context;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ContextMetricRepository extends JpaRepository<ContextMetric, Long> {

	List<ContextMetric> findByPlanIdOrderByPositionAscIdAsc(long planId);

}
