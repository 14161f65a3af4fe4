package com.marketingplanner.domain.risk;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CrisisLevelRepository extends JpaRepository<CrisisLevel, Long> {

	List<CrisisLevel> findByPlanIdOrderByPositionAscIdAsc(long planId);

}
