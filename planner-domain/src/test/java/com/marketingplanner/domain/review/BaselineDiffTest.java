package com.marketingplanner.domain.review;

import java.util.List;
import java.util.Map;

import com.marketingplanner.domain.review.ItemChange.Change;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BaselineDiffTest {

	@Test
	void reportsAddedRemovedAndChangedItemsWithOldAndNewValues() {
		PlanSnapshot then = new PlanSnapshot(List.of(item("plan", 1, "2026 plan", Map.of("total_budget", "1000")),
				item("budget_line", 10, "抖音", Map.of("planned_amount", "400")),
				item("budget_line", 11, "小红书", Map.of("planned_amount", "200")),
				item("risk", 30, "Supply", Map.of("probability", "0.3"))));
		PlanSnapshot now = new PlanSnapshot(List.of(item("plan", 1, "2026 plan", Map.of("total_budget", "1200")),
				item("budget_line", 10, "抖音", Map.of("planned_amount", "400")),
				item("budget_line", 12, "天猫", Map.of("planned_amount", "300")),
				item("risk", 30, "Supply", Map.of("probability", "0.5"))));

		List<ItemChange> changes = BaselineDiff.between(then, now);

		assertThat(changes).extracting(ItemChange::kind, ItemChange::id, ItemChange::change)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("plan", 1L, Change.CHANGED),
					org.assertj.core.groups.Tuple.tuple("budget_line", 12L, Change.ADDED),
					org.assertj.core.groups.Tuple.tuple("budget_line", 11L, Change.REMOVED),
					org.assertj.core.groups.Tuple.tuple("risk", 30L, Change.CHANGED));
		assertThat(changes.get(0).fields()).containsExactly(new FieldChange("total_budget", "1000", "1200"));
		assertThat(changes.get(1).fields()).containsExactly(new FieldChange("planned_amount", null, "300"));
		assertThat(changes.get(2).fields()).containsExactly(new FieldChange("planned_amount", "200", null));
	}

	@Test
	void aRenamedItemIsAChangeOfItsNameNotARemovalAndAnAddition() {
		PlanSnapshot then = new PlanSnapshot(List.of(item("kpi", 5, "GMV", Map.of("name", "GMV", "target", "10"))));
		PlanSnapshot now = new PlanSnapshot(
				List.of(item("kpi", 5, "GMV (daily)", Map.of("name", "GMV (daily)", "target", "10"))));

		assertThat(BaselineDiff.between(then, now)).singleElement().satisfies((change) -> {
			assertThat(change.change()).isEqualTo(Change.CHANGED);
			assertThat(change.label()).isEqualTo("GMV (daily)");
			assertThat(change.fields()).containsExactly(new FieldChange("name", "GMV", "GMV (daily)"));
		});
	}

	@Test
	void renamingAParentIsNotAChangeOfItsSubLinesButMovingALineIsShownByName() {
		PlanSnapshot then = new PlanSnapshot(List.of(item("budget_line", 1, "技术研发投入", Map.of("name", "技术研发投入")),
				item("budget_line", 2, "营销推广", Map.of("name", "营销推广")),
				item("budget_line", 3, "数据中台", Map.of("name", "数据中台", "parent_id", "1"))));
		PlanSnapshot now = new PlanSnapshot(List.of(item("budget_line", 1, "技术研发（含AI）", Map.of("name", "技术研发（含AI）")),
				item("budget_line", 2, "营销推广", Map.of("name", "营销推广")),
				item("budget_line", 3, "数据中台", Map.of("name", "数据中台", "parent_id", "2"))));

		List<ItemChange> changes = BaselineDiff.between(then, now);

		assertThat(changes).extracting(ItemChange::id).containsExactly(1L, 3L);
		assertThat(changes.get(1).fields()).containsExactly(new FieldChange("parent", "技术研发投入", "营销推广"));
	}

	@Test
	void identicalSnapshotsHaveNoChanges() {
		PlanSnapshot snapshot = new PlanSnapshot(
				List.of(item("phase", 2, "Warm-up", Map.of("start_date", "2026-10-01"))));
		assertThat(BaselineDiff.between(snapshot, snapshot)).isEmpty();
	}

	private static SnapshotItem item(String kind, long id, String label, Map<String, String> fields) {
		return new SnapshotItem(kind, id, label, fields);
	}

}
