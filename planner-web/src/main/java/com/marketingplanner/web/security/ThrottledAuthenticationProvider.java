package com.marketingplanner.web.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Username and password sign-in (form and HTTP Basic) behind the {@link LoginThrottle}: a
 * blocked account or address is refused before any password check, a wrong password
 * counts against both, a right one clears the account's count.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private final AuthenticationProvider passwords;

	private final LoginThrottle throttle;

	ThrottledAuthenticationProvider(AuthenticationProvider passwords, LoginThrottle throttle) {
		this.passwords = passwords;
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = authentication.getName();
		String address = (authentication.getDetails() instanceof WebAuthenticationDetails details)
				? details.getRemoteAddress() : null;
		var wait = this.throttle.blocked(username, address);
		if (wait.isPresent()) {
			throw new LoginThrottledException(wait.get());
		}
		try {
			Authentication result = this.passwords.authenticate(authentication);
			this.throttle.succeeded(username);
			return result;
		}
		catch (BadCredentialsException | DisabledException ex) {
			this.throttle.failed(username, address);
			throw ex;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
