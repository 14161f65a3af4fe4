package com.marketingplanner.domain.organisation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PartnerRepository extends JpaRepository<Partner, Long> {

	List<Partner> findByPlanIdOrderByPositionAscIdAsc(long planId);

}
