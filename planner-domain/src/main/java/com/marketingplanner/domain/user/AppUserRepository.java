package com.marketingplanner.domain.user;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface AppUserRepository extends JpaRepository<AppUser, Long> {

	Optional<AppUser> findByUsername(String username);

	boolean existsByUsername(String username);

	/**
	 * The enabled administrators, locked until the transaction ends: two changes that
	 * could each remove "the other" administrator run one after the other, so one of them
	 * sees it would remove the last.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select u from AppUser u where u.role = com.marketingplanner.domain.user.Role.ADMIN and u.enabled = true")
	List<AppUser> lockEnabledAdministrators();

}
