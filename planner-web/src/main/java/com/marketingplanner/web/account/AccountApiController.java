package com.marketingplanner.web.account;

import java.security.Principal;

import jakarta.validation.Valid;

import com.marketingplanner.web.security.UserAdministration;
import com.marketingplanner.web.security.UserAdministration.PasswordChangeCommand;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own account: password. Any role. */
@RestController
@RequestMapping("/api/v1/account")
@Tag(name = "Account", description = "The caller's own password and API tokens (any role)")
class AccountApiController {

	private final UserAdministration users;

	AccountApiController(UserAdministration users) {
		this.users = users;
	}

	@PutMapping("/password")
	@Operation(summary = "Change the caller's password (current password, new password twice); "
			+ "the account's browser sessions end")
	ResponseEntity<Void> changePassword(@Valid @RequestBody PasswordChangeCommand command, Principal principal) {
		this.users.changeOwnPassword(principal.getName(), command);
		return ResponseEntity.noContent().build();
	}

}
