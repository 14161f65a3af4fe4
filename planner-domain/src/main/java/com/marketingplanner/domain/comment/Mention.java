package com.marketingplanner.domain.comment;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import com.marketingplanner.domain.user.AppUser;

/** A person named with {@code @username} in a comment; seen once they have read it. */
@Entity
@Table(name = "comment_mention")
public class Mention {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "comment_id")
	private Comment comment;

	@ManyToOne(fetch = FetchType.EAGER, optional = false)
	@JoinColumn(name = "user_id")
	private AppUser user;

	@Column(name = "seen_at")
	private Instant seenAt;

	protected Mention() {
	}

	Mention(Comment comment, AppUser user) {
		this.comment = comment;
		this.user = user;
	}

	/** Records that the person has seen the mention (the first time counts). */
	public void markSeen(Instant when) {
		if (this.seenAt == null) {
			this.seenAt = when;
		}
	}

	public Long getId() {
		return this.id;
	}

	public Comment getComment() {
		return this.comment;
	}

	public AppUser getUser() {
		return this.user;
	}

	public Instant getSeenAt() {
		return this.seenAt;
	}

	public boolean isSeen() {
		return this.seenAt != null;
	}

}
