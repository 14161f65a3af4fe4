package com.marketingplanner.web.security;

import java.io.IOException;
import java.util.HashSet;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import com.marketingplanner.domain.user.AppUser;
import com.marketingplanner.domain.user.AppUserRepository;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a signed-in browser session in step with the account on every request, as HTTP
 * Basic and tokens are: the account is read again, and
 * <ul>
 * <li>a disabled or deleted account, or one whose password changed since this session
 * signed in (on another device, say), ends the session: the next page asks to sign in
 * again;</li>
 * <li>a changed role replaces the session's rights at once (a planner demoted to viewer
 * can no longer create a plan in the already open browser).</li>
 * </ul>
 * Only sessions signed in through the login form are checked (the security context stored
 * in the HTTP session); it costs one indexed read per page request.
 */
class SessionAccountCheck extends OncePerRequestFilter {

	private final ObjectProvider<AppUserRepository> users;

	SessionAccountCheck(ObjectProvider<AppUserRepository> users) {
		this.users = users;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (session == null || authentication == null
				|| session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) == null) {
			chain.doFilter(request, response);
			return;
		}
		Optional<AppUser> account = this.users.getObject().findByUsername(authentication.getName());
		if (account.isEmpty() || !account.get().isEnabled()
				|| !SignedInSessions.signedInWithCurrentPassword(session, account.get())) {
			session.invalidate();
			SecurityContextHolder.clearContext();
			response.sendRedirect(request.getContextPath() + "/login?expired");
			return;
		}
		UserDetails current = DatabaseUserDetailsService.toUserDetails(account.get());
		if (!new HashSet<>(current.getAuthorities()).equals(new HashSet<>(authentication.getAuthorities()))) {
			SecurityContext refreshed = SecurityContextHolder.createEmptyContext();
			var token = UsernamePasswordAuthenticationToken.authenticated(authentication.getPrincipal(), null,
					current.getAuthorities());
			token.setDetails(authentication.getDetails());
			refreshed.setAuthentication(token);
			SecurityContextHolder.setContext(refreshed);
			session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, refreshed);
		}
		chain.doFilter(request, response);
	}

}
