package com.marketingplanner.web.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.marketingplanner.domain.user.AppUserRepository;
import com.marketingplanner.web.fault.DatabaseUnavailable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/** What the login form does after a sign-in attempt. */
final class SignInHandlers {

	private SignInHandlers() {
	}

	/**
	 * Goes on to the page asked for (else the plans), remembering in the session which
	 * password it signed in with, so that a password change ends the other sessions.
	 */
	static final class Success extends SavedRequestAwareAuthenticationSuccessHandler {

		private final ObjectProvider<AppUserRepository> users;

		Success(ObjectProvider<AppUserRepository> users) {
			this.users = users;
			setDefaultTargetUrl("/plans");
		}

		@Override
		public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
				Authentication authentication) throws ServletException, IOException {
			this.users.getObject()
				.findByUsername(authentication.getName())
				.ifPresent((user) -> SignedInSessions.keepSignedIn(request.getSession(), user));
			super.onAuthenticationSuccess(request, response, authentication);
		}

	}

	/**
	 * Back to the form: {@code ?locked=<minutes>} when sign-ins are throttled,
	 * {@code ?unavailable} when the database cannot be reached, else {@code ?error}
	 * (wrong username or password, without saying which).
	 */
	static final class Failure implements AuthenticationFailureHandler {

		@Override
		public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
				AuthenticationException exception) throws IOException {
			String target;
			if (exception instanceof LoginThrottledException throttled) {
				target = "/login?locked=" + throttled.retryAfterMinutes();
			}
			else if (DatabaseUnavailable.isCause(exception)) {
				target = "/login?unavailable";
			}
			else {
				target = "/login?error";
			}
			response.sendRedirect(request.getContextPath() + target);
		}

	}

}
