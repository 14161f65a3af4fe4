package com.marketingplanner.analytics.journey;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.marketingplanner.analytics.io.CsvReader;

import static org.assertj.core.api.Assertions.assertThat;

class PathCsvWriterTest {

	@Test
	void writesTheChannelAttributionFormatOrderedByPathWithRoundedValues() throws IOException {
		PathTable table = PathCount.toTable(List.of(new PathCount(List.of("search", "email"), 2, 0.1 + 0.2, 5),
				new PathCount(List.of("display"), 0, 0, 3), new PathCount(List.of("a,b", "email"), 1, 12.5, 0)));
		StringBuilder csv = new StringBuilder();
		PathCsvWriter.write(table, csv);
		assertThat(csv).hasToString("""
				path,total_conversions,total_conversion_value,total_null
				"a,b > email",1,12.5,0
				display,0,0,3
				search > email,2,0.3,5
				""");
	}

	@Test
	void whatItWritesReadsBackAsTheSameTable() throws IOException {
		PathTable table = PathCount.toTable(List.of(new PathCount(List.of("a", "b", "a"), 3, 30.25, 2),
				new PathCount(List.of("b"), 0, 0, 5), new PathCount(List.of("c \"quoted\""), 1, 1, 0)));
		StringBuilder csv = new StringBuilder();
		PathCsvWriter.write(table, csv);
		PathTable read = PathCsvReader.read(CsvReader.of("paths.csv", new StringReader(csv.toString())));
		assertThat(PathCount.rowsOf(read)).containsExactlyInAnyOrderElementsOf(PathCount.rowsOf(table));
	}

}
