package com.marketingplanner.domain.driver;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface KpiFormulaRepository extends JpaRepository<KpiFormula, Long> {

	List<KpiFormula> findByPlanIdOrderById(long planId);

	boolean existsByKpiId(long kpiId);

}
