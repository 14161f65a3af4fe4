package com.marketingplanner.domain.timeline;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PhaseRepository extends JpaRepository<Phase, Long> {

	List<Phase> findByPlanIdOrderByStartDateAscPositionAscIdAsc(long planId);

	List<Phase> findByPlanIdOrderByPositionAscIdAsc(long planId);

	Page<Phase> findByPlanId(long planId, Pageable pageable);

	long countByPlanId(long planId);

}
