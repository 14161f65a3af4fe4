package com.marketingplanner.domain.comment;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CommentRepository extends JpaRepository<Comment, Long> {

	Page<Comment> findByPlanIdOrderByCreatedAtAscIdAsc(long planId, Pageable pageable);

	Page<Comment> findByPlanIdAndTargetTypeAndTargetIdOrderByCreatedAtAscIdAsc(long planId, CommentTarget targetType,
			long targetId, Pageable pageable);

	Page<Comment> findByPlanIdAndTargetTypeOrderByCreatedAtAscIdAsc(long planId, CommentTarget targetType,
			Pageable pageable);

	/** Number of comments per item of a plan: rows of target type, target id, count. */
	@Query("select c.targetType, c.targetId, count(c) from Comment c where c.plan.id = :planId group by c.targetType, c.targetId")
	List<Object[]> countByTarget(long planId);

}
