package com.marketingplanner.domain.offer;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TacticRepository extends JpaRepository<Tactic, Long> {

	List<Tactic> findByPlanIdOrderByPositionAscIdAsc(long planId);

}
