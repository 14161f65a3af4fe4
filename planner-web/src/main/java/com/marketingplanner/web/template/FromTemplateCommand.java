package com.marketingplanner.web.template;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A new plan from a template: an optional new title, and an optional first day to which
 * every date of the plan moves.
 */
public record FromTemplateCommand(@NotBlank String templateCode, @Size(max = 300) String title, LocalDate startDate) {
}
