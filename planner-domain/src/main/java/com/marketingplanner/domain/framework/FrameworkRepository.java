package com.marketingplanner.domain.framework;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface FrameworkRepository extends JpaRepository<Framework, Long> {

	List<Framework> findByPlanIdOrderByPositionAscIdAsc(long planId);

}
