package com.marketingplanner.domain.organisation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TeamUnitRepository extends JpaRepository<TeamUnit, Long> {

	List<TeamUnit> findByPlanIdOrderByPositionAscIdAsc(long planId);

}
