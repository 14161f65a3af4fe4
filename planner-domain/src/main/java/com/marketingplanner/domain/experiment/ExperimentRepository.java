package com.marketingplanner.domain.experiment;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ExperimentRepository extends JpaRepository<Experiment, Long> {

	/** The plan's tests, the latest start first (unscheduled ones last), then by id. */
	@Query("""
			select e from Experiment e where e.plan.id = :planId
			order by case when e.startDate is null then 1 else 0 end, e.startDate desc, e.id desc""")
	Page<Experiment> findByPlan(long planId, Pageable pageable);

}
