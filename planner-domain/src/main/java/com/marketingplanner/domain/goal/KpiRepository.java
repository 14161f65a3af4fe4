package com.marketingplanner.domain.goal;

import java.util.Collection;
import java.util.List;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface KpiRepository extends JpaRepository<Kpi, Long>, JpaSpecificationExecutor<Kpi> {

	@Override
	@EntityGraph(attributePaths = "goal")
	Page<Kpi> findAll(Specification<Kpi> specification, Pageable pageable);

	@Override
	@EntityGraph(attributePaths = "goal")
	List<Kpi> findAll(Specification<Kpi> specification, Sort sort);

	@EntityGraph(attributePaths = "goal")
	Optional<Kpi> findWithGoalById(long id);

	@Query("select coalesce(max(k.position) + 1, 0) from Kpi k where k.plan.id = :planId")
	int nextPosition(@Param("planId") long planId);

	/**
	 * Moves the KPIs of the given goals to the plan level (what the schema does on
	 * delete).
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update Kpi k set k.goal = null where k.goal.id in :goalIds")
	int detachFromGoals(@Param("goalIds") Collection<Long> goalIds);

}
