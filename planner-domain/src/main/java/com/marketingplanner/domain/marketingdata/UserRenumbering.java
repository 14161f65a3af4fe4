package com.marketingplanner.domain.marketingdata;

import java.util.Arrays;
import java.util.List;

/**
 * Turns stored user numbers ({@link UserDictionary}) into the dense user ids the
 * analytics take: {@code 0, 1, 2 ...} in order of first sight over the parts of a read,
 * in part order — the numbering one pass over the rows would give, as the command line
 * numbers the users of a file. One array lookup per row, no hashing.
 */
final class UserRenumbering {

	private UserRenumbering() {
	}

	/**
	 * Renumbers the user columns in place.
	 * @param columns the stored user numbers of each part (the arrays may be longer than
	 * {@code sizes})
	 * @param sizes the rows of each part
	 * @param largest the largest stored number in the columns
	 * @return how many users the parts have
	 */
	static int renumber(List<int[]> columns, int[] sizes, int largest) {
		int[] dense = new int[largest + 1];
		Arrays.fill(dense, -1);
		int users = 0;
		for (int part = 0; part < columns.size(); part++) {
			int[] column = columns.get(part);
			for (int i = 0; i < sizes[part]; i++) {
				int stored = column[i];
				int user = dense[stored];
				if (user < 0) {
					user = users++;
					dense[stored] = user;
				}
				column[i] = user;
			}
		}
		return users;
	}

}
