package com.marketingplanner.domain.cadence;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CadenceRepository extends JpaRepository<Cadence, Long> {

	List<Cadence> findByPlanIdOrderByPositionAscIdAsc(long planId);

}
