package com.marketingplanner.web.comment;

import com.marketingplanner.domain.comment.CommentService;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
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
		Authentication who = SecurityContextHolder.getContext().getAuthentication();
		if (who == null || !who.isAuthenticated() || who instanceof AnonymousAuthenticationToken) {
			return 0;
		}
		return this.comments.unseenMentions(who.getName());
	}

}
