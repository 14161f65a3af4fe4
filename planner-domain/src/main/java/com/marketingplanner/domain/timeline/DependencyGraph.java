package com.marketingplanner.domain.timeline;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The "depends on" relation between the milestones of one plan, as a directed graph (an
 * edge a → b means a depends on b). Pure: it knows ids only.
 */
public final class DependencyGraph {

	private final Map<Long, Set<Long>> dependsOn;

	/**
	 * @param dependsOn for each milestone id, the ids it depends on
	 */
	public DependencyGraph(Map<Long, Set<Long>> dependsOn) {
		this.dependsOn = new HashMap<>();
		dependsOn.forEach((id, targets) -> this.dependsOn.put(id, Set.copyOf(targets)));
	}

	/**
	 * The cycle that giving {@code milestoneId} the dependencies {@code newDependsOn}
	 * (instead of its current ones) would create, as the path of ids
	 * {@code milestoneId → … → milestoneId}; empty when there would be none.
	 */
	public Optional<List<Long>> cycleIfDependsOn(long milestoneId, Set<Long> newDependsOn) {
		Map<Long, Set<Long>> edges = new HashMap<>(this.dependsOn);
		edges.put(milestoneId, Set.copyOf(newDependsOn));
		// depth-first search from the milestone, looking for a way back to it
		Deque<List<Long>> paths = new ArrayDeque<>();
		paths.push(List.of(milestoneId));
		Set<Long> visited = new HashSet<>();
		while (!paths.isEmpty()) {
			List<Long> path = paths.pop();
			Long last = path.get(path.size() - 1);
			for (Long next : edges.getOrDefault(last, Set.of())) {
				List<Long> extended = new ArrayList<>(path);
				extended.add(next);
				if (next == milestoneId) {
					return Optional.of(List.copyOf(extended));
				}
				if (visited.add(next)) {
					paths.push(extended);
				}
			}
		}
		return Optional.empty();
	}

}
