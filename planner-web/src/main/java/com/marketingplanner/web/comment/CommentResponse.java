package com.marketingplanner.web.comment;

import java.time.Instant;
import java.util.List;

import com.marketingplanner.domain.comment.Comment;
import com.marketingplanner.domain.comment.CommentTarget;
import com.marketingplanner.domain.comment.ReviewDecision;

/**
 * A comment as the API returns it: the item it is about, its author (username), its text,
 * the review decision it records (if any), the people it mentions; {@code version} is
 * what an edit or a delete sends back.
 */
public record CommentResponse(long id, long planId, CommentTarget targetType, long targetId, String author,
		String authorDisplayName, String body, ReviewDecision review, List<String> mentions, Instant createdAt,
		Instant editedAt, long version) {

	static CommentResponse from(Comment comment) {
		return new CommentResponse(comment.getId(), comment.getPlan().getId(), comment.getTargetType(),
				comment.getTargetId(), comment.getAuthor().getUsername(), comment.getAuthor().getDisplayName(),
				comment.getBody(), comment.getReview(), comment.getMentionedUsernames(), comment.getCreatedAt(),
				comment.getEditedAt(), comment.getVersion());
	}

}
