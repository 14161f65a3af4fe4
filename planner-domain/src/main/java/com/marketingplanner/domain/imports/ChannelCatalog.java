package com.marketingplanner.domain.imports;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import com.marketingplanner.analytics.io.ByteKeyIndex;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The channel catalog as an import checks channel codes against it: by the code's bytes
 * for speed, case-insensitively (codes are stored lower-case) for people.
 */
final class ChannelCatalog {

	private final ByteKeyIndex exact = new ByteKeyIndex();

	private final Map<String, Long> idsByCode = new HashMap<>();

	private long[] idsByIndex = new long[0];

	ChannelCatalog(JdbcClient jdbc) {
		jdbc.sql("select id, code from channel").query((row) -> {
			this.idsByCode.put(row.getString("code").toLowerCase(Locale.ROOT), row.getLong("id"));
		});
		this.idsByIndex = new long[this.idsByCode.size()];
		this.idsByCode.forEach((code, id) -> {
			byte[] bytes = code.getBytes(StandardCharsets.UTF_8);
			int index = this.exact.add(bytes, 0, bytes.length);
			this.idsByIndex[index] = id;
		});
	}

	/** The id of the channel written by the bytes, or -1 when the catalog lacks it. */
	long id(byte[] bytes, int from, int to) {
		int index = this.exact.find(bytes, from, to);
		if (index >= 0) {
			return this.idsByIndex[index];
		}
		String code = new String(bytes, from, to - from, StandardCharsets.UTF_8);
		return id(code);
	}

	/** The id of a channel code (any case), or -1. */
	long id(String code) {
		return this.idsByCode.getOrDefault(code.trim().toLowerCase(Locale.ROOT), -1L);
	}

}
