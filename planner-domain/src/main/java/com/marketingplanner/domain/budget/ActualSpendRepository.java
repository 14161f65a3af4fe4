package com.marketingplanner.domain.budget;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ActualSpendRepository extends JpaRepository<ActualSpend, Long> {

	List<ActualSpend> findByLinePlanIdOrderBySpentOnAscIdAsc(long planId);

	List<ActualSpend> findByLineIdOrderBySpentOnAscIdAsc(long lineId);

}
