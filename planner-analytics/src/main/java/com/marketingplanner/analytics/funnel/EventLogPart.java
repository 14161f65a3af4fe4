package com.marketingplanner.analytics.funnel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.marketingplanner.analytics.io.ByteKeyIndex;

/**
 * The events of one part of a larger read — a slice of a file, a day range of stored data
 * — in columns numbered by the part alone: users by their bytes in {@code users} (ids in
 * order of first sight), events and property values by the part's own lists. The columns
 * may be longer than {@code size}. {@link #merge} makes the parts one {@link EventLog}.
 *
 * @param users the part's users by their bytes, or null when the parts' user columns are
 * already numbered across all parts ({@link #mergeNumbered})
 * @param propertyColumn property numbers ({@link EventLog#NO_PROPERTY} for none), or null
 * when no event of the part has a property
 */
public record EventLogPart(ByteKeyIndex users, int size, int[] userColumn, long[] timeColumn, int[] eventColumn,
		int[] propertyColumn, List<String> eventNames, List<String> propertyValues) {

	/**
	 * The events of the parts in part order, numbered as one pass over them would number
	 * them: users, event names and property values in order of first sight. The first
	 * part's {@code users} index takes in the others' users.
	 */
	public static EventLog merge(List<EventLogPart> parts) {
		return merge(parts, -1);
	}

	/**
	 * As {@link #merge}, for parts whose user columns already hold user ids numbered
	 * across all parts (e.g. stored user numbers renumbered in one pass); their
	 * {@code users} are null.
	 * @param userCount how many users the parts have (ids {@code 0..userCount-1})
	 */
	public static EventLog mergeNumbered(int userCount, List<EventLogPart> parts) {
		return merge(parts, userCount);
	}

	private static EventLog merge(List<EventLogPart> parts, int numberedUsers) {
		boolean numbered = numberedUsers >= 0;
		EventLogPart first = parts.get(0);
		int total = parts.stream().mapToInt(EventLogPart::size).sum();
		int[] users = Arrays.copyOf(first.userColumn, total);
		long[] times = Arrays.copyOf(first.timeColumn, total);
		int[] events = Arrays.copyOf(first.eventColumn, total);
		boolean anyProperty = parts.stream().anyMatch((part) -> part.propertyColumn != null);
		int[] properties = anyProperty ? new int[total] : null;
		List<String> eventNames = new ArrayList<>(first.eventNames);
		List<String> propertyValues = new ArrayList<>(first.propertyValues);
		int offset = 0;
		for (EventLogPart part : parts) {
			boolean later = part != first;
			int[] propertyIds = later ? numbers(part.propertyValues, propertyValues) : null;
			if (later) {
				int[] userIds = numbered ? null : part.users.internInto(first.users);
				int[] eventIds = numbers(part.eventNames, eventNames);
				for (int i = 0; i < part.size; i++) {
					users[offset + i] = numbered ? part.userColumn[i] : userIds[part.userColumn[i]];
					events[offset + i] = eventIds[part.eventColumn[i]];
				}
				System.arraycopy(part.timeColumn, 0, times, offset, part.size);
			}
			if (properties != null) {
				for (int i = 0; i < part.size; i++) {
					int property = (part.propertyColumn == null) ? EventLog.NO_PROPERTY : part.propertyColumn[i];
					properties[offset + i] = (property == EventLog.NO_PROPERTY || !later) ? property
							: propertyIds[property];
				}
			}
			offset += part.size;
		}
		int userCount = numbered ? numberedUsers : first.users.size();
		if (properties == null) {
			return EventLog.ofEncoded(userCount, users, times, events, eventNames);
		}
		return EventLog.ofEncoded(userCount, users, times, events, eventNames, properties, propertyValues);
	}

	/**
	 * The numbers in {@code merged} of a part's values (in the part's order), appending
	 * the values not in it yet.
	 */
	private static int[] numbers(List<String> values, List<String> merged) {
		Map<String, Integer> known = new HashMap<>();
		for (int i = 0; i < merged.size(); i++) {
			known.put(merged.get(i), i);
		}
		int[] numbers = new int[values.size()];
		for (int i = 0; i < values.size(); i++) {
			Integer number = known.get(values.get(i));
			if (number == null) {
				number = merged.size();
				merged.add(values.get(i));
				known.put(values.get(i), number);
			}
			numbers[i] = number;
		}
		return numbers;
	}

}
