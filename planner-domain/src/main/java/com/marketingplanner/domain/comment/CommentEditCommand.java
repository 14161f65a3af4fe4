package com.marketingplanner.domain.comment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new text for a comment; {@code version} is the version read. */
public record CommentEditCommand(@NotBlank @Size(max = Comment.MAX_LENGTH) String body, @NotNull Long version) {
}
