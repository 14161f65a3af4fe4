package com.marketingplanner.domain.timeline;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DependencyGraphTest {

	@Test
	void findsNoCycleInAChain() {
		// 3 depends on 2, 2 depends on 1
		DependencyGraph graph = new DependencyGraph(Map.of(1L, Set.of(), 2L, Set.of(1L), 3L, Set.of(2L)));

		assertThat(graph.cycleIfDependsOn(4L, Set.of(3L, 1L))).isEmpty();
		assertThat(graph.cycleIfDependsOn(3L, Set.of(1L, 2L))).isEmpty();
	}

	@Test
	void findsTheCycleWhenTheFirstMilestoneWouldDependOnTheLast() {
		DependencyGraph graph = new DependencyGraph(Map.of(1L, Set.of(), 2L, Set.of(1L), 3L, Set.of(2L)));

		assertThat(graph.cycleIfDependsOn(1L, Set.of(3L))).contains(List.of(1L, 3L, 2L, 1L));
	}

	@Test
	void findsADirectTwoMilestoneCycle() {
		DependencyGraph graph = new DependencyGraph(Map.of(1L, Set.of(2L), 2L, Set.of()));

		assertThat(graph.cycleIfDependsOn(2L, Set.of(1L))).contains(List.of(2L, 1L, 2L));
	}

	@Test
	void replacesTheMilestonesCurrentDependenciesRatherThanAddingToThem() {
		// 1 depends on 2 today; giving 1 no dependencies removes the edge, so 2 -> 1 is
		// fine
		DependencyGraph graph = new DependencyGraph(Map.of(1L, Set.of(2L), 2L, Set.of()));

		assertThat(graph.cycleIfDependsOn(1L, Set.of())).isEmpty();
		assertThat(graph.cycleIfDependsOn(2L, Set.of(1L))).isPresent();
	}

	@Test
	void acceptsADiamondOfDependencies() {
		// 4 depends on 2 and 3, both depend on 1
		DependencyGraph graph = new DependencyGraph(
				Map.of(1L, Set.of(), 2L, Set.of(1L), 3L, Set.of(1L), 4L, Set.of(2L, 3L)));

		assertThat(graph.cycleIfDependsOn(4L, Set.of(2L, 3L, 1L))).isEmpty();
		assertThat(graph.cycleIfDependsOn(1L, Set.of(4L))).isPresent();
	}

	@Test
	void treatsADependencyOnItselfAsACycle() {
		DependencyGraph graph = new DependencyGraph(Map.of(1L, Set.of()));

		assertThat(graph.cycleIfDependsOn(1L, Set.of(1L))).contains(List.of(1L, 1L));
	}

}
