package com.marketingplanner.web.comment;

import com.marketingplanner.domain.comment.CommentService;
import com.marketingplanner.web.security.SignedIn;

import org.springframework.stereotype.Component;

/**
 * The number of new mentions of the signed-in person, for the header:
 * {@code ${@mentionCount.unseen()}}.
 */
@Component("mentionCount")
public class MentionCount {

	private final CommentService comments;

	MentionCount(CommentService comments) {
		this.comments = comments;
	}

	public long unseen() {
		return SignedIn.current().map((who) -> this.comments.unseenMentions(who.getName())).orElse(0L);
	}

}
