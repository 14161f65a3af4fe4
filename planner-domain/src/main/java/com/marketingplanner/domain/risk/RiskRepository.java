package com.marketingplanner.domain.risk;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface RiskRepository extends JpaRepository<Risk, Long> {

	/** The plan's risks that pass the filter, in register order (position). */
	@Query("""
			select r from Risk r
			where r.plan.id = :planId
			  and (:category is null or r.category = :category)
			  and (:status is null or r.status = :status)
			  and (:strategy is null or r.strategy = :strategy)
			order by r.position, r.id
			""")
	List<Risk> findFiltered(@Param("planId") long planId, @Param("category") String category,
			@Param("status") RiskStatus status, @Param("strategy") RiskStrategy strategy);

	long countByPlanId(long planId);

	List<Risk> findByPlanIdOrderByPositionAscIdAsc(long planId);

}
