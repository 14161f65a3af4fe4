package com.marketingplanner.domain.comment;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the {@code @username} mentions in a comment's text. A mention starts with
 * {@code @} that does not follow a letter, digit or one of {@code . _ -} (so e-mail
 * addresses are not mentions) and runs over the characters a username may have
 * ({@code A–Z a–z 0–9 . _ @ -}). Trailing punctuation that cannot end the intended name
 * ("thanks @wang.li.") is tried off one character at a time by the caller, so every
 * candidate is returned longest first.
 */
public final class Mentions {

	private static final Pattern MENTION = Pattern.compile("(?<![A-Za-z0-9._-])@([A-Za-z0-9._@-]+)");

	private static final String TRIMMABLE = ".-_@";

	private Mentions() {
	}

	/**
	 * For each mention in the text, the candidate usernames, longest first: the whole run
	 * and the run without trailing {@code . - _ @} characters.
	 */
	public static Set<List<String>> candidates(String text) {
		Set<List<String>> mentions = new LinkedHashSet<>();
		if (text == null) {
			return mentions;
		}
		Matcher matcher = MENTION.matcher(text);
		while (matcher.find()) {
			List<String> names = new ArrayList<>();
			String name = matcher.group(1);
			names.add(name);
			while (!name.isEmpty() && TRIMMABLE.indexOf(name.charAt(name.length() - 1)) >= 0) {
				name = name.substring(0, name.length() - 1);
				if (!name.isEmpty()) {
					names.add(name);
				}
			}
			mentions.add(List.copyOf(names));
		}
		return mentions;
	}

}
