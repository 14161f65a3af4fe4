package com.marketingplanner.web.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import com.marketingplanner.domain.shared.BusinessRuleViolation;
import com.marketingplanner.domain.shared.ResourceNotFoundException;
import com.marketingplanner.domain.user.ApiToken;
import com.marketingplanner.domain.user.ApiTokenRepository;
import com.marketingplanner.domain.user.AppUser;
import com.marketingplanner.domain.user.AppUserRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: {@code mp_} followed by 32 random bytes (URL-safe Base64). Only
 * the SHA-256 hash is stored, so a token is shown once, when it is created, and a leaked
 * database does not leak tokens.
 */
@Service
@Transactional(readOnly = true)
public class ApiTokens {

	static final String PREFIX = "mp_";

	private final SecureRandom random = new SecureRandom();

	private final ApiTokenRepository tokens;

	private final AppUserRepository users;

	ApiTokens(ApiTokenRepository tokens, AppUserRepository users) {
		this.tokens = tokens;
		this.users = users;
	}

	/**
	 * Creates a token with its owner's full rights that never expires, and returns it in
	 * clear, together with its record.
	 */
	@Transactional
	public CreatedToken create(String username, String name) {
		return create(username, new TokenCommand(name, false, null));
	}

	/**
	 * Creates a token, possibly read-only and expiring at the end of
	 * {@code command.expiresOn()} (UTC), and returns it in clear with its record.
	 */
	@Transactional
	public CreatedToken create(String username, TokenCommand command) {
		String name = command.name();
		if (name == null || name.isBlank() || name.length() > 100) {
			throw new BusinessRuleViolation("name", "error.token.name-required",
					"A token needs a name of at most 100 characters");
		}
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		if (command.expiresOn() != null && command.expiresOn().isBefore(today)) {
			throw new BusinessRuleViolation("expiresOn", "error.token.expiry-past",
					"A token cannot expire before today", today);
		}
		AppUser user = user(username);
		byte[] secret = new byte[32];
		this.random.nextBytes(secret);
		String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		Instant expiresAt = (command.expiresOn() != null)
				? command.expiresOn().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant() : null;
		ApiToken saved = this.tokens.save(
				new ApiToken(user, name.strip(), hash(token), token.substring(0, 10), command.isReadOnly(), expiresAt));
		return new CreatedToken(saved, token);
	}

	public List<ApiToken> of(String username) {
		return this.tokens.findByUserOrderByCreatedAtDesc(user(username));
	}

	@Transactional
	public void revoke(String username, long tokenId) {
		ApiToken token = this.tokens.findById(tokenId)
			.filter((candidate) -> candidate.getUser().getUsername().equals(username))
			.orElseThrow(() -> new ResourceNotFoundException("Token", tokenId));
		token.revoke(Instant.now());
	}

	/**
	 * An active (not revoked, not expired) token of an enabled user, recording its use.
	 */
	@Transactional
	public Optional<TokenHolder> authenticate(String token) {
		if (!token.startsWith(PREFIX)) {
			return Optional.empty();
		}
		Instant now = Instant.now();
		return this.tokens.findByTokenHash(hash(token))
			.filter((found) -> found.isActiveAt(now) && found.getUser().isEnabled())
			.map((found) -> {
				found.markUsed(now);
				return new TokenHolder(found.getUser(), found.isReadOnly());
			});
	}

	private AppUser user(String username) {
		return this.users.findByUsername(username).orElseThrow(() -> new ResourceNotFoundException("User", username));
	}

	static String hash(String token) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

	/** A new token: its record and the clear text, which is never available again. */
	public record CreatedToken(ApiToken record, String token) {
	}

	/** Who a request's token speaks for, and whether it may only read. */
	public record TokenHolder(AppUser user, boolean readOnly) {
	}

	/**
	 * A new token.
	 *
	 * @param readOnly the token may only read, whatever the owner's role ({@code null}:
	 * no)
	 * @param expiresOn the last day (UTC) the token works, or {@code null} for no expiry
	 */
	public record TokenCommand(@NotBlank @Size(max = 100) String name, Boolean readOnly, LocalDate expiresOn) {

		public boolean isReadOnly() {
			return Boolean.TRUE.equals(this.readOnly);
		}

	}

}
