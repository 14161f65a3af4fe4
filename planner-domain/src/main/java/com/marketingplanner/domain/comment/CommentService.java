package com.marketingplanner.domain.comment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.marketingplanner.domain.plan.Plan;
import com.marketingplanner.domain.plan.PlanService;
import com.marketingplanner.domain.plan.PlanStatus;
import com.marketingplanner.domain.shared.BusinessRuleViolation;
import com.marketingplanner.domain.shared.ResourceNotFoundException;
import com.marketingplanner.domain.user.AppUser;
import com.marketingplanner.domain.user.AppUserRepository;

import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Review discussions: comments on the items of a plan, in the order they were written,
 * and the mentions of people in them. Everyone who may read a plan may comment on it
 * (until it is archived); a mentioned person must be able to read the plan. One
 * transaction per action; bad input changes nothing.
 */
@Service
@Transactional(readOnly = true)
public class CommentService {

	private final PlanService plans;

	private final CommentRepository comments;

	private final MentionRepository mentions;

	private final AppUserRepository users;

	private final JdbcClient jdbc;

	public CommentService(PlanService plans, CommentRepository comments, MentionRepository mentions,
			AppUserRepository users, JdbcClient jdbc) {
		this.plans = plans;
		this.comments = comments;
		this.mentions = mentions;
		this.users = users;
		this.jdbc = jdbc;
	}

	/**
	 * A page of the plan's comments, oldest first; all of them, those on one kind of
	 * item, or those on one item.
	 */
	public Page<Comment> list(long planId, CommentTarget targetType, Long targetId, Pageable pageable) {
		this.plans.get(planId);
		if (targetType == null) {
			return this.comments.findByPlanIdOrderByCreatedAtAscIdAsc(planId, pageable);
		}
		if (targetId == null) {
			return this.comments.findByPlanIdAndTargetTypeOrderByCreatedAtAscIdAsc(planId, targetType, pageable);
		}
		return this.comments.findByPlanIdAndTargetTypeAndTargetIdOrderByCreatedAtAscIdAsc(planId, targetType,
				targetId(planId, targetType, targetId), pageable);
	}

	/** The comment, provided it belongs to the plan (404 otherwise). */
	public Comment get(long planId, long commentId) {
		this.plans.get(planId);
		return this.comments.findById(commentId)
			.filter((comment) -> comment.getPlan().getId().equals(planId))
			.orElseThrow(() -> new ResourceNotFoundException("Comment", commentId));
	}

	@Transactional
	public Comment add(long planId, CommentCommand command, String actor) {
		Plan plan = commentable(planId);
		AppUser author = this.users.requireByUsername(actor);
		long targetId = requireTarget(planId, command.targetType(), command.targetId());
		String body = Comment.requireValidBody(command.body());
		List<AppUser> mentioned = mentioned(plan, body);
		Comment comment = new Comment(plan, command.targetType(), targetId, author, body);
		comment.mention(mentioned);
		return this.comments.saveAndFlush(comment);
	}

	@Transactional
	public Comment edit(long planId, long commentId, CommentEditCommand command, String actor) {
		Plan plan = commentable(planId);
		Comment comment = get(planId, commentId);
		comment.requireVersion(command.version());
		String body = Comment.requireValidBody(command.body());
		comment.edit(this.users.requireByUsername(actor), body, mentioned(plan, body));
		return this.comments.saveAndFlush(comment);
	}

	@Transactional
	public void delete(long planId, long commentId, long version, String actor) {
		commentable(planId);
		Comment comment = get(planId, commentId);
		comment.requireVersion(version);
		comment.requireDeletableBy(this.users.requireByUsername(actor));
		this.comments.delete(comment);
		this.comments.flush();
	}

	/**
	 * Leaves the comment of a review decision on a plan or one of its items, in the
	 * transaction of the decision (a listener: it runs before the decision commits).
	 */
	@EventListener
	@Transactional
	public void recordReview(ReviewCommented review) {
		if (review.comment() == null || review.comment().isBlank()) {
			return;
		}
		String text = Comment.requireValidBody(review.comment());
		Comment comment = new Comment(review.plan(), review.targetType(), review.targetId(), review.reviewer(), text);
		comment.recordsDecision(review.decision());
		comment.mention(mentioned(review.plan(), text));
		this.comments.save(comment);
	}

	/**
	 * Every item of the plan that can be commented on, with its label and number of
	 * comments, by kind; items that were deleted but have comments come with a
	 * {@code null} label.
	 */
	public List<CommentedItem> items(long planId) {
		this.plans.get(planId);
		Map<CommentTarget, Map<Long, Long>> counts = counts(planId);
		List<CommentedItem> items = new ArrayList<>();
		Set<String> seen = new LinkedHashSet<>();
		for (CommentTarget type : CommentTarget.values()) {
			Map<Long, Long> ofType = counts.getOrDefault(type, Map.of());
			this.jdbc.sql(type.listQuery()).param("planId", planId).query((row, index) -> {
				long id = row.getLong("id");
				return new CommentedItem(type, id, row.getString("label"), ofType.getOrDefault(id, 0L));
			}).list().forEach((item) -> {
				seen.add(item.type() + ":" + item.id());
				items.add(item);
			});
		}
		counts.forEach((type, byId) -> byId.forEach((id, count) -> {
			if (!seen.contains(type + ":" + id)) {
				items.add(new CommentedItem(type, id, null, count));
			}
		}));
		return items;
	}

	/**
	 * The number of comments on each item of the plan that has any, by kind and item id
	 * (one query; for "Discuss (3)" links in lists of items).
	 */
	public Map<CommentTarget, Map<Long, Long>> counts(long planId) {
		Map<CommentTarget, Map<Long, Long>> counts = new EnumMap<>(CommentTarget.class);
		for (Object[] row : this.comments.countByTarget(planId)) {
			counts.computeIfAbsent((CommentTarget) row[0], (type) -> new HashMap<>()).put((Long) row[1], (Long) row[2]);
		}
		return counts;
	}

	/** The label of an item of the plan; empty when it does not exist (any more). */
	public Optional<String> label(long planId, CommentTarget type, long id) {
		return this.jdbc.sql(type.labelQuery())
			.param("id", id)
			.param("planId", planId)
			.query((row, index) -> row.getString(1))
			.optional();
	}

	/**
	 * The people mentioned in comments: a page of the person's mentions, newest first.
	 */
	public Page<Mention> inbox(String username, boolean unseenOnly, Pageable pageable) {
		return this.mentions.inbox(username, unseenOnly, pageable);
	}

	public long unseenMentions(String username) {
		return this.mentions.countByUserUsernameAndSeenAtIsNull(username);
	}

	/**
	 * Marks one of the person's mentions as seen and returns it (404 when it is not
	 * theirs).
	 */
	@Transactional
	public Mention markSeen(String username, long mentionId) {
		Mention mention = this.mentions.findById(mentionId)
			.filter((candidate) -> candidate.getUser().getUsername().equals(username))
			.orElseThrow(() -> new ResourceNotFoundException("Mention", mentionId));
		mention.markSeen(Instant.now());
		mention.getComment().getPlan().getTitle();
		return mention;
	}

	/** Marks all the person's mentions as seen; returns how many were new. */
	@Transactional
	public int markAllSeen(String username) {
		List<Mention> unseen = this.mentions.findByUserUsernameAndSeenAtIsNull(username);
		Instant now = Instant.now();
		unseen.forEach((mention) -> mention.markSeen(now));
		return unseen.size();
	}

	private Plan commentable(long planId) {
		Plan plan = this.plans.get(planId);
		if (plan.getStatus() == PlanStatus.ARCHIVED) {
			throw new BusinessRuleViolation(null, "error.comment.plan-archived",
					"Plan " + planId + " is archived; it takes no more comments", planId);
		}
		return plan;
	}

	private long requireTarget(long planId, CommentTarget type, Long targetId) {
		long id = targetId(planId, type, targetId);
		if (label(planId, type, id).isEmpty()) {
			throw new BusinessRuleViolation("targetId", "error.comment.target-unknown",
					"There is no " + type + " " + id + " in this plan", type, id);
		}
		return id;
	}

	private static long targetId(long planId, CommentTarget type, Long targetId) {
		if (type == CommentTarget.PLAN) {
			if (targetId != null && targetId != planId) {
				throw new BusinessRuleViolation("targetId", "error.comment.target-unknown",
						"There is no " + type + " " + targetId + " in this plan", type, targetId);
			}
			return planId;
		}
		if (targetId == null) {
			throw new BusinessRuleViolation("targetId", "error.comment.target-required",
					"Name the item the comment is about");
		}
		return targetId;
	}

	/**
	 * The people a text mentions who exist and are enabled.
	 * @throws BusinessRuleViolation on {@code body} when a mentioned person cannot read
	 * the plan
	 */
	private List<AppUser> mentioned(Plan plan, String body) {
		List<AppUser> found = new ArrayList<>();
		for (List<String> candidates : Mentions.candidates(body)) {
			candidates.stream()
				.map(this.users::findByUsername)
				.flatMap(Optional::stream)
				.filter(AppUser::isEnabled)
				.findFirst()
				.ifPresent((user) -> {
					if (!plan.accessFor(user).canRead()) {
						throw new BusinessRuleViolation("body", "error.comment.mention-cannot-read",
								"@" + user.getUsername() + " cannot read this plan; add them as a viewer first",
								user.getUsername());
					}
					if (found.stream().noneMatch((other) -> other.getId().equals(user.getId()))) {
						found.add(user);
					}
				});
		}
		return found;
	}

}
