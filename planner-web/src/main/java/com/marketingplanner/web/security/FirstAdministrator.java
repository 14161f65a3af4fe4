package com.marketingplanner.web.security;

import java.security.SecureRandom;
import java.util.Base64;

import com.marketingplanner.domain.user.AppUser;
import com.marketingplanner.domain.user.AppUserRepository;
import com.marketingplanner.domain.user.Role;
import com.marketingplanner.web.config.FirstStartLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * With no users at all, creates the first administrator: {@code PLANNER_ADMIN_USERNAME} /
 * {@code PLANNER_ADMIN_PASSWORD} when set, otherwise with a random password printed once
 * in the log. No password is ever written in the code. Instances starting together
 * against one empty database take turns ({@link FirstStartLock}): one creates the
 * administrator, the others find it.
 */
@Component
@Order(0)
class FirstAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private final AppUserRepository users;

	private final PasswordEncoder passwordEncoder;

	private final FirstStartLock firstStart;

	private final String username;

	private final String password;

	FirstAdministrator(AppUserRepository users, PasswordEncoder passwordEncoder, FirstStartLock firstStart,
			@Value("${planner.admin.username}") String username, @Value("${planner.admin.password}") String password) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.firstStart = firstStart;
		this.username = username;
		this.password = password;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		this.firstStart.acquireForThisTransaction();
		if (this.users.count() > 0) {
			return;
		}
		boolean generated = !StringUtils.hasText(this.password);
		String secret = generated ? randomPassword() : this.password;
		this.users.save(new AppUser(this.username, "Administrator", this.passwordEncoder.encode(secret), Role.ADMIN));
		if (generated) {
			log.warn("""

					==========================================================================
					 First start: created administrator '{}' with password: {}
					 This password is shown only once. Sign in and change it at
					 /account/password, or set PLANNER_ADMIN_USERNAME / PLANNER_ADMIN_PASSWORD
					 before the first start.
					==========================================================================
					""", this.username, secret);
		}
		else {
			log.info("First start: created administrator '{}' from PLANNER_ADMIN_USERNAME/PASSWORD", this.username);
		}
	}

	private static String randomPassword() {
		byte[] bytes = new byte[15];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
