package com.marketingplanner.domain.user;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A personal API token. Only the SHA-256 hash of the token is kept; the prefix (its first
 * characters) lets the owner recognise it in the list.
 */
@Entity
@Table(name = "api_token")
public class ApiToken {

	private static final Duration USE_RECORDING_INTERVAL = Duration.ofMinutes(1);

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "user_id")
	private AppUser user;

	@Column(nullable = false)
	private String name;

	@Column(name = "token_hash", nullable = false, unique = true)
	private String tokenHash;

	@Column(name = "token_prefix", nullable = false)
	private String tokenPrefix;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt = Instant.now();

	@Column(name = "last_used_at")
	private Instant lastUsedAt;

	@Column(name = "revoked_at")
	private Instant revokedAt;

	@Column(name = "read_only", nullable = false)
	private boolean readOnly;

	@Column(name = "expires_at")
	private Instant expiresAt;

	protected ApiToken() {
	}

	public ApiToken(AppUser user, String name, String tokenHash, String tokenPrefix) {
		this(user, name, tokenHash, tokenPrefix, false, null);
	}

	/**
	 * @param readOnly the token may only read (GET), whatever its owner's role
	 * @param expiresAt the moment it stops working, or {@code null} for never
	 */
	public ApiToken(AppUser user, String name, String tokenHash, String tokenPrefix, boolean readOnly,
			Instant expiresAt) {
		this.user = user;
		this.name = name;
		this.tokenHash = tokenHash;
		this.tokenPrefix = tokenPrefix;
		this.readOnly = readOnly;
		this.expiresAt = expiresAt;
	}

	public void revoke(Instant when) {
		if (this.revokedAt == null) {
			this.revokedAt = when;
		}
	}

	/**
	 * Records a use. The time is kept to the minute (as the token page shows it), so a
	 * tool calling the API many times a minute does not turn each of its reads into a
	 * write.
	 */
	public void markUsed(Instant when) {
		if (this.lastUsedAt == null || !when.isBefore(this.lastUsedAt.plus(USE_RECORDING_INTERVAL))) {
			this.lastUsedAt = when;
		}
	}

	/** Neither revoked nor expired now. */
	public boolean isActive() {
		return isActiveAt(Instant.now());
	}

	public boolean isActiveAt(Instant when) {
		return this.revokedAt == null && !isExpiredAt(when);
	}

	public boolean isExpired() {
		return isExpiredAt(Instant.now());
	}

	private boolean isExpiredAt(Instant when) {
		return this.expiresAt != null && !when.isBefore(this.expiresAt);
	}

	public boolean isReadOnly() {
		return this.readOnly;
	}

	public Instant getExpiresAt() {
		return this.expiresAt;
	}

	public Long getId() {
		return this.id;
	}

	public AppUser getUser() {
		return this.user;
	}

	public String getName() {
		return this.name;
	}

	public String getTokenHash() {
		return this.tokenHash;
	}

	public String getTokenPrefix() {
		return this.tokenPrefix;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getLastUsedAt() {
		return this.lastUsedAt;
	}

	public Instant getRevokedAt() {
		return this.revokedAt;
	}

}
