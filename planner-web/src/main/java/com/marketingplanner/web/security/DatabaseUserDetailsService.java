package com.marketingplanner.web.security;

import com.marketingplanner.domain.user.AppUser;
import com.marketingplanner.domain.user.AppUserRepository;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signs people in against the {@code app_user} table; the role becomes ROLE_&lt;role&gt;.
 */
@Service
class DatabaseUserDetailsService implements UserDetailsService {

	private final AppUserRepository users;

	DatabaseUserDetailsService(AppUserRepository users) {
		this.users = users;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		AppUser user = this.users.findByUsername(username)
			.orElseThrow(() -> new UsernameNotFoundException("No user " + username));
		return toUserDetails(user);
	}

	static UserDetails toUserDetails(AppUser user) {
		return User.withUsername(user.getUsername())
			.password(user.getPasswordHash())
			.roles(user.getRole().name())
			.disabled(!user.isEnabled())
			.build();
	}

}
