package com.marketingplanner.web.membership;

import java.util.Optional;

import com.marketingplanner.domain.audit.AuditActor;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The person signed in on this thread (session, HTTP Basic or API token): the actor the
 * audit trail records.
 */
@Component
class CurrentUser implements AuditActor {

	@Override
	public Optional<String> currentUsername() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return Optional.empty();
		}
		return Optional.ofNullable(authentication.getName());
	}

}
