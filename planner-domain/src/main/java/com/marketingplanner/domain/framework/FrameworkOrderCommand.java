package com.marketingplanner.domain.framework;

import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

/**
 * Reorders a framework's items: {@code order} lists the current item indexes (0-based) in
 * their new order — every index once. {@code version} is the framework's version read.
 */
public record FrameworkOrderCommand(@NotEmpty List<@NotNull Integer> order, Long version) {
}
