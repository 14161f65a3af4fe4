package com.marketingplanner.domain.shared;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OrderedTreeTest {

	/** 1 ─┬─ 2 ── 4; 1 ── 3 (positions out of order); 5 at the top level. */
	private final List<Node> tree = List.of(new Node(1L, null, 0), new Node(3L, 1L, 1), new Node(2L, 1L, 0),
			new Node(4L, 2L, 0), new Node(5L, null, 1));

	@Test
	void siblingsComeInPositionOrder() {
		assertThat(OrderedTree.siblings(this.tree, 1L)).extracting(Node::getId).containsExactly(2L, 3L);
		assertThat(OrderedTree.siblings(this.tree, null)).extracting(Node::getId).containsExactly(1L, 5L);
		assertThat(OrderedTree.siblings(this.tree, 4L)).isEmpty();
	}

	@Test
	void aNodeCannotMoveUnderItselfOrBelowItself() {
		assertThat(OrderedTree.isSelfOrDescendant(this.tree, 1L, 1L)).isTrue();
		assertThat(OrderedTree.isSelfOrDescendant(this.tree, 1L, 4L)).isTrue();
		assertThat(OrderedTree.isSelfOrDescendant(this.tree, 2L, 3L)).isFalse();
		assertThat(OrderedTree.isSelfOrDescendant(this.tree, 4L, 1L)).isFalse();
	}

	@Test
	void clampsARequestedPlaceToTheSiblings() {
		assertThat(OrderedTree.clamp(null, 3)).isEqualTo(3);
		assertThat(OrderedTree.clamp(7, 3)).isEqualTo(3);
		assertThat(OrderedTree.clamp(-2, 3)).isZero();
		assertThat(OrderedTree.clamp(1, 3)).isEqualTo(1);
	}

	@Test
	void renumbersDensely() {
		List<Node> siblings = new ArrayList<>(List.of(new Node(7L, null, 4), new Node(8L, null, 9)));
		OrderedTree.renumber(siblings, (node, position) -> node.position = position);
		assertThat(siblings).extracting(Node::getPosition).containsExactly(0, 1);
	}

	static final class Node implements TreeNode {

		private final Long id;

		private final Long parentId;

		private int position;

		Node(Long id, Long parentId, int position) {
			this.id = id;
			this.parentId = parentId;
			this.position = position;
		}

		@Override
		public Long getId() {
			return this.id;
		}

		@Override
		public Long getParentId() {
			return this.parentId;
		}

		@Override
		public int getPosition() {
			return this.position;
		}

	}

}
