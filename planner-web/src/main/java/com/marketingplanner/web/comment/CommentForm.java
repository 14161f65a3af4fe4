package com.marketingplanner.web.comment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.marketingplanner.domain.comment.Comment;
import com.marketingplanner.domain.comment.CommentCommand;
import com.marketingplanner.domain.comment.CommentTarget;

/**
 * The comment form of the discussion page: {@code about} names the item as
 * {@code TYPE:id} (e.g. {@code RISK:12}, {@code PLAN:5}), as the item picker offers it.
 */
public record CommentForm(@NotBlank @Pattern(regexp = "[A-Z_]+:\\d{1,18}") String about,
		@NotBlank @Size(max = Comment.MAX_LENGTH) String body) {

	static String about(CommentTarget type, long id) {
		return type + ":" + id;
	}

	CommentCommand toCommand() {
		String[] parts = this.about.split(":");
		CommentTarget type;
		try {
			type = CommentTarget.valueOf(parts[0]);
		}
		catch (IllegalArgumentException ex) {
			type = CommentTarget.PLAN;
		}
		return new CommentCommand(type, Long.valueOf(parts[1]), this.body);
	}

}
