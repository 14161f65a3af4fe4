package com.marketingplanner.domain.comment;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.EntityGraph.EntityGraphType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MentionRepository extends JpaRepository<Mention, Long> {

	/**
	 * The person's mentions, newest first, in plans they can still read (visible to the
	 * organisation, theirs, or with them as a member; approvers and administrators read
	 * every plan).
	 */
	@EntityGraph(attributePaths = { "comment", "comment.plan", "comment.author" }, type = EntityGraphType.LOAD)
	@Query(value = """
			select m from Mention m join m.comment c join c.plan p join m.user u
			where u.username = :username and (:unseenOnly = false or m.seenAt is null)
			  and (p.visibility = com.marketingplanner.domain.plan.PlanVisibility.ORGANISATION or p.owner = u
			       or u.role in (com.marketingplanner.domain.user.Role.APPROVER, com.marketingplanner.domain.user.Role.ADMIN)
			       or exists (select pm from PlanMember pm where pm.plan = p and pm.user = u))
			order by c.createdAt desc, m.id desc""",
			countQuery = """
					select count(m) from Mention m join m.comment c join c.plan p join m.user u
					where u.username = :username and (:unseenOnly = false or m.seenAt is null)
					  and (p.visibility = com.marketingplanner.domain.plan.PlanVisibility.ORGANISATION or p.owner = u
					       or u.role in (com.marketingplanner.domain.user.Role.APPROVER, com.marketingplanner.domain.user.Role.ADMIN)
					       or exists (select pm from PlanMember pm where pm.plan = p and pm.user = u))""")
	Page<Mention> inbox(String username, boolean unseenOnly, Pageable pageable);

	long countByUserUsernameAndSeenAtIsNull(String username);

	List<Mention> findByUserUsernameAndSeenAtIsNull(String username);

}
