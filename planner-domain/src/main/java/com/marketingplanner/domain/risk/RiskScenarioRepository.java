package com.marketingplanner.domain.risk;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RiskScenarioRepository extends JpaRepository<RiskScenario, Long> {

	List<RiskScenario> findByPlanIdOrderByPositionAscIdAsc(long planId);

	List<RiskScenario> findByRiskId(long riskId);

}
