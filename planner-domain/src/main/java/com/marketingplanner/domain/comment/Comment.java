package com.marketingplanner.domain.comment;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.BatchSize;

import com.marketingplanner.domain.plan.Plan;
import com.marketingplanner.domain.plan.PlanPart;
import com.marketingplanner.domain.shared.ActionNotPermittedException;
import com.marketingplanner.domain.shared.BusinessRuleViolation;
import com.marketingplanner.domain.shared.Versioned;
import com.marketingplanner.domain.user.AppUser;
import com.marketingplanner.domain.user.Role;

/**
 * A comment on an item of a plan (or on the plan itself), by its author, mentioning
 * people with {@code @username}. Its author may edit it; the author, the plan's owner and
 * administrators may delete it.
 */
@Entity
@Table(name = "plan_comment")
public class Comment implements PlanPart, Versioned {

	/** The longest comment, in characters. */
	public static final int MAX_LENGTH = 10000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "plan_id")
	private Plan plan;

	@Enumerated(EnumType.STRING)
	@Column(name = "target_type", nullable = false)
	private CommentTarget targetType;

	@Column(name = "target_id", nullable = false)
	private long targetId;

	@ManyToOne(fetch = FetchType.EAGER, optional = false)
	@JoinColumn(name = "author_id")
	private AppUser author;

	@Column(nullable = false)
	private String body;

	@Enumerated(EnumType.STRING)
	private ReviewDecision review;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt = Instant.now();

	@Column(name = "edited_at")
	private Instant editedAt;

	@OneToMany(mappedBy = "comment", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
	@BatchSize(size = 100)
	private Set<Mention> mentions = new LinkedHashSet<>();

	@Version
	private long version;

	protected Comment() {
	}

	public Comment(Plan plan, CommentTarget targetType, long targetId, AppUser author, String body) {
		this.plan = plan;
		this.targetType = targetType;
		this.targetId = targetId;
		this.author = author;
		this.body = requireValidBody(body);
	}

	/**
	 * Checks a comment's text without changing anything.
	 * @return the text without surrounding white space
	 * @throws BusinessRuleViolation on {@code body} when it is blank or too long
	 */
	public static String requireValidBody(String body) {
		if (body == null || body.isBlank()) {
			throw new BusinessRuleViolation("body", "error.comment.body-required", "A comment needs a text");
		}
		String text = body.strip();
		if (text.length() > MAX_LENGTH) {
			throw new BusinessRuleViolation("body", "error.comment.body-too-long",
					"A comment has at most " + MAX_LENGTH + " characters", MAX_LENGTH);
		}
		return text;
	}

	/** Marks the comment as the record of a review decision. */
	public void recordsDecision(ReviewDecision decision) {
		this.review = decision;
	}

	/**
	 * Replaces the text (only its author) and the people it mentions: people mentioned
	 * before and still mentioned keep whether they have seen it.
	 */
	public void edit(AppUser by, String newBody, Collection<AppUser> mentioned) {
		if (!isBy(by)) {
			throw new ActionNotPermittedException("error.comment.not-author",
					"Only the author of a comment may edit it");
		}
		this.body = requireValidBody(newBody);
		this.editedAt = Instant.now();
		mention(mentioned);
	}

	/**
	 * Sets the people the comment mentions (the author is never notified of themself).
	 */
	public void mention(Collection<AppUser> mentioned) {
		this.mentions.removeIf((mention) -> mentioned.stream().noneMatch((user) -> same(user, mention.getUser())));
		for (AppUser user : mentioned) {
			boolean known = this.mentions.stream().anyMatch((mention) -> same(user, mention.getUser()));
			if (!known && !same(user, this.author)) {
				this.mentions.add(new Mention(this, user));
			}
		}
	}

	/**
	 * Refuses to delete unless {@code by} is the author, the plan's owner or an
	 * administrator.
	 */
	public void requireDeletableBy(AppUser by) {
		if (!isBy(by) && !this.plan.accessFor(by).canManage() && by.getRole() != Role.ADMIN) {
			throw new ActionNotPermittedException("error.comment.not-deletable",
					"Only the author, the plan's owner or an administrator may delete a comment");
		}
	}

	public boolean isBy(AppUser user) {
		return same(this.author, user);
	}

	private static boolean same(AppUser one, AppUser other) {
		return one == other || (one.getId() != null && one.getId().equals(other.getId()));
	}

	@Override
	public Long getId() {
		return this.id;
	}

	@Override
	public Plan getPlan() {
		return this.plan;
	}

	public CommentTarget getTargetType() {
		return this.targetType;
	}

	public long getTargetId() {
		return this.targetId;
	}

	public AppUser getAuthor() {
		return this.author;
	}

	public String getBody() {
		return this.body;
	}

	public ReviewDecision getReview() {
		return this.review;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getEditedAt() {
		return this.editedAt;
	}

	/** The people mentioned, by username in the order they were mentioned. */
	public List<String> getMentionedUsernames() {
		return this.mentions.stream().map((mention) -> mention.getUser().getUsername()).toList();
	}

	@Override
	public long getVersion() {
		return this.version;
	}

}
