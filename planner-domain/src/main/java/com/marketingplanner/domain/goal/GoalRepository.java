package com.marketingplanner.domain.goal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface GoalRepository extends JpaRepository<Goal, Long>, JpaSpecificationExecutor<Goal> {

	List<Goal> findByPlanIdOrderByPositionAscIdAsc(long planId);

	@Query("select coalesce(max(g.position) + 1, 0) from Goal g where g.plan.id = :planId")
	int nextPosition(@Param("planId") long planId);

	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("delete from Goal g where g.id in :ids")
	void deleteAllByIdIn(@Param("ids") Collection<Long> ids);

}
