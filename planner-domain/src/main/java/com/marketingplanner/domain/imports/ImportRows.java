package com.marketingplanner.domain.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.marketingplanner.analytics.io.CsvScanner;

/**
 * The rows of an uploaded file as an import reads them: the header checked against the
 * kind's columns (required, optional, and pairs of which one suffices), every record
 * checked for its column count and for broken format, and fields read with the reasons an
 * import reports. Errors go to {@link ImportErrors}, naming the line and the column.
 */
final class ImportRows {

	private final CsvScanner scanner;

	private final ImportErrors errors;

	private final Map<String, Integer> columns = new HashMap<>();

	private final boolean headerValid;

	private final java.util.function.IntSupplier percent;

	private long rowsRead;

	/**
	 * @param required columns that must be there
	 * @param optional columns that may be there
	 * @param eitherOf pairs (or longer groups) of which at least one must be there,
	 * unless the group is in {@code satisfied}
	 */
	ImportRows(CsvScanner scanner, ImportErrors errors, java.util.function.IntSupplier percent, List<String> required,
			List<String> optional, List<List<String>> eitherOf, Set<List<String>> satisfied) {
		this.scanner = scanner;
		this.errors = errors;
		this.percent = percent;
		List<String> known = new ArrayList<>(required);
		known.addAll(optional);
		eitherOf.forEach(known::addAll);
		List<String> header = scanner.header();
		boolean valid = true;
		if (header.isEmpty()) {
			errors.add(1, null, "the file is empty; expected a header line with " + String.join(",", required));
			valid = false;
		}
		for (int i = 0; i < header.size(); i++) {
			String name = header.get(i).toLowerCase(Locale.ROOT);
			if (!known.contains(name)) {
				errors.add(1, header.get(i),
						"unknown column '" + header.get(i) + "' (expected " + String.join(",", known) + ")");
				valid = false;
			}
			else if (this.columns.putIfAbsent(name, i) != null) {
				errors.add(1, header.get(i), "column '" + header.get(i) + "' appears twice");
				valid = false;
			}
		}
		if (!header.isEmpty()) {
			for (String name : required) {
				if (!this.columns.containsKey(name)) {
					errors.add(1, name, "missing column '" + name + "'");
					valid = false;
				}
			}
			for (List<String> group : eitherOf) {
				if (!satisfied.contains(group) && group.stream().noneMatch(this.columns::containsKey)) {
					errors.add(1, group.get(0), "missing column: one of " + String.join(", ", group) + " is needed");
					valid = false;
				}
			}
		}
		this.headerValid = valid;
	}

	boolean headerValid() {
		return this.headerValid;
	}

	/** Index of a column, or -1 when the file does not have it. */
	int column(String name) {
		return this.columns.getOrDefault(name, -1);
	}

	/**
	 * Moves to the next record that has the header's column count and no broken format;
	 * others are reported and skipped. False at the end of the file.
	 */
	boolean next() {
		while (this.scanner.next()) {
			this.rowsRead++;
			int expected = this.scanner.header().size();
			if (this.scanner.problem() != null) {
				int field = this.scanner.problemField();
				error((field >= 0 && field < expected) ? field : -1, this.scanner.problem());
				continue;
			}
			if (this.scanner.fieldCount() != expected) {
				this.errors.add(line(), null,
						"wrong column count: expected " + expected + ", found " + this.scanner.fieldCount());
				continue;
			}
			return true;
		}
		return false;
	}

	long rowsRead() {
		return this.rowsRead;
	}

	/** Percent of the file read so far. */
	int percentRead() {
		return this.percent.getAsInt();
	}

	CsvScanner scanner() {
		return this.scanner;
	}

	long line() {
		return this.scanner.line();
	}

	String columnName(int column) {
		return (column >= 0) ? this.scanner.header().get(column) : null;
	}

	void error(int column, String reason) {
		this.errors.add(line(), columnName(column), reason);
	}

	boolean isEmpty(int column) {
		return column < 0 || this.scanner.isEmpty(column);
	}

	String text(int column) {
		return (column < 0) ? "" : this.scanner.text(column);
	}

	/** A required text; null (reported) when empty, too long or holding a NUL byte. */
	String requiredText(int column, int maxLength) {
		if (isEmpty(column)) {
			error(column, "empty " + columnName(column));
			return null;
		}
		return checkedText(column, maxLength);
	}

	/** An optional text; null when empty; reported when too long or holding NUL. */
	String optionalText(int column, int maxLength) {
		return isEmpty(column) ? null : checkedText(column, maxLength);
	}

	private String checkedText(int column, int maxLength) {
		String text = text(column);
		if (text.length() > maxLength) {
			error(column, "longer than " + maxLength + " characters");
			return null;
		}
		if (text.indexOf('\0') >= 0) {
			error(column, "contains a NUL character");
			return null;
		}
		return text;
	}

	/** A date {@code yyyy-MM-dd}; null (reported) otherwise. */
	LocalDate date(int column) {
		if (isEmpty(column)) {
			error(column, "empty " + columnName(column) + "; expected a date like 2026-03-01");
			return null;
		}
		String text = text(column);
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			error(column, "'" + text + "' is not a date like 2026-03-01");
			return null;
		}
	}

	/**
	 * A plain decimal number {@code [-]digits[.digits]} that is not negative and has at
	 * most {@code maxScale} decimals; null when empty (reported only when
	 * {@code required}) or invalid (reported).
	 */
	BigDecimal amount(int column, int maxScale, boolean required) {
		if (isEmpty(column)) {
			if (required) {
				error(column, "empty " + columnName(column) + "; expected a number");
			}
			return null;
		}
		String text = text(column);
		if (!isPlainDecimal(text)) {
			error(column, "'" + text + "' is not a number (write digits with an optional '.' and decimals)");
			return null;
		}
		BigDecimal value = new BigDecimal(text);
		if (value.signum() < 0) {
			error(column, "must not be negative, found " + text);
			return null;
		}
		if (value.stripTrailingZeros().scale() > maxScale) {
			error(column, "'" + text + "' has more than " + maxScale + " decimals");
			return null;
		}
		if (value.precision() - value.scale() > 17) {
			error(column, "'" + text + "' is too large");
			return null;
		}
		return value;
	}

	/** A whole number that is not negative; null when empty; reported when invalid. */
	Long count(int column) {
		if (isEmpty(column)) {
			return null;
		}
		String text = text(column);
		try {
			long value = Long.parseLong(text);
			if (value < 0) {
				error(column, "must not be negative, found " + text);
				return null;
			}
			return value;
		}
		catch (NumberFormatException ex) {
			error(column, "'" + text + "' is not a whole number");
			return null;
		}
	}

	static boolean isPlainDecimal(String text) {
		int i = (text.startsWith("-") || text.startsWith("+")) ? 1 : 0;
		int digits = 0;
		boolean point = false;
		for (; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= '0' && c <= '9') {
				digits++;
			}
			else if (c == '.' && !point) {
				point = true;
			}
			else {
				return false;
			}
		}
		return digits > 0 && !text.endsWith(".");
	}

}
