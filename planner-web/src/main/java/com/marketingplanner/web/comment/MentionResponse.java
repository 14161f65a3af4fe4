package com.marketingplanner.web.comment;

import java.time.Instant;

import com.marketingplanner.domain.comment.Mention;

/**
 * A mention of the caller in a comment, with the plan it is in and whether it was seen.
 */
public record MentionResponse(long id, long planId, String planTitle, boolean seen, Instant seenAt,
		CommentResponse comment) {

	static MentionResponse from(Mention mention) {
		return new MentionResponse(mention.getId(), mention.getComment().getPlan().getId(),
				mention.getComment().getPlan().getTitle(), mention.isSeen(), mention.getSeenAt(),
				CommentResponse.from(mention.getComment()));
	}

}
