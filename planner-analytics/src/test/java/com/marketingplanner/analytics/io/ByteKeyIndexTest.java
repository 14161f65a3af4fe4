package com.marketingplanner.analytics.io;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ByteKeyIndexTest {

	@Test
	void numbersShortAndLongKeysByFirstSightAsAMapWould() {
		SplittableRandom random = new SplittableRandom(3);
		ByteKeyIndex index = new ByteKeyIndex();
		Map<String, Integer> expected = new HashMap<>();
		byte[] buffer = new byte[64];
		for (int i = 0; i < 200_000; i++) {
			String key = randomKey(random);
			byte[] bytes = key.getBytes(StandardCharsets.UTF_8);
			int offset = random.nextInt(8);
			System.arraycopy(bytes, 0, buffer, offset, bytes.length);
			int id = index.intern(buffer, offset, offset + bytes.length);
			assertThat(id).isEqualTo(expected.computeIfAbsent(key, (k) -> expected.size()));
		}
		assertThat(index.size()).isEqualTo(expected.size());
		byte[] unknown = "never-seen-key".getBytes(StandardCharsets.UTF_8);
		assertThat(index.find(unknown, 0, unknown.length)).isEqualTo(-1);
		assertThat(index.find(unknown, 0, 3)).isEqualTo(expected.getOrDefault("nev", -1));
	}

	@Test
	void internsItsKeysIntoAnotherIndexInTheOrderOfItsIds() {
		SplittableRandom random = new SplittableRandom(5);
		ByteKeyIndex first = new ByteKeyIndex();
		ByteKeyIndex later = new ByteKeyIndex();
		List<String> laterKeys = new ArrayList<>();
		for (int i = 0; i < 5_000; i++) {
			byte[] a = randomKey(random).getBytes(StandardCharsets.UTF_8);
			first.intern(a, 0, a.length);
			String key = randomKey(random);
			byte[] b = key.getBytes(StandardCharsets.UTF_8);
			if (later.find(b, 0, b.length) < 0) {
				laterKeys.add(key);
			}
			later.intern(b, 0, b.length);
		}
		ByteKeyIndex expected = copy(first);

		int[] ids = later.internInto(first);

		for (int id = 0; id < laterKeys.size(); id++) {
			byte[] key = laterKeys.get(id).getBytes(StandardCharsets.UTF_8);
			assertThat(ids[id]).isEqualTo(expected.intern(key, 0, key.length));
		}
		assertThat(first.size()).isEqualTo(expected.size());
	}

	private static ByteKeyIndex copy(ByteKeyIndex index) {
		ByteKeyIndex copy = new ByteKeyIndex();
		index.internInto(copy);
		return copy;
	}

	/** Mostly short keys (packed), some of 8 to 40 bytes, some not ASCII. */
	private static String randomKey(SplittableRandom random) {
		int kind = random.nextInt(10);
		if (kind < 6) {
			return "u" + random.nextInt(20_000);
		}
		if (kind < 9) {
			return "user-" + random.nextInt(20_000) + "-" + "x".repeat(random.nextInt(20));
		}
		return "用户" + random.nextInt(500);
	}

}
