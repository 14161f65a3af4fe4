package com.marketingplanner.domain.operations;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface OperatingStandardRepository extends JpaRepository<OperatingStandard, Long> {

	List<OperatingStandard> findByPlanIdOrderByPositionAscIdAsc(long planId);

}
