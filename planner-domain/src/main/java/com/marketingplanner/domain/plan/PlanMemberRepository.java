package com.marketingplanner.domain.plan;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PlanMemberRepository extends JpaRepository<PlanMember, Long> {

}
