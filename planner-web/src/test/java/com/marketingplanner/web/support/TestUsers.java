package com.marketingplanner.web.support;

import com.marketingplanner.domain.user.AppUser;
import com.marketingplanner.domain.user.AppUserRepository;
import com.marketingplanner.domain.user.Role;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts for tests: {@code viewer}, {@code planner}, {@code approver} and {@code admin}
 * (the first administrator), all with {@link #PASSWORD}. Created on first use.
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
	public AppUser approver() {
		return ensure("approver", Role.APPROVER);
	}

	@Transactional
	public AppUser admin() {
		return ensure("admin", Role.ADMIN);
	}

	/**
	 * Another account with this role (created on first use), for tests of plan
	 * membership.
	 */
	@Transactional
	public AppUser other(String username, Role role) {
		return ensure(username, role);
	}

	/** Makes sure all four accounts exist. */
	public void ensureAll() {
		viewer();
		planner();
		approver();
		admin();
	}

	private AppUser ensure(String username, Role role) {
		return this.users.findByUsername(username)
			.orElseGet(() -> this.users
				.save(new AppUser(username, username, this.passwordEncoder.encode(PASSWORD), role)));
	}

}
