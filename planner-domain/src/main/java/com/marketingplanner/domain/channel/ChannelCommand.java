package com.marketingplanner.domain.channel;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Creates or edits a catalog channel; {@code version} is the version read (ignored on
 * create).
 */
public record ChannelCommand(@NotBlank @Size(max = 50) @Pattern(regexp = "[a-z0-9][a-z0-9-]*") String code,
		@NotBlank @Size(max = 100) String name, @NotBlank @Size(max = 100) String nameZh,
		@NotNull ChannelClass channelClass, Boolean core, Long version) {

	public boolean isCore() {
		return Boolean.TRUE.equals(this.core);
	}

}
