package com.marketingplanner.domain.budget;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ActualSpendRepository extends JpaRepository<ActualSpend, Long> {

	List<ActualSpend> findByLinePlanIdOrderBySpentOnAscIdAsc(long planId);

	Page<ActualSpend> findByLinePlanId(long planId, Pageable pageable);

	List<ActualSpend> findByLineIdOrderBySpentOnAscIdAsc(long lineId);

}
