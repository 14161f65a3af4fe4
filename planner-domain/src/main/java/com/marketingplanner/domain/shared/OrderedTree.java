package com.marketingplanner.domain.shared;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ObjIntConsumer;

/**
 * The mechanics of an ordered tree shared by sections, goals and budget lines: grouping
 * by parent, siblings in order, the cycle test for a move, and dense positions (0, 1, 2,
 * …) so that derived numbers never skip.
 */
public final class OrderedTree {

	private OrderedTree() {
	}

	/**
	 * The nodes grouped by parent id ({@code null} = top level), each group in the given
	 * order.
	 */
	public static <T extends TreeNode> Map<Long, List<T>> childrenByParent(List<T> nodes) {
		Map<Long, List<T>> byParent = new LinkedHashMap<>();
		for (T node : nodes) {
			byParent.computeIfAbsent(node.getParentId(), (key) -> new ArrayList<>()).add(node);
		}
		return byParent;
	}

	/**
	 * The children of {@code parentId} by position, in a new list the caller may change.
	 */
	public static <T extends TreeNode> List<T> siblings(List<T> nodes, Long parentId) {
		List<T> siblings = new ArrayList<>(childrenByParent(nodes).getOrDefault(parentId, List.of()));
		siblings.sort(Comparator.comparingInt(TreeNode::getPosition));
		return siblings;
	}

	/**
	 * Whether {@code candidateId} is {@code nodeId} or lies below it, i.e. whether moving
	 * the node under the candidate would close a cycle.
	 */
	public static boolean isSelfOrDescendant(List<? extends TreeNode> nodes, long nodeId, long candidateId) {
		Map<Long, TreeNode> byId = new LinkedHashMap<>();
		nodes.forEach((node) -> byId.put(node.getId(), node));
		Long current = candidateId;
		while (current != null) {
			if (current == nodeId) {
				return true;
			}
			TreeNode node = byId.get(current);
			current = (node != null) ? node.getParentId() : null;
		}
		return false;
	}

	/**
	 * A requested place among {@code size} siblings: none or past the end = last,
	 * negative = first.
	 */
	public static int clamp(Integer position, int size) {
		return (position == null || position > size) ? size : Math.max(0, position);
	}

	/**
	 * Gives the siblings the positions 0, 1, 2, … in list order, through {@code placeAt}.
	 */
	public static <T> void renumber(List<T> siblings, ObjIntConsumer<T> placeAt) {
		for (int i = 0; i < siblings.size(); i++) {
			placeAt.accept(siblings.get(i), i);
		}
	}

	/**
	 * Puts {@code item} among {@code others} at the requested place ({@link #clamp}) and
	 * renumbers them all.
	 */
	public static <T> void place(List<T> others, T item, Integer position, ObjIntConsumer<T> placeAt) {
		others.add(clamp(position, others.size()), item);
		renumber(others, placeAt);
	}

}
