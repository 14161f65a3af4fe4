package com.marketingplanner.analytics.io;

/**
 * Checks that bytes are well-formed UTF-8 (Unicode 15, table 3-7): no stray continuation
 * bytes, no overlong forms, no surrogates, nothing above U+10FFFF, no truncated sequence.
 */
final class Utf8 {

	private Utf8() {
	}

	static boolean isValid(byte[] bytes, int from, int to) {
		int i = from;
		while (i < to) {
			int b = bytes[i] & 0xFF;
			if (b < 0x80) {
				i++;
				continue;
			}
			int length;
			int min = 0x80;
			int max = 0xBF;
			if (b >= 0xC2 && b <= 0xDF) {
				length = 2;
			}
			else if (b >= 0xE0 && b <= 0xEF) {
				length = 3;
				if (b == 0xE0) {
					min = 0xA0;
				}
				else if (b == 0xED) {
					max = 0x9F;
				}
			}
			else if (b >= 0xF0 && b <= 0xF4) {
				length = 4;
				if (b == 0xF0) {
					min = 0x90;
				}
				else if (b == 0xF4) {
					max = 0x8F;
				}
			}
			else {
				return false;
			}
			if (i + length > to) {
				return false;
			}
			int second = bytes[i + 1] & 0xFF;
			if (second < min || second > max) {
				return false;
			}
			for (int k = 2; k < length; k++) {
				int next = bytes[i + k] & 0xFF;
				if (next < 0x80 || next > 0xBF) {
					return false;
				}
			}
			i += length;
		}
		return true;
	}

}
