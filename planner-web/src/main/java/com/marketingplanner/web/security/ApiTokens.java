package com.marketingplanner.web.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

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

	/** Creates a token for the user and returns it in clear, together with its record. */
	@Transactional
	public CreatedToken create(String username, String name) {
		if (name == null || name.isBlank() || name.length() > 100) {
			throw new BusinessRuleViolation("name", "error.token.name-required",
					"A token needs a name of at most 100 characters");
		}
		AppUser user = user(username);
		byte[] secret = new byte[32];
		this.random.nextBytes(secret);
		String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		ApiToken saved = this.tokens.save(new ApiToken(user, name.strip(), hash(token), token.substring(0, 10)));
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

	/** The owner of an active token, recording its use. */
	@Transactional
	public Optional<AppUser> authenticate(String token) {
		if (!token.startsWith(PREFIX)) {
			return Optional.empty();
		}
		return this.tokens.findByTokenHash(hash(token)).filter(ApiToken::isActive).map((found) -> {
			found.markUsed(Instant.now());
			return found.getUser();
		}).filter(AppUser::isEnabled);
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

}
