package com.marketingplanner.web.security;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

import com.marketingplanner.domain.shared.BusinessRuleViolation;

import org.springframework.stereotype.Component;

/**
 * What a password must be, after NIST SP 800-63B (section 5.1.1.2): long rather than
 * complicated, at most what bcrypt reads, and none of the passwords attackers try first.
 * <ul>
 * <li>at least {@value #MIN_CHARACTERS} characters;</li>
 * <li>at most {@value #MAX_BYTES} bytes in UTF-8 (bcrypt ignores what follows; a Chinese
 * character takes three bytes, so 24 of them fit);</li>
 * <li>at least {@value #MIN_DISTINCT} different characters ({@code aaaaaaaaaaaa} and
 * {@code abababababab} are refused) and not a straight sequence ({@code abcdefghijkl},
 * {@code 987654321098});</li>
 * <li>not containing the username;</li>
 * <li>not one of the commonly used passwords of twelve or more characters.</li>
 * </ul>
 * Every failure is a {@link BusinessRuleViolation} on the {@code password} field.
 */
@Component
public class PasswordPolicy {

	public static final int MIN_CHARACTERS = 12;

	public static final int MAX_BYTES = 72;

	static final int MIN_DISTINCT = 4;

	private static final Set<String> COMMON = Set.of("123456789012", "1234567890123", "12345678901234", "123456789abc",
			"1234567890ab", "1234567890qwerty", "1q2w3e4r5t6y", "1qaz2wsx3edc", "qwertyuiop12", "qwertyuiop123",
			"qwerty123456", "qwertyuiopasdf", "asdfghjkl123", "zxcvbnm12345", "password1234", "password12345",
			"password123456", "passw0rd1234", "p@ssw0rd1234", "iloveyou1234", "welcome12345", "administrator",
			"administrator1", "admin1234567", "letmein12345", "changeme1234", "abc123456789", "abcd12345678",
			"football1234", "baseball1234", "superman1234", "trustno11234", "monkey123456", "dragon123456",
			"sunshine1234", "princess1234", "marketing123", "marketing1234", "woaini1314520", "woaini123456",
			"5201314520", "aa123456789", "a123456789012", "11223344556677", "123123123123", "123321123321",
			"147258369147", "159357159357", "987654321abc");

	/**
	 * Refuses a password that breaks the policy.
	 * @param username the account the password is for
	 * @throws BusinessRuleViolation on field {@code password} naming the broken rule
	 */
	public void check(String username, String password) {
		if (password == null || password.codePointCount(0, password.length()) < MIN_CHARACTERS) {
			throw violation("error.password.too-short", "A password needs at least 12 characters", MIN_CHARACTERS);
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			throw violation("error.password.too-long",
					"A password can have at most 72 bytes (72 Latin letters or 24 Chinese characters)", MAX_BYTES);
		}
		if (password.codePoints().distinct().count() < MIN_DISTINCT || isSequence(password)) {
			throw violation("error.password.repetitive",
					"A password cannot repeat a few characters or follow a simple sequence");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (username != null && username.length() >= 3 && lower.contains(username.toLowerCase(Locale.ROOT))) {
			throw violation("error.password.contains-username", "A password cannot contain the username");
		}
		if (COMMON.contains(lower)) {
			throw violation("error.password.common", "This password is one of the most commonly used ones");
		}
	}

	/** Every character one step (the same step) from the one before: abcd…, 9876…. */
	private static boolean isSequence(String password) {
		int[] points = password.codePoints().toArray();
		int step = points[1] - points[0];
		if (Math.abs(step) != 1) {
			return false;
		}
		for (int i = 2; i < points.length; i++) {
			int next = points[i] - points[i - 1];
			boolean digitWrap = Character.isDigit(points[i]) && Math.abs(next) == 9;
			if (next != step && !digitWrap) {
				return false;
			}
		}
		return true;
	}

	private static BusinessRuleViolation violation(String key, String english, Object... arguments) {
		return new BusinessRuleViolation("password", key, english, arguments);
	}

}
