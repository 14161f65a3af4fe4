package com.marketingplanner.web.chart;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class ChartTableTest {

	static final ChartTable.Words WORDS = new ChartTable.Words("Item", "Value", "Row", "Start", "End", "Detail");

	@Test
	void aCategoryChartBecomesOneRowPerCategoryWithTheSameWrittenFigures() {
		Chart chart = Chart.builder("c", ChartKind.BARS, "Plan vs actual")
			.categories(List.of("Tech", "Channels"))
			.series("Planned", Series.Style.DEFAULT, Tone.SERIES_1,
					List.of(Datum.of(BigDecimal.valueOf(120), "¥120"), Datum.of(BigDecimal.valueOf(80), "¥80")))
			.series("Spent", Series.Style.DEFAULT, Tone.SERIES_2,
					List.of(Datum.of(BigDecimal.ONE, "¥1").linkedTo("/plans/1/budget"), Datum.of(null, null)))
			.threshold(new Threshold("Target", BigDecimal.TEN, "¥10", Tone.GOOD))
			.build();

		ChartTable table = ChartTable.of(chart, WORDS);

		assertThat(table.headers()).containsExactly("Item", "Planned", "Spent");
		assertThat(table.rows()).hasSize(2);
		assertThat(table.rows().get(0)).extracting(ChartTable.Cell::text).containsExactly("Tech", "¥120", "¥1");
		assertThat(table.rows().get(0).get(2).href()).isEqualTo("/plans/1/budget");
		assertThat(table.rows().get(1)).extracting(ChartTable.Cell::text).containsExactly("Channels", "¥80", "—");
		assertThat(table.notes()).containsExactly("Target: ¥10");
	}

	@Test
	void aTimelineBecomesOneRowPerSpanAndAMilestoneHasNoEnd() {
		LocalDate day = LocalDate.of(2026, 3, 31);
		Chart chart = Chart.builder("t", ChartKind.TIMELINE, "Gantt")
			.row("Build")
			.span(new Span("p1", 0, LocalDate.of(2026, 1, 1), day, "Build", null, Tone.INFO, false, false, null))
			.span(new Span("m1", 0, day, day, "Spec done", "Planned", Tone.NEUTRAL, true, true, "/edit"))
			.build();

		ChartTable table = ChartTable.of(chart, WORDS);

		assertThat(table.headers()).containsExactly("Row", "Item", "Start", "End", "Detail");
		assertThat(table.rows().get(0)).extracting(ChartTable.Cell::text)
			.containsExactly("Build", "Build", "2026-01-01", "2026-03-31", "");
		assertThat(table.rows().get(1)).extracting(ChartTable.Cell::text)
			.containsExactly("Build", "Spec done", "2026-03-31", "", "Planned");
	}

	@Test
	void aChartWithoutValuesIsEmpty() {
		Chart chart = Chart.builder("e", ChartKind.DONUT, "Split")
			.category("a")
			.series("s", Series.Style.DEFAULT, Tone.SERIES_1, List.of(Datum.of(null, "—")))
			.build();
		assertThat(chart.isEmpty()).isTrue();
	}

	@Test
	void theJsonOfAChartCannotCloseItsScriptBlock() {
		Chart chart = Chart.builder("x", ChartKind.BARS, "</script><script>alert(1)</script>").build();
		String json = new ChartJson(JsonMapper.builder().build()).json(chart);
		assertThat(json).doesNotContain("<").contains("\\u003c/script>");
		assertThat(JsonMapper.builder().build().readTree(json).get("title").asString())
			.isEqualTo("</script><script>alert(1)</script>");
	}

}
