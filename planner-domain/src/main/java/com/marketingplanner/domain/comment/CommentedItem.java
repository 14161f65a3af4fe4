package com.marketingplanner.domain.comment;

/**
 * An item of a plan that can be commented on, with its label ({@code null} when the item
 * no longer exists) and its number of comments.
 */
public record CommentedItem(CommentTarget type, long id, String label, long comments) {
}
