package com.marketingplanner.web.page;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.UriUtils;

/**
 * Files sent to the browser or a tool: the body with its type and a
 * {@code Content-Disposition} naming the file twice (RFC 6266): {@code filename} in ASCII
 * for old clients and {@code filename*} in UTF-8 (RFC 5987) with the plan's own title,
 * Chinese included.
 */
public final class Downloads {

	private static final int MAX_NAME_LENGTH = 120;

	private Downloads() {
	}

	/**
	 * @param baseName the file name without extension, e.g. the plan title and quarter
	 * @param fallback an ASCII name used when the base name has no ASCII letters or
	 * digits
	 */
	public static ResponseEntity<byte[]> attachment(byte[] body, MediaType type, String baseName, String fallback,
			String extension) {
		String name = clean(baseName);
		if (name.isEmpty()) {
			name = fallback;
		}
		String ascii = clean(name.replaceAll("[^\\x20-\\x7E]", ""));
		if (ascii.isEmpty() || !ascii.matches(".*[A-Za-z0-9].*") || !ascii.equals(name)) {
			ascii = fallback;
		}
		String disposition = "attachment; filename=\"" + ascii + "." + extension + "\"; filename*=UTF-8''"
				+ UriUtils.encode(name + "." + extension, StandardCharsets.UTF_8);
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition)
			.contentLength(body.length)
			.body(body);
	}

	/**
	 * A name safe on every file system: no path separators, reserved or control
	 * characters, quotes or percent signs; runs of blanks become one hyphen.
	 */
	static String clean(String name) {
		if (name == null) {
			return "";
		}
		String cleaned = name.replaceAll("[\\\\/:*?\"<>|%;\\p{Cntrl}]", " ")
			.strip()
			.replaceAll("\\s+", "-")
			.replaceAll("^[.-]+", "");
		return (cleaned.length() > MAX_NAME_LENGTH) ? cleaned.substring(0, MAX_NAME_LENGTH) : cleaned;
	}

	/** English or Simplified Chinese, whichever is closer to the wanted locale. */
	public static Locale reportLocale(Locale wanted) {
		return (wanted != null && "zh".equals(wanted.getLanguage())) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
	}

}
