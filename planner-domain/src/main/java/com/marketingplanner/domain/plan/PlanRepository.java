package com.marketingplanner.domain.plan;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/**
 * Plans are always read with their owner and the people who submitted and approved them:
 * every page and response shows them.
 */
public interface PlanRepository extends JpaRepository<Plan, Long>, JpaSpecificationExecutor<Plan> {

	@Override
	@EntityGraph(attributePaths = { "owner", "submittedBy", "approvedBy" })
	Optional<Plan> findById(Long id);

	@Override
	@EntityGraph(attributePaths = { "owner", "submittedBy", "approvedBy" })
	Page<Plan> findAll(Specification<Plan> specification, Pageable pageable);

}
