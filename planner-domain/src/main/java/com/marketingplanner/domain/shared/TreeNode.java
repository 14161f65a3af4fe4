package com.marketingplanner.domain.shared;

/**
 * A node of an ordered tree inside one plan (sections, goals, budget lines): its parent
 * ({@code null} at the top level) and its position among its siblings.
 */
public interface TreeNode {

	Long getId();

	Long getParentId();

	int getPosition();

}
