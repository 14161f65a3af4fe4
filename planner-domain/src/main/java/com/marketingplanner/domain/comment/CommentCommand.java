package com.marketingplanner.domain.comment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A new comment on an item of the plan: {@code targetType} and {@code targetId} name the
 * item ({@code PLAN} with no id, or the plan's id, for the plan itself); {@code body} may
 * mention people with {@code @username}.
 */
public record CommentCommand(@NotNull CommentTarget targetType, Long targetId,
		@NotBlank @Size(max = Comment.MAX_LENGTH) String body) {
}
