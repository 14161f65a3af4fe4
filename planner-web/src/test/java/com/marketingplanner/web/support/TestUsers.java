package com.marketingplanner.web.support;

import com.marketingplanner.domain.user.AppUser;
import com.marketingplanner.domain.user.AppUserRepository;
import com.marketingplanner.domain.user.Role;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts for tests: {@code viewer}, {@code planner} and {@code admin} (the first
 * administrator), all with {@link #PASSWORD}. Created on first use.
 */
@TestComponent
public class TestUsers {

	public static final String PASSWORD = "test-password-123";

	private final AppUserRepository users;

	private final PasswordEncoder passwordEncoder;

	TestUsers(AppUserRepository users, PasswordEncoder passwordEncoder) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
	}

	@Transactional
	public AppUser viewer() {
		return ensure("viewer", Role.VIEWER);
	}

	@Transactional
	public AppUser planner() {
		return ensure("planner", Role.PLANNER);
	}

	@Transactional
	public AppUser admin() {
		return ensure("admin", Role.ADMIN);
	}

	/** Makes sure all three accounts exist. */
	public void ensureAll() {
		viewer();
		planner();
		admin();
	}

	private AppUser ensure(String username, Role role) {
		return this.users.findByUsername(username)
			.orElseGet(() -> this.users
				.save(new AppUser(username, username, this.passwordEncoder.encode(PASSWORD), role)));
	}

}
