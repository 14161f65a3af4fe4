package com.marketingplanner.domain.goal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface KpiMeasurementRepository extends JpaRepository<KpiMeasurement, Long> {

	/** Newest first: by period end, then by recording time. */
	@Query("select m from KpiMeasurement m where m.kpi.id = :kpiId order by m.periodEnd desc, m.recordedAt desc, m.id desc")
	List<KpiMeasurement> findNewestFirst(@Param("kpiId") long kpiId);

	/** The measurements of several KPIs, each KPI's newest first. */
	@Query("select m from KpiMeasurement m where m.kpi.id in :kpiIds order by m.kpi.id, m.periodEnd desc, m.recordedAt desc, m.id desc")
	List<KpiMeasurement> findNewestFirst(@Param("kpiIds") Collection<Long> kpiIds);

	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("delete from KpiMeasurement m where m.kpi.id = :kpiId")
	int deleteByKpiId(@Param("kpiId") long kpiId);

}
