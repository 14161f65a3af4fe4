package com.marketingplanner.web.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import com.marketingplanner.domain.shared.BusinessRuleViolation;

import org.springframework.http.MediaType;

/** The file formats of an export. */
enum ExportFormat {

	/** One table, UTF-8 with a byte order mark, RFC 4180. */
	CSV("csv", new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8)),
	/** Office Open XML workbook, a sheet per table. */
	XLSX("xlsx", MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));

	private final String code;

	private final MediaType mediaType;

	ExportFormat(String code, MediaType mediaType) {
		this.code = code;
		this.mediaType = mediaType;
	}

	/**
	 * @throws BusinessRuleViolation on {@code format} for anything but csv or xlsx
	 */
	static ExportFormat of(String code) {
		String wanted = (code != null) ? code.strip().toLowerCase(Locale.ROOT) : "";
		return Arrays.stream(values())
			.filter((format) -> format.code.equals(wanted))
			.findFirst()
			.orElseThrow(() -> new BusinessRuleViolation("format", "error.export.format-unknown",
					"'" + code + "' is not an export format; use "
							+ Arrays.stream(values()).map(ExportFormat::code).collect(Collectors.joining(" or ")),
					String.valueOf(code)));
	}

	String code() {
		return this.code;
	}

	MediaType mediaType() {
		return this.mediaType;
	}

}
