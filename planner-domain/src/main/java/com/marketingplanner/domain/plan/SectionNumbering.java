package com.marketingplanner.domain.plan;

import java.util.List;

/**
 * Section numbers derived from the place of a section in the tree. A path is the list of
 * 1-based positions from the top level down, e.g. [2, 1, 3] for the third subsection of
 * the first subsection of the second chapter.
 * <ul>
 * <li>English plans: 2 / 2.1 / 2.1.3</li>
 * <li>Chinese plans: 二、 at the top level, then 2.1 / 2.1.3 below it (the convention of
 * the seed documents)</li>
 * </ul>
 */
public final class SectionNumbering {

	private static final String[] DIGITS = { "零", "一", "二", "三", "四", "五", "六", "七", "八", "九" };

	private SectionNumbering() {
	}

	public static String number(List<Integer> path, PlanLanguage language) {
		if (path.isEmpty()) {
			throw new IllegalArgumentException("A section path has at least one level");
		}
		if (language == PlanLanguage.ZH && path.size() == 1) {
			return chineseNumeral(path.get(0)) + "、";
		}
		StringBuilder number = new StringBuilder();
		for (int level : path) {
			if (number.length() > 0) {
				number.append('.');
			}
			number.append(level);
		}
		return number.toString();
	}

	/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九; larger numbers in digits. */
	static String chineseNumeral(int n) {
		if (n <= 0 || n >= 100) {
			return Integer.toString(n);
		}
		if (n < 10) {
			return DIGITS[n];
		}
		int tens = n / 10;
		int units = n % 10;
		return ((tens == 1) ? "" : DIGITS[tens]) + "十" + ((units == 0) ? "" : DIGITS[units]);
	}

}
