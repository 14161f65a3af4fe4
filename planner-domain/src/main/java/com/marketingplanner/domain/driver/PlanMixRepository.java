package com.marketingplanner.domain.driver;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PlanMixRepository extends JpaRepository<PlanMix, Long> {

	List<PlanMix> findByPlanIdOrderByPositionAscIdAsc(long planId);

	@Query("select coalesce(max(m.position) + 1, 0) from PlanMix m where m.plan.id = :planId")
	int nextPosition(@Param("planId") long planId);

}
