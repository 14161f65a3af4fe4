package com.marketingplanner.domain.alert;

import jakarta.validation.constraints.Size;

/**
 * Acknowledges or resolves an alert: {@code version} is the version read (409 when
 * stale); {@code note} says how it was dealt with (resolve only, optional).
 */
public record AlertActionCommand(Long version, @Size(max = 2000) String note) {
}
