package com.marketingplanner.domain.driver;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Adds or edits a mix: its {@code name}, what the shares divide ({@code base}), a
 * {@code note} and its {@code shares} in percent (a share without a number is stated but
 * not legible). {@code version} is the version read (edits only).
 */
public record PlanMixCommand(@NotBlank @Size(max = 200) String name, @Size(max = 200) String base,
		@Size(max = 20000) String note, @NotNull @Size(min = 2, max = PlanMix.MAX_SHARES) List<@Valid Share> shares,
		Long version) {

	/** One share: its {@code label} and its {@code share} in percent, or none. */
	public record Share(@Size(max = 200) String label,
			@DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 4) BigDecimal share) {

		/** Whether the row of a form is empty. */
		public boolean isEmpty() {
			return (this.label == null || this.label.isBlank()) && this.share == null;
		}

	}

}
