package com.marketingplanner.web.security;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.RememberMeAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

class SignedInTest {

	@AfterEach
	void clearContext() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void nobodyAndTheAnonymousStandInAreNotSignedIn() {
		assertThat(SignedIn.person(null)).isFalse();
		assertThat(SignedIn.person(new AnonymousAuthenticationToken("key", "anonymousUser",
				AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"))))
			.isFalse();
	}

	@Test
	void aSignInNotYetAuthenticatedIsNotSignedIn() {
		assertThat(SignedIn.person(UsernamePasswordAuthenticationToken.unauthenticated("mei", "secret"))).isFalse();
	}

	@Test
	void authenticatedAndRememberedPeopleAreSignedIn() {
		assertThat(SignedIn.person(UsernamePasswordAuthenticationToken.authenticated("mei", null, List.of()))).isTrue();
		assertThat(SignedIn
			.person(new RememberMeAuthenticationToken("key", "mei", AuthorityUtils.createAuthorityList("ROLE_VIEWER"))))
			.isTrue();
	}

	@Test
	void theCurrentPersonComesFromTheSecurityContext() {
		assertThat(SignedIn.current()).isEmpty();
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("mei", null, List.of()));
		assertThat(SignedIn.current()).map((who) -> who.getName()).contains("mei");
	}

}
