package com.marketingplanner.domain.user;

import java.util.Optional;

import com.marketingplanner.domain.shared.ResourceNotFoundException;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AppUserRepository extends JpaRepository<AppUser, Long> {

	Optional<AppUser> findByUsername(String username);

	boolean existsByUsername(String username);

	/**
	 * The account with this username.
	 * @throws ResourceNotFoundException when there is none
	 */
	default AppUser requireByUsername(String username) {
		return findByUsername(username).orElseThrow(() -> new ResourceNotFoundException("User", username));
	}

}
