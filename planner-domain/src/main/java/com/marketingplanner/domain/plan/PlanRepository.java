package com.marketingplanner.domain.plan;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/**
 * Plans are always read with their owner: every page and response shows who owns the
 * plan.
 */
public interface PlanRepository extends JpaRepository<Plan, Long>, JpaSpecificationExecutor<Plan> {

	@Override
	@EntityGraph(attributePaths = "owner")
	Optional<Plan> findById(Long id);

	@Override
	@EntityGraph(attributePaths = "owner")
	Page<Plan> findAll(Specification<Plan> specification, Pageable pageable);

}
