package com.marketingplanner.domain.risk;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface RiskRepository extends JpaRepository<Risk, Long> {

	/**
	 * The plan's risks by score (probability × impact) descending; risks without a score
	 * last, ordered by probability then by their place in the register. The pageable must
	 * be unsorted.
	 */
	@Query(value = """
			select r from Risk r
			where r.plan.id = :planId
			  and (:category is null or r.category = :category)
			  and (:status is null or r.status = :status)
			  and (:strategy is null or r.strategy = :strategy)
			order by case when r.probability is null or r.impact is null then 1 else 0 end,
			  r.probability * r.impact desc, r.probability desc nulls last, r.position, r.id
			""", countQuery = """
			select count(r) from Risk r
			where r.plan.id = :planId
			  and (:category is null or r.category = :category)
			  and (:status is null or r.status = :status)
			  and (:strategy is null or r.strategy = :strategy)
			""")
	Page<Risk> findRegister(@Param("planId") long planId, @Param("category") String category,
			@Param("status") RiskStatus status, @Param("strategy") RiskStrategy strategy, Pageable pageable);

	long countByPlanId(long planId);

	List<Risk> findByPlanIdOrderByPositionAscIdAsc(long planId);

}
