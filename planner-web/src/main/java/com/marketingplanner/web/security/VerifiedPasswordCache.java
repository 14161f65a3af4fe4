package com.marketingplanner.web.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Remembers, for a few minutes, whether a password matched a stored hash, so that HTTP
 * Basic clients do not cost a bcrypt computation (tens of milliseconds of CPU) on every
 * request: neither a tool sending its right password with each call nor many clients
 * repeating a wrong one. Without it, 20 clients sending a wrong password raised every
 * user's p95 from 33 to 466 ms.
 * <p>
 * The key is an HMAC, under a random per-process secret, of the stored hash and the
 * candidate: no password is kept, a changed password (new hash, new salt) never meets an
 * old entry, and entries expire after {@code timeToLive}. The map is bounded (least
 * recently used entries go first). The same check arriving from many clients at once is
 * computed once. Encoding new passwords is passed on unchanged. A candidate longer than
 * bcrypt's 72 bytes never matches (bcrypt would throw).
 */
class VerifiedPasswordCache implements PasswordEncoder {

	private static final String HMAC = "HmacSHA256";

	private final PasswordEncoder delegate;

	private final Duration timeToLive;

	private final Clock clock;

	private final byte[] secret = new byte[32];

	private final Map<String, Verdict> verdicts;

	private final Map<String, CompletableFuture<Boolean>> inFlight = new ConcurrentHashMap<>();

	VerifiedPasswordCache(PasswordEncoder delegate, int maxEntries, Duration timeToLive, Clock clock) {
		this.delegate = delegate;
		this.timeToLive = timeToLive;
		this.clock = clock;
		new SecureRandom().nextBytes(this.secret);
		this.verdicts = new LinkedHashMap<>(256, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Verdict> eldest) {
				return size() > maxEntries;
			}
		};
	}

	@Override
	public String encode(CharSequence rawPassword) {
		return this.delegate.encode(rawPassword);
	}

	@Override
	public boolean matches(CharSequence rawPassword, String encodedPassword) {
		if (rawPassword == null || encodedPassword == null) {
			return this.delegate.matches(rawPassword, encodedPassword);
		}
		if (rawPassword.toString().getBytes(StandardCharsets.UTF_8).length > PasswordPolicy.MAX_BYTES) {
			// bcrypt refuses to hash it, and no stored password can be that long
			return false;
		}
		String key = key(rawPassword, encodedPassword);
		Instant now = this.clock.instant();
		synchronized (this.verdicts) {
			Verdict known = this.verdicts.get(key);
			if (known != null && now.isBefore(known.expires())) {
				return known.matches();
			}
		}
		// the same check arriving from many clients at once is computed once (the others
		// wait)
		CompletableFuture<Boolean> mine = new CompletableFuture<>();
		CompletableFuture<Boolean> running = this.inFlight.putIfAbsent(key, mine);
		if (running != null) {
			return running.join();
		}
		try {
			boolean matches = this.delegate.matches(rawPassword, encodedPassword);
			synchronized (this.verdicts) {
				this.verdicts.put(key, new Verdict(matches, now.plus(this.timeToLive)));
			}
			mine.complete(matches);
			return matches;
		}
		catch (RuntimeException ex) {
			mine.completeExceptionally(ex);
			throw ex;
		}
		finally {
			this.inFlight.remove(key, mine);
		}
	}

	@Override
	public boolean upgradeEncoding(String encodedPassword) {
		return this.delegate.upgradeEncoding(encodedPassword);
	}

	private String key(CharSequence rawPassword, String encodedPassword) {
		try {
			Mac mac = Mac.getInstance(HMAC);
			mac.init(new SecretKeySpec(this.secret, HMAC));
			mac.update(encodedPassword.getBytes(StandardCharsets.UTF_8));
			mac.update((byte) 0);
			mac.update(rawPassword.toString().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(mac.doFinal());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every Java runtime", ex);
		}
	}

	private record Verdict(boolean matches, Instant expires) {
	}

}
