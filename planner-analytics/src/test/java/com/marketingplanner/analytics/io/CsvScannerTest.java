package com.marketingplanner.analytics.io;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvScannerTest {

	@Test
	void readsFieldsLinesQuotesAndBlankLines() {
		List<String> records = records("\uFEFFa, b ,c\r\n" + "1,\"two, with comma\",\"say \"\"hi\"\"\"\r\n" + "\n"
				+ "\"multi\nline\",x,\n" + "last,row,no-newline", true);

		assertThat(records).containsExactly("1:a|b|c", "2:1|two, with comma|say \"hi\"", "4:multi\nline|x|",
				"6:last|row|no-newline");
	}

	@Test
	void givesTheSameRecordsWhenTheInputArrivesOneByteAtATime() {
		String csv = "h1,h2\n\"a\"\"b\",c\r\n\u00e9t\u00e9,\"x\ny\"\n,\n";
		assertThat(recordsOf(new OneByteAtATime(csv.getBytes(StandardCharsets.UTF_8)), true))
			.isEqualTo(records(csv, true))
			.containsExactly("1:h1|h2", "2:a\"b|c", "3:été|x\ny", "5:|");
	}

	@Test
	void reportsBrokenQuotesAndInvalidUtf8OnTheRecordAndGoesOn() {
		byte[] bytes = "h1,h2\n\"open\"x,1\nok,\u00e9\n\"unterminated,2\n".getBytes(StandardCharsets.UTF_8);
		int accent = new String(bytes, StandardCharsets.ISO_8859_1).indexOf('\u00c3');
		bytes[accent + 1] = '!';
		try (CsvScanner scanner = CsvScanner.of("t.csv", new ByteArrayInputStream(bytes), true)) {
			List<String> problems = new ArrayList<>();
			while (scanner.next()) {
				problems.add(scanner.line() + ":" + scanner.problem() + "@" + scanner.problemField());
			}
			assertThat(problems).containsExactly("2:text after a closing quote@0", "3:invalid UTF-8@1",
					"4:unterminated quoted field@0");
		}
	}

	@Test
	void namesColumnsCaseInsensitivelyAndReportsAMissingOne() {
		try (CsvScanner scanner = CsvScanner.of("t.csv",
				new ByteArrayInputStream("User_ID,timestamp\n".getBytes(StandardCharsets.UTF_8)), false)) {
			assertThat(scanner.requireColumn("user_id")).isZero();
			assertThat(scanner.column("missing")).isEqualTo(-1);
			assertThatThrownBy(() -> scanner.requireColumn("event")).isInstanceOf(CsvInputException.class)
				.hasMessage("t.csv:1: missing column 'event' (header has User_ID,timestamp)");
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "2026-03-01", "2026-03-01T10:15", "2026-03-01T10:15:30", "2026-03-01T10:15:30Z",
			"2026-03-01T10:15:30.5Z", "2026-03-01T10:15:30.123456789+08:00", "2026-03-01T10:15:30-05:30",
			"2024-02-29T23:59:59Z", "2023-02-29T00:00:00Z", "2026-13-01T00:00:00Z", "2026-03-01T24:00:00Z",
			"2026-03-01T10:15:30+0800", "2026-03-01 10:15:30", "yesterday", "2026-03-01T10:15:30Z[UTC]" })
	void parsesTimestampBytesExactlyAsTheGeneralParser(String text) {
		byte[] bytes = ("  " + text + "  ").getBytes(StandardCharsets.UTF_8);
		assertThat(IsoTimestamps.epochMillis(bytes, 2, bytes.length - 2)).isEqualTo(IsoTimestamps.parse(text));
	}

	private static List<String> records(String csv, boolean checkUtf8) {
		return recordsOf(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), checkUtf8);
	}

	private static List<String> recordsOf(InputStream in, boolean checkUtf8) {
		List<String> records = new ArrayList<>();
		try (CsvScanner scanner = CsvScanner.of("t.csv", in, checkUtf8)) {
			records.add("1:" + String.join("|", scanner.header()));
			while (scanner.next()) {
				List<String> fields = new ArrayList<>();
				for (int i = 0; i < scanner.fieldCount(); i++) {
					fields.add(scanner.text(i));
				}
				assertThat(scanner.problem()).isNull();
				records.add(scanner.line() + ":" + String.join("|", fields));
			}
		}
		return records;
	}

	/**
	 * Hands out its bytes one per read, so records straddle every refill of the buffer.
	 */
	private static final class OneByteAtATime extends InputStream {

		private final byte[] bytes;

		private int position;

		OneByteAtATime(byte[] bytes) {
			this.bytes = bytes;
		}

		@Override
		public int read() {
			return (this.position < this.bytes.length) ? this.bytes[this.position++] & 0xFF : -1;
		}

		@Override
		public int read(byte[] b, int off, int len) {
			if (this.position >= this.bytes.length) {
				return -1;
			}
			b[off] = this.bytes[this.position++];
			return 1;
		}

	}

}
