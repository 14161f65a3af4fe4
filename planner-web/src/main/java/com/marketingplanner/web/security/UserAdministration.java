package com.marketingplanner.web.security;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.marketingplanner.domain.shared.BusinessRuleViolation;
import com.marketingplanner.domain.shared.ResourceNotFoundException;
import com.marketingplanner.domain.user.AppUser;
import com.marketingplanner.domain.user.AppUserRepository;
import com.marketingplanner.domain.user.Role;

import org.springframework.data.domain.Sort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators manage accounts: create with a role, change the role, disable, enable.
 */
@Service
@Transactional(readOnly = true)
public class UserAdministration {

	private final AppUserRepository users;

	private final PasswordEncoder passwordEncoder;

	UserAdministration(AppUserRepository users, PasswordEncoder passwordEncoder) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
	}

	public List<AppUser> all() {
		return this.users.findAll(Sort.by("username"));
	}

	public AppUser get(long id) {
		return this.users.findById(id).orElseThrow(() -> new ResourceNotFoundException("User", id));
	}

	@Transactional
	public AppUser create(NewUserCommand command) {
		if (this.users.existsByUsername(command.username())) {
			throw new BusinessRuleViolation("username", "error.user.duplicate",
					"A user named '" + command.username() + "' exists already", command.username());
		}
		return this.users.save(new AppUser(command.username(), command.displayName(),
				this.passwordEncoder.encode(command.password()), command.role()));
	}

	@Transactional
	public AppUser update(long id, UserChangeCommand command) {
		AppUser user = get(id);
		user.requireVersion(command.version());
		user.changeRole(command.role());
		if (command.enabled()) { // not null: validated
			user.enable();
		}
		else {
			user.disable();
		}
		return user;
	}

	/** A new account; the password is hashed before it is stored. */
	public record NewUserCommand(@NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._@-]+") String username,
			@NotBlank @Size(max = 200) String displayName, @NotBlank @Size(min = 12, max = 200) String password,
			@NotNull Role role) {
	}

	/** A change of role and of the enabled flag; {@code version} is the version read. */
	public record UserChangeCommand(@NotNull Role role, @NotNull Boolean enabled, Long version) {
	}

}
