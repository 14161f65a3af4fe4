package com.marketingplanner.web.security;

import java.util.Optional;

import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The one rule for "is this a signed-in person": an authentication that exists, is
 * authenticated and is not the anonymous stand-in (Spring Security's
 * {@link AuthenticationTrustResolver#isAuthenticated}). Remember-me sign-ins count as
 * signed in.
 */
public final class SignedIn {

	private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

	private SignedIn() {
	}

	/** Whether {@code authentication} is a signed-in person. */
	public static boolean person(Authentication authentication) {
		return TRUST.isAuthenticated(authentication);
	}

	/** The signed-in person of the current security context, if there is one. */
	public static Optional<Authentication> current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return person(authentication) ? Optional.of(authentication) : Optional.empty();
	}

}
