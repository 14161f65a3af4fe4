package com.marketingplanner.domain.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.marketingplanner.domain.review.ItemChange.Change;

/**
 * What changed between two snapshots of one plan. Items are matched by kind and id (a
 * revision keeps the plan's ids), so a renamed line is a change of its name, not a
 * removal and an addition. Results are in {@link PlanSnapshot#KINDS} order, then in the
 * order of the newer snapshot (removed items last within their kind).
 */
public final class BaselineDiff {

	private BaselineDiff() {
	}

	/** Reference fields, by kind of item, with the kind of item they refer to. */
	private static final Map<String, String> REFERENCES = Map.of("budget_line.parent_id", "budget_line",
			"budget_line.phase_id", "phase", "milestone.phase_id", "phase", "campaign.budget_line_id", "budget_line");

	public static List<ItemChange> between(PlanSnapshot older, PlanSnapshot newer) {
		Map<String, SnapshotItem> before = byKey(older);
		Map<String, SnapshotItem> after = byKey(newer);
		Labels labels = new Labels(before, after);
		List<ItemChange> changes = new ArrayList<>();
		for (SnapshotItem now : after.values()) {
			SnapshotItem then = before.get(now.key());
			if (then == null) {
				changes.add(new ItemChange(now.kind(), now.id(), now.label(), Change.ADDED,
						fields(now.kind(), Map.of(), now.fields(), labels)));
			}
			else {
				List<FieldChange> fields = fields(now.kind(), then.fields(), now.fields(), labels);
				if (!fields.isEmpty()) {
					changes.add(new ItemChange(now.kind(), now.id(), now.label(), Change.CHANGED, fields));
				}
			}
		}
		for (SnapshotItem then : before.values()) {
			if (!after.containsKey(then.key())) {
				changes.add(new ItemChange(then.kind(), then.id(), then.label(), Change.REMOVED,
						fields(then.kind(), then.fields(), Map.of(), labels)));
			}
		}
		changes.sort(Comparator.comparingInt((ItemChange change) -> kindOrder(change.kind())));
		return List.copyOf(changes);
	}

	private static List<FieldChange> fields(String kind, Map<String, String> before, Map<String, String> after,
			Labels labels) {
		Set<String> names = new LinkedHashSet<>(after.keySet());
		names.addAll(before.keySet());
		List<FieldChange> fields = new ArrayList<>();
		for (String name : names) {
			String old = before.get(name);
			String now = after.get(name);
			if (!Objects.equals(old, now)) {
				String referenced = REFERENCES.get(kind + "." + name);
				if (referenced == null) {
					fields.add(new FieldChange(name, old, now));
				}
				else {
					fields.add(new FieldChange(name.substring(0, name.length() - "_id".length()),
							labels.before(referenced, old), labels.after(referenced, now)));
				}
			}
		}
		return fields;
	}

	/**
	 * Labels of referenced items: as they were in the older snapshot, as they are in the
	 * newer.
	 */
	private record Labels(Map<String, SnapshotItem> before, Map<String, SnapshotItem> after) {

		String before(String kind, String id) {
			return label(this.before, kind, id);
		}

		String after(String kind, String id) {
			return label(this.after, kind, id);
		}

		private static String label(Map<String, SnapshotItem> items, String kind, String id) {
			if (id == null) {
				return null;
			}
			SnapshotItem item = items.get(kind + ":" + id);
			return (item != null && item.label() != null) ? item.label() : "#" + id;
		}

	}

	private static Map<String, SnapshotItem> byKey(PlanSnapshot snapshot) {
		return snapshot.items()
			.stream()
			.collect(Collectors.toMap(SnapshotItem::key, Function.identity(), (first, second) -> first,
					LinkedHashMap::new));
	}

	private static int kindOrder(String kind) {
		int index = PlanSnapshot.KINDS.indexOf(kind);
		return (index >= 0) ? index : PlanSnapshot.KINDS.size();
	}

}
