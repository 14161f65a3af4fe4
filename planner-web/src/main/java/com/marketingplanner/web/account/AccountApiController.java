package com.marketingplanner.web.account;

import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;

import com.marketingplanner.domain.user.ApiToken;
import com.marketingplanner.web.security.ApiTokens;
import com.marketingplanner.web.security.ApiTokens.TokenCommand;
import com.marketingplanner.web.security.UserAdministration;
import com.marketingplanner.web.security.UserAdministration.PasswordChangeCommand;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own account: password and personal API tokens. Any role. */
@RestController
@RequestMapping("/api/v1/account")
@Tag(name = "Account", description = "The caller's own password and API tokens (any role)")
class AccountApiController {

	private final UserAdministration users;

	private final ApiTokens tokens;

	AccountApiController(UserAdministration users, ApiTokens tokens) {
		this.users = users;
		this.tokens = tokens;
	}

	@PutMapping("/password")
	@Operation(summary = "Change the caller's password (current password, new password twice); "
			+ "the account's browser sessions end")
	ResponseEntity<Void> changePassword(@Valid @RequestBody PasswordChangeCommand command, Principal principal) {
		this.users.changeOwnPassword(principal.getName(), command);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/tokens")
	@Operation(summary = "List the caller's API tokens (never the tokens themselves)")
	List<TokenResponse> tokens(Principal principal) {
		return this.tokens.of(principal.getName()).stream().map(TokenResponse::from).toList();
	}

	@PostMapping("/tokens")
	@Operation(summary = "Create an API token, optionally read-only and with a last valid day (UTC); "
			+ "the answer is the only time the token is shown")
	ResponseEntity<NewTokenResponse> createToken(@Valid @RequestBody TokenCommand command, Principal principal) {
		var created = this.tokens.create(principal.getName(), command);
		return ResponseEntity.created(URI.create("/api/v1/account/tokens/" + created.record().getId()))
			.body(new NewTokenResponse(TokenResponse.from(created.record()), created.token()));
	}

	@DeleteMapping("/tokens/{tokenId}")
	@Operation(summary = "Revoke one of the caller's API tokens")
	ResponseEntity<Void> revokeToken(@PathVariable long tokenId, Principal principal) {
		this.tokens.revoke(principal.getName(), tokenId);
		return ResponseEntity.noContent().build();
	}

	record TokenResponse(long id, String name, String prefix, boolean readOnly, Instant expiresAt, Instant createdAt,
			Instant lastUsedAt, Instant revokedAt, boolean active) {

		static TokenResponse from(ApiToken token) {
			return new TokenResponse(token.getId(), token.getName(), token.getTokenPrefix(), token.isReadOnly(),
					token.getExpiresAt(), token.getCreatedAt(), token.getLastUsedAt(), token.getRevokedAt(),
					token.isActive());
		}

	}

	/** A new token's record and the token itself, shown this once. */
	record NewTokenResponse(TokenResponse record, String token) {
	}

}
