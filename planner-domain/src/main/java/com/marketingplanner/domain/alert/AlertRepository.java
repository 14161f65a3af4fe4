package com.marketingplanner.domain.alert;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

/** Alerts are shown with their plan (title, currency), so it is fetched with them. */
public interface AlertRepository extends JpaRepository<Alert, Long>, JpaSpecificationExecutor<Alert> {

	@Override
	@EntityGraph(attributePaths = "plan", type = EntityGraph.EntityGraphType.LOAD)
	Optional<Alert> findById(Long id);

	@Override
	@EntityGraph(attributePaths = "plan", type = EntityGraph.EntityGraphType.LOAD)
	Page<Alert> findAll(Specification<Alert> specification, Pageable pageable);

	/** The plan's alerts that are not resolved yet. */
	@Query("select a from Alert a where a.plan.id = :planId and a.status <> com.marketingplanner.domain.alert.AlertStatus.RESOLVED")
	List<Alert> findUnresolved(long planId);

	/**
	 * The plan's alerts raised in [from, to), oldest first (the weekly effect report).
	 */
	List<Alert> findByPlanIdAndRaisedAtGreaterThanEqualAndRaisedAtLessThanOrderByRaisedAtAscIdAsc(long planId,
			Instant from, Instant to);

}
