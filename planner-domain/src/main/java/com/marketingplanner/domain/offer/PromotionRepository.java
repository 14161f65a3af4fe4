package com.marketingplanner.domain.offer;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PromotionRepository extends JpaRepository<Promotion, Long> {

	List<Promotion> findByPlanIdOrderByPositionAscIdAsc(long planId);

}
