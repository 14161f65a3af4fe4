package com.marketingplanner.web.admin;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;

import com.marketingplanner.domain.user.AppUser;
import com.marketingplanner.domain.user.Role;
import com.marketingplanner.web.security.UserAdministration;
import com.marketingplanner.web.security.UserAdministration.NewUserCommand;
import com.marketingplanner.web.security.UserAdministration.UserChangeCommand;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/admin/users")
@Tag(name = "Users", description = "Accounts and roles (administrators only)")
class AdminApiController {

	private final UserAdministration users;

	AdminApiController(UserAdministration users) {
		this.users = users;
	}

	@GetMapping
	@Operation(summary = "List the user accounts (administrators)")
	List<UserResponse> list() {
		return this.users.all().stream().map(UserResponse::from).toList();
	}

	@PostMapping
	@Operation(summary = "Create a user account with a role; the password must follow the password policy")
	ResponseEntity<UserResponse> create(@Valid @RequestBody NewUserCommand command) {
		AppUser user = this.users.create(command);
		return ResponseEntity.created(URI.create("/api/v1/admin/users/" + user.getId())).body(UserResponse.from(user));
	}

	@PutMapping("/{userId}")
	@Operation(
			summary = "Change a user's role or enabled flag; send the version you read (the last enabled administrator stays)")
	UserResponse update(@PathVariable long userId, @Valid @RequestBody UserChangeCommand command) {
		return UserResponse.from(this.users.update(userId, command));
	}

	record UserResponse(long id, String username, String displayName, Role role, boolean enabled, Instant createdAt,
			long version) {

		static UserResponse from(AppUser user) {
			return new UserResponse(user.getId(), user.getUsername(), user.getDisplayName(), user.getRole(),
					user.isEnabled(), user.getCreatedAt(), user.getVersion());
		}

	}

}
