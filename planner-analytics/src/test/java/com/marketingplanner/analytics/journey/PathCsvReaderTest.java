package com.marketingplanner.analytics.journey;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

	@Test
	void readsFilesWithTheByteLevelParserToTheSameResultAsTheGeneralReader(@TempDir Path dir) throws IOException {
		SplittableRandom random = new SplittableRandom(4);
		StringBuilder csv = new StringBuilder("path,total_conversions,total_conversion_value,total_null\r\n");
		for (int row = 0; row < 3_000; row++) {
			StringBuilder path = new StringBuilder();
			for (int t = 0, length = 1 + random.nextInt(5); t < length; t++) {
				path.append((t > 0) ? (random.nextBoolean() ? " > " : ">") : "")
					.append("chännel-")
					.append(random.nextInt(9));
			}
			csv.append(path)
				.append(',')
				.append(random.nextInt(5))
				.append(',')
				.append(random.nextInt(100_000) / 100.0)
				.append(',')
				.append(random.nextInt(50))
				.append((row % 2 == 0) ? "\r\n" : "\n");
		}
		Path file = Files.writeString(dir.resolve("paths.csv"), csv);
		PathTable fast = PathCsvReader.read(file);
		PathTable general;
		try (CsvReader reader = CsvReader.open(file)) {
			general = PathCsvReader.read(reader);
		}
		assertThat(PathCount.rowsOf(fast)).isEqualTo(PathCount.rowsOf(general));
	}

	@Test
	void readsFilesTheByteLevelParserLeavesToTheGeneralReader(@TempDir Path dir) throws IOException {
		Path quoted = Files.writeString(dir.resolve("quoted.csv"), """
				path,total_conversions,total_conversion_value,total_null
				"a, the first > b",1,2.5e1,0
				""");
		PathTable paths = PathCsvReader.read(quoted);
		assertThat(paths.pathText(0)).isEqualTo("a, the first > b");
		assertThat(paths.value(0)).isEqualTo(25);
	}

	@Test
	void reportsErrorsInFilesWithFileAndLine(@TempDir Path dir) throws IOException {
		Path bad = Files.writeString(dir.resolve("bad.csv"),
				"path,total_conversions,total_conversion_value,total_null\na,1,2,3\nb,1,2,-4\n");
		assertThatThrownBy(() -> PathCsvReader.read(bad)).isInstanceOf(CsvInputException.class)
			.hasMessage(bad + ":3: total_null must not be negative, found -4.0");
	}

	private static PathTable read(String csv) {
		return PathCsvReader.read(CsvReader.of("paths.csv", new StringReader(csv)));
	}

}
