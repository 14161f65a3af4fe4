package com.marketingplanner.analytics.journey;

import java.io.StringReader;

import org.junit.jupiter.api.Test;

import com.marketingplanner.analytics.io.CsvInputException;
import com.marketingplanner.analytics.io.CsvReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PathCsvReaderTest {

	@Test
	void readsTheChannelAttributionPathFormatAndAddsUpRepeatedPaths() {
		PathTable paths = read("""
				path,total_conversions,total_conversion_value,total_null
				a > b > c,2,20.5,7
				b,0,0,3
				a>b >c,1,1.5,0
				""");
		assertThat(paths.size()).isEqualTo(2);
		assertThat(paths.pathText(0)).isEqualTo("a > b > c");
		assertThat(paths.path(0)).containsExactly(0, 1, 2);
		assertThat(paths.conversions(0)).isEqualTo(3);
		assertThat(paths.value(0)).isEqualTo(22);
		assertThat(paths.nulls(0)).isEqualTo(7);
		assertThat(paths.totalNulls()).isEqualTo(10);
		assertThat(paths.channelNames()).containsExactly("a", "b", "c");
	}

	@Test
	void treatsAMissingValueColumnAsZeroValue() {
		PathTable paths = read("path,total_conversions,total_null\na > b,4,1\n");
		assertThat(paths.totalConversions()).isEqualTo(4);
		assertThat(paths.totalValue()).isZero();
	}

	@Test
	void rejectsAMissingColumnOnTheHeaderLine() {
		assertThatThrownBy(() -> read("path,total_conversions\na,1\n")).isInstanceOf(CsvInputException.class)
			.hasMessageStartingWith("paths.csv:1:")
			.hasMessageContaining("missing column 'total_null'");
	}

	@Test
	void rejectsAnUnparsableCountNamingTheLine() {
		assertThatThrownBy(() -> read("path,total_conversions,total_conversion_value,total_null\na,1,2,3\nb,x,2,3\n"))
			.isInstanceOf(CsvInputException.class)
			.hasMessage("paths.csv:3: 'x' is not a number (total_conversions)");
	}

	@Test
	void rejectsNegativeCountsAndEmptyChannels() {
		assertThatThrownBy(() -> read("path,total_conversions,total_conversion_value,total_null\na,1,2,-3\n"))
			.hasMessageContaining("paths.csv:2: total_null must not be negative");
		assertThatThrownBy(() -> read("path,total_conversions,total_conversion_value,total_null\na >  > b,1,2,3\n"))
			.hasMessageContaining("paths.csv:2: empty channel name in path 'a >  > b'");
		assertThatThrownBy(() -> read("path,total_conversions,total_conversion_value,total_null\n\"\",1,2,3\n"))
			.hasMessageContaining("paths.csv:2: empty path");
	}

	private static PathTable read(String csv) {
		return PathCsvReader.read(CsvReader.of("paths.csv", new StringReader(csv)));
	}

}
