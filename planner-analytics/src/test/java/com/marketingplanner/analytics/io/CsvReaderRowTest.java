package com.marketingplanner.analytics.io;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvReaderRowTest {

	@Test
	void splitsALineReadElsewhereByTheSameQuotingRules() {
		CsvReader.Row row = CsvReader.row("part-3.csv", 4711, "u1,\"a, \"\"b\"\"\",,x");
		assertThat(row.fields()).containsExactly("u1", "a, \"b\"", "", "x");
		assertThat(row.line()).isEqualTo(4711);
	}

	@Test
	void reportsAnUnterminatedQuoteAtTheGivenPosition() {
		assertThatThrownBy(() -> CsvReader.row("part-3.csv", 4711, "u1,\"open")).isInstanceOf(CsvInputException.class)
			.hasMessage("part-3.csv:4711: unterminated quoted field");
	}

}
