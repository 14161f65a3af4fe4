package com.marketingplanner.web.page;

import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Collectors;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Makes the arguments of a domain message readable before they go into a sentence: an
 * enum becomes its translation ({@code enum.<Type>.<VALUE>}, resolved in the reader's
 * language when the message is), so nobody reads "IN_REVIEW"; a collection of enums
 * becomes their translations joined by commas; an id (a {@code Long} or {@code Integer})
 * is written as it is, never grouped like an amount ("Plan 9999", not "Plan 9,999").
 * Amounts ({@code BigDecimal}) and text pass unchanged.
 */
public final class MessageArguments {

	private MessageArguments() {
	}

	public static Object[] readable(Object[] arguments) {
		if (arguments == null) {
			return null;
		}
		return Arrays.stream(arguments).map(MessageArguments::readable).toArray();
	}

	private static Object readable(Object argument) {
		if (argument instanceof Enum<?> value) {
			return enumName(value);
		}
		if (argument instanceof Long || argument instanceof Integer || argument instanceof Short) {
			return String.valueOf(argument);
		}
		if (argument instanceof Collection<?> values && !values.isEmpty()
				&& values.stream().allMatch((value) -> value instanceof Enum<?>)) {
			return new JoinedNames(values.stream().map((value) -> enumName((Enum<?>) value)).toList());
		}
		return argument;
	}

	private static DefaultMessageSourceResolvable enumName(Enum<?> value) {
		return new DefaultMessageSourceResolvable(
				new String[] { "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name() },
				value.name());
	}

	/**
	 * Translated names joined as the language joins a list (pattern {@code list.of-<n>}:
	 * "a, b" in English, "a、b" in Chinese); by default the codes joined by commas.
	 */
	static final class JoinedNames extends DefaultMessageSourceResolvable {

		JoinedNames(java.util.List<DefaultMessageSourceResolvable> names) {
			super(new String[] { "list.of-" + names.size() }, names.toArray(),
					names.stream()
						.map(DefaultMessageSourceResolvable::getDefaultMessage)
						.collect(Collectors.joining(", ")));
		}

	}

}
