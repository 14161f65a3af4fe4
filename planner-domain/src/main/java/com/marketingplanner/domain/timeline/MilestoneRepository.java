package com.marketingplanner.domain.timeline;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface MilestoneRepository extends JpaRepository<Milestone, Long>, JpaSpecificationExecutor<Milestone> {

	List<Milestone> findByPlanIdOrderByDueDateAscIdAsc(long planId);

	List<Milestone> findByPlanIdOrderByIdAsc(long planId);

	@Query("select m from Milestone m where m.phase.id = :phaseId")
	List<Milestone> findByPhaseId(@Param("phaseId") long phaseId);

}
