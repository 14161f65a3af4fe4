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
 * Accounts: administrators create them with a role, change the role, disable and enable
 * them; everyone changes their own password. There is always at least one enabled
 * administrator, and every password follows the {@link PasswordPolicy}.
 */
@Service
@Transactional(readOnly = true)
public class UserAdministration {

	private final AppUserRepository users;

	private final PasswordEncoder passwordEncoder;

	private final PasswordPolicy passwordPolicy;

	UserAdministration(AppUserRepository users, PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.passwordPolicy = passwordPolicy;
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
		this.passwordPolicy.check(command.username(), command.password());
		return this.users.save(new AppUser(command.username(), command.displayName(),
				this.passwordEncoder.encode(command.password()), command.role()));
	}

	/**
	 * Changes a role and the enabled flag. Refuses to demote or disable the last enabled
	 * administrator (that would lock everyone out of user administration).
	 */
	@Transactional
	public AppUser update(long id, UserChangeCommand command) {
		List<AppUser> administrators = this.users.lockEnabledAdministrators();
		AppUser user = get(id);
		user.requireVersion(command.version());
		boolean removesAnAdministrator = user.getRole() == Role.ADMIN && user.isEnabled()
				&& (command.role() != Role.ADMIN || !command.enabled());
		if (removesAnAdministrator && administrators.size() <= 1) {
			String field = (command.role() != Role.ADMIN) ? "role" : "enabled";
			throw new BusinessRuleViolation(
					field, "error.user.last-administrator", "'" + user.getUsername()
							+ "' is the only enabled administrator: make another user an " + "administrator first",
					user.getUsername());
		}
		user.changeRole(command.role());
		if (command.enabled()) { // not null: validated
			user.enable();
		}
		else {
			user.disable();
		}
		return user;
	}

	/**
	 * A person changes their own password: the current one must be right and the new one
	 * must follow the policy and differ from it. Other sessions of the account end (see
	 * {@link SessionAccountCheck}).
	 */
	@Transactional
	public AppUser changeOwnPassword(String username, PasswordChangeCommand command) {
		AppUser user = this.users.findByUsername(username)
			.orElseThrow(() -> new ResourceNotFoundException("User", username));
		if (!this.passwordEncoder.matches(command.currentPassword(), user.getPasswordHash())) {
			throw new BusinessRuleViolation("currentPassword", "error.password.current-wrong",
					"The current password is not right");
		}
		if (!command.newPassword().equals(command.confirmation())) {
			throw new BusinessRuleViolation("confirmation", "error.password.confirmation-differs",
					"The confirmation differs from the new password");
		}
		if (command.newPassword().equals(command.currentPassword())) {
			throw new BusinessRuleViolation("newPassword", "error.password.unchanged",
					"The new password must differ from the current one");
		}
		try {
			this.passwordPolicy.check(username, command.newPassword());
		}
		catch (BusinessRuleViolation ex) {
			throw new BusinessRuleViolation("newPassword", ex.messageKey(), ex.getMessage(), ex.arguments());
		}
		user.changePasswordHash(this.passwordEncoder.encode(command.newPassword()));
		return user;
	}

	/**
	 * A new account; the password is checked by the policy and hashed before it is
	 * stored.
	 */
	public record NewUserCommand(@NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._@-]+") String username,
			@NotBlank @Size(max = 200) String displayName, @NotBlank @Size(max = 200) String password,
			@NotNull Role role) {
	}

	/** A change of role and of the enabled flag; {@code version} is the version read. */
	public record UserChangeCommand(@NotNull Role role, @NotNull Boolean enabled, Long version) {
	}

	/** A person's own password change. */
	public record PasswordChangeCommand(@NotBlank @Size(max = 200) String currentPassword,
			@NotBlank @Size(max = 200) String newPassword, @NotBlank @Size(max = 200) String confirmation) {
	}

}
