package com.marketingplanner.web.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.marketingplanner.domain.audit.ActingUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The signed-in person is the actor of everything behind the security chain, and only
 * there: the audit side reads {@link ActingUser} and never asks the security context
 * (which could load the browser session in a second transaction while the first holds a
 * pooled connection — the deadlock under load of docs/reliability.md, session 4).
 */
class ActingUserFilterTest {

	private final List<Optional<String>> seenInsideTheRequest = new ArrayList<>();

	@AfterEach
	void clear() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void theSignedInPersonActsForTheRestOfTheRequestAndNoLonger() throws Exception {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("planner", null,
					AuthorityUtils.createAuthorityList("ROLE_PLANNER")));

		run();

		assertThat(this.seenInsideTheRequest).containsExactly(Optional.of("planner"));
		assertThat(ActingUser.current()).isEmpty();
	}

	@Test
	void noOneActsForAnAnonymousRequest() throws Exception {
		SecurityContextHolder.getContext()
			.setAuthentication(new AnonymousAuthenticationToken("key", "anonymousUser",
					AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));

		run();

		assertThat(this.seenInsideTheRequest).containsExactly(Optional.empty());
	}

	@Test
	void aPersonAlreadyActingOnTheThreadIsRestoredAfterwards() throws Exception {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("approver", null,
					AuthorityUtils.createAuthorityList("ROLE_APPROVER")));

		try (ActingUser.Scope outer = ActingUser.bind("importer")) {
			run();
			assertThat(ActingUser.current()).contains("importer");
		}
		assertThat(this.seenInsideTheRequest).containsExactly(Optional.of("approver"));
		assertThat(ActingUser.current()).isEmpty();
	}

	private void run() throws Exception {
		new ActingUserFilter().doFilter(new MockHttpServletRequest("POST", "/plans/1"), new MockHttpServletResponse(),
				(request, response) -> this.seenInsideTheRequest.add(ActingUser.current()));
	}

}
