package com.marketingplanner.web.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import jakarta.servlet.http.HttpSession;

import com.marketingplanner.domain.user.AppUser;

/**
 * What a browser session remembers of the password it signed in with: a digest of the
 * stored hash (never the hash itself). {@link SessionAccountCheck} ends a session whose
 * stamp no longer matches the account, so a password change signs out every other session
 * of that account.
 */
public final class SignedInSessions {

	static final String CREDENTIALS_STAMP = SignedInSessions.class.getName() + ".credentials";

	private SignedInSessions() {
	}

	/** After the person changed their password in this session: this session stays. */
	public static void keepSignedIn(HttpSession session, AppUser user) {
		session.setAttribute(CREDENTIALS_STAMP, stampOf(user));
	}

	static boolean signedInWithCurrentPassword(HttpSession session, AppUser user) {
		Object stamp = session.getAttribute(CREDENTIALS_STAMP);
		return stamp == null || stamp.equals(stampOf(user));
	}

	static String stampOf(AppUser user) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(user.getPasswordHash().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}
